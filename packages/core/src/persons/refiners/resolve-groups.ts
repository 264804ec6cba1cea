import { normalizedText } from '../../text/normalize.js';
import type { Candidate, PersonRefiner, PersonState } from '../candidate.js';
import type { PersonLexicon } from '../lexicon.js';
import { fits } from './resolve-roles.js';

const WORD = /[\p{L}\p{M}]+/gu;

/** True when only separators and member words stand in `gap`. */
function isMemberGap(lex: PersonLexicon, gap: string): boolean {
  if (/[.!?؟()]/u.test(gap)) return false;
  for (const m of normalizedText(gap).matchAll(WORD)) if (!lex.delegationGapWords.has(m[0])) return false;
  return true;
}

/** Where each entity was last mentioned before `at` (-1 when not), and first after it. */
function mentionsAround(state: PersonState, at: number): { before: Map<number, number>; after: Map<number, number> } {
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  for (const c of state.candidates) {
    if ((c.kind !== 'name' && c.kind !== 'role') || c.entities.length !== 1) continue;
    const e = c.entities[0] as number;
    if (c.start < at) before.set(e, Math.max(before.get(e) ?? -1, c.start));
    else if (c.end > at && !after.has(e)) after.set(e, c.start);
  }
  return { before, after };
}

/** Members of a delegation defined at `group`: the names that follow it in a list. */
function membersOf(lex: PersonLexicon, state: PersonState, text: string, index: number): number[] {
  const group = state.candidates[index] as Candidate;
  const members: number[] = [];
  let end = group.end;
  for (let k = index + 1; k < state.candidates.length; k++) {
    const c = state.candidates[k] as Candidate;
    if (c.sentence !== group.sentence) break;
    if (c.kind !== 'name' || c.entities.length !== 1) break;
    if (!isMemberGap(lex, text.slice(end, c.start))) break;
    const e = c.entities[0] as number;
    if (!members.includes(e)) members.push(e);
    end = c.end;
  }
  return members;
}

/**
 * Resolves group mentions to the persons they stand for (rules `persons/group-role`,
 * `persons/delegation`): `الوزيرين` / `وزيرا الدفاع` / `الوزراء الثلاثة` → the 2 or 3 persons
 * holding that office named most recently before (or, for `وزراء دفاع قطر وتركيا`, one per
 * country); `وفد عسكري تركي، برئاسة X، وضم كلا من Y، وZ` → X, Y, Z, and later `الوفد التركي` or
 * `الوفد المرافق` → the same. Groups the article does not name are dropped.
 */
export const resolveGroups: PersonRefiner = {
  name: 'resolve-groups',
  refine(state, context) {
    const text = context.article.text;
    const delegations: Array<{ countries: readonly string[]; members: number[] }> = [];
    const candidates = state.candidates.map((c, index): Candidate => {
      if (c.kind !== 'group' || !c.roleInfo) return c;
      const m = c.roleInfo;
      if (c.rule === 'persons/delegation') {
        if (c.definesGroup) {
          const members = membersOf(context.lexicon, state, text, index);
          delegations.push({ countries: m.countries, members });
          return { ...c, entities: members };
        }
        for (let d = delegations.length - 1; d >= 0; d--) {
          const delegation = delegations[d] as { countries: readonly string[]; members: number[] };
          if (m.countries.every((x) => delegation.countries.includes(x))) return { ...c, entities: delegation.members };
          if (m.countries.length === 0) break;
        }
        return c;
      }
      const count = m.number === 2 ? 2 : (m.count ?? (m.countryOrder.length > 1 ? m.countryOrder.length : null));
      if (count === null) return c;
      const wanted = { ...m, countries: [] as string[] };
      const able = state.entities.flatMap((e, i) =>
        fits(e, wanted) && (m.countryOrder.length < 2 || m.countryOrder.some((x) => e.countries.includes(x)))
          ? [i]
          : [],
      );
      const { before, after } = mentionsAround(state, c.start);
      const recent = able.filter((e) => before.has(e)).sort((a, b) => (before.get(b) ?? 0) - (before.get(a) ?? 0));
      let chosen = recent.slice(0, count);
      if (chosen.length < count && m.countryOrder.length > 1) {
        const later = able
          .filter((e) => !before.has(e) && after.has(e))
          .sort((a, b) => (after.get(a) ?? 0) - (after.get(b) ?? 0));
        chosen = [...chosen, ...later].slice(0, count);
      }
      if (chosen.length < count) return c;
      if (m.countryOrder.length > 1) {
        const covered = m.countryOrder.every((x) => chosen.some((e) => state.entities[e]?.countries.includes(x)));
        if (!covered) return c;
      }
      return { ...c, entities: chosen.sort((a, b) => a - b) };
    });
    return { ...state, candidates };
  },
};
