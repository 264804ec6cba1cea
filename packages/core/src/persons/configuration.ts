import type { PersonExtractor, PersonRefiner } from './candidate.js';
import { delegationExtractor } from './extractors/delegation.js';
import { gazetteerExtractor } from './extractors/gazetteer.js';
import { givenNameExtractor } from './extractors/given-name.js';
import { ledByExtractor } from './extractors/led-by.js';
import { nameListExtractor } from './extractors/name-list.js';
import { titlePronounExtractor } from './extractors/title-reference.js';
import { titleRoleNameExtractor } from './extractors/title-role-name.js';
import { attachAppositions } from './refiners/attach-appositions.js';
import { clusterEntities } from './refiners/cluster-entities.js';
import { resolveGroups } from './refiners/resolve-groups.js';
import { resolveListGroups } from './refiners/resolve-list-groups.js';
import { resolveOverlaps } from './refiners/resolve-overlaps.js';
import { resolveCounterparts, resolveRoleMentions } from './refiners/resolve-roles.js';
import { resolveTitleReferences } from './refiners/resolve-titles.js';
import { findShortMentions } from './refiners/short-mentions.js';

/** The ordered extractors and refiners of the persons stage. */
export interface PersonConfiguration {
  readonly extractors: PersonExtractor[];
  readonly refiners: PersonRefiner[];
}

/**
 * The persons stage as two ordered lists, in chrono's manner. Extractors run on every sentence in
 * any order (their candidates are merged by the first refiner); the refiners' order matters, as
 * each comment says.
 *
 * `mayNamePartiesWithin` (mention-gate.ts) relies on what these do: each extractor reads its
 * sentence alone; a name's first word loses no proclitic but the conjunction of a name run
 * (`NAME_CONJUNCTIONS`) or one before a gazetteer alias (`GAZETTEER_PROCLITICS`); of the refiners
 * only `findShortMentions` and `resolveListGroups` add candidates, the first only for the short forms
 * of a person's fullest name (`nameShortForms`) or its gazetteer aliases, the second only after a
 * list pronoun (`mayListNames`); none changes a candidate's kind, start or name parts, and only
 * overlaps, appositions and clustering drop any. A refiner that adds mentions must be taught to it; its tests compare it with
 * the whole stage on the seeds and the corpus.
 *
 * @example
 * ```ts
 * const configuration = createPersonConfiguration();
 * configuration.extractors.push(myExtractor); // a caller's own rule, run with the others
 * ```
 */
export function createPersonConfiguration(): PersonConfiguration {
  return {
    extractors: [
      titleRoleNameExtractor,
      ledByExtractor,
      gazetteerExtractor,
      givenNameExtractor,
      nameListExtractor,
      delegationExtractor,
      titlePronounExtractor,
    ],
    refiners: [
      // First: one candidate per stretch of text, ids and roles of inner matches kept.
      resolveOverlaps,
      // A role right after a name, whatever found the name (before clustering gathers roles).
      attachAppositions,
      // Persons from full names, before short forms can be told apart.
      clusterEntities,
      // Needs the persons: only their distinctive words are looked for.
      findShortMentions,
      // Needs the persons and their titles; before نظيره, whose subject may be a title (سمو ولي العهد).
      resolveTitleReferences,
      // Needs short mentions (كما التقى أكار … نظيره الليبي X: أكار is the subject).
      resolveCounterparts,
      resolveRoleMentions,
      // Last: groups count the persons mentioned (by name or role) before them.
      resolveGroups,
      // After every name is resolved: a group phrase stands for a list of names (هم: X، وY).
      resolveListGroups,
    ],
  };
}
