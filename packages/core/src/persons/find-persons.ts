import { z } from 'zod';
import { LiqaError } from '../errors.js';
import { PersonEntrySchema, RoleHeadSchema } from '../lexicon/person-schemas.js';
import { memoByText } from '../memo.js';
import type { Article, PersonEntity, PersonIndex, PersonMention, Span } from '../model.js';
import { spanOf } from '../model.js';
import { transliterate } from '../names/transliterate.js';
import type { ArticleContext, Candidate, EntityDraft, PersonState, Range } from './candidate.js';
import { buildLexicon, cachedKey, defaultPersonLexicon, type PersonLexicon } from './lexicon.js';
import { mayNamePartiesWithin } from './mention-gate.js';
import { type SentenceWork, sentenceWork } from './sentence-work.js';

/** Options of {@link findPersons}. */
export interface FindPersonsOptions {
  /**
   * More people for the gazetteer, in the shape of `data/people.json` entries: `id`, `name`, `en`,
   * and optional `aliases`, `roles`, `country`.
   * @default []
   * @example
   * ```ts
   * findPersons(article, { people: [{ id: 'jane-roe', name: 'جين رو', en: 'Jane Roe' }] })
   * ```
   */
  people?: z.input<typeof PersonEntrySchema>[];
  /**
   * More role heads, in the shape of `data/roles.ar.json` heads: `office` and `words`, and
   * optional `dual`, `plural`, `definite`, `chainOnly`, `abroad`.
   * @default []
   * @example
   * ```ts
   * findPersons(article, { roles: [{ office: 'مأمور', words: ['مأمور'] }] })
   * ```
   */
  roles?: z.input<typeof RoleHeadSchema>[];
}

const optionsSchema = z
  .object({
    people: z.array(PersonEntrySchema).optional(),
    roles: z.array(RoleHeadSchema).optional(),
  })
  .strict();

const lexiconCache = new WeakMap<object, PersonLexicon>();

function lexiconFor(options: FindPersonsOptions | undefined): PersonLexicon {
  if (options === undefined) return defaultPersonLexicon();
  if (typeof options !== 'object' || options === null) {
    throw new LiqaError('invalid_options', 'findPersons: options must be an object');
  }
  const cached = lexiconCache.get(options);
  if (cached) return cached;
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new LiqaError('invalid_options', `findPersons: ${z.prettifyError(parsed.error)}`, {
      issues: parsed.error.issues,
    });
  }
  const { people = [], roles = [] } = parsed.data;
  const lexicon = people.length === 0 && roles.length === 0 ? defaultPersonLexicon() : buildLexicon({ people, roles });
  lexiconCache.set(options, lexicon);
  return lexicon;
}

function assertArticle(value: unknown): asserts value is Article {
  const a = value as Partial<Article> | null;
  if (typeof a !== 'object' || a === null || typeof a.text !== 'string' || !Array.isArray(a.sentences)) {
    throw new LiqaError('invalid_input', 'findPersons: expected an Article from parseArticle()');
  }
}

/** A sub-span of the mention, or null when it is not inside it. */
function inside(text: string, mention: Range, part: Range | null): Span | null {
  if (!part || part.start < mention.start || part.end > mention.end || part.start >= part.end) return null;
  return spanOf(text, part.start, part.end);
}

function finish(article: Article, state: PersonState, lexicon: PersonLexicon): PersonIndex {
  const text = article.text;
  const kept: Candidate[] = [];
  for (const c of [...state.candidates].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.entities.length === 0 || c.start >= c.end) continue;
    const last = kept[kept.length - 1];
    if (last && last.end > c.start) continue;
    kept.push(c);
  }
  // Entities in order of their first name mention; persons with no mention left are dropped.
  const firstSeen = new Map<number, number>();
  for (const c of kept) {
    if (c.kind !== 'name') continue;
    const e = c.entities[0] as number;
    if (!firstSeen.has(e)) firstSeen.set(e, c.start);
  }
  const order = [...firstSeen.keys()].sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  const newId = new Map(order.map((e, i) => [e, i]));
  const entities: PersonEntity[] = order.map((e, id) => entityOf(state.entities[e] as EntityDraft, id, lexicon));
  const mentions: PersonMention[] = [];
  for (const c of kept) {
    const ids = [...new Set(c.entities.flatMap((e) => (newId.has(e) ? [newId.get(e) as number] : [])))].sort(
      (a, b) => a - b,
    );
    if (ids.length === 0) continue;
    if (c.kind !== 'group' && ids.length !== 1) continue;
    mentions.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind: c.kind,
      entities: ids,
      name: c.kind === 'name' ? inside(text, c, c.name) : null,
      title: inside(text, c, c.title),
      role: inside(text, c, c.role),
      sentence: c.sentence,
      rule: c.rule,
    });
  }
  return { entities, mentions };
}

/** transliterate() with a cache: the same persons come back in article after article. */
const cachedTransliteration = memoByText(50_000, transliterate);

function entityOf(draft: EntityDraft, id: number, lexicon: PersonLexicon): PersonEntity {
  const entry = draft.known ? lexicon.people.find((p) => p.id === draft.known) : undefined;
  const roles: string[] = [];
  for (const r of draft.roles) {
    if (r.text.length === 0 || r.counterpart || roles.includes(r.text)) continue;
    roles.push(r.text);
  }
  return {
    id,
    name: draft.name,
    aliases: draft.aliases,
    en: entry?.en ?? cachedTransliteration(draft.name),
    roles,
    key: cachedKey(draft.name),
    known: draft.known,
  };
}

/**
 * Finds the persons an article names, and every place it refers to them: by name (`خلوصي أكار`,
 * `أكار`), by a role the article ties to a named person (`وزير الدفاع القطري`, `نظيره الليبي`),
 * or by a group of named persons (`الوزيرين`, `الوفد التركي`).
 *
 * Names are read after titles and roles, from the gazetteer (`data/people.json` plus
 * `options.people`), from بن chains and given names, and from lists; surnames and first names
 * alone join the person named in full. Each mention carries exact offsets, its sentence, the
 * rule that found it (`persons/<rule>`) and the persons it refers to.
 *
 * Throws a {@link LiqaError}: `invalid_input` when `article` is not an {@link Article},
 * `invalid_options` for options of the wrong shape.
 *
 * @example
 * ```ts
 * const article = parseArticle('عقد وزير الدفاع التركي خلوصي أكار اجتماعاً مع نظيره القطري خالد العطية.');
 * const { entities, mentions } = findPersons(article);
 * entities.map((e) => e.name) //=> ['خلوصي أكار', 'خالد العطية']
 * mentions[0]?.role?.text    //=> 'وزير الدفاع التركي'
 * ```
 */
export function findPersons(article: Article, options?: FindPersonsOptions): PersonIndex {
  assertArticle(article);
  return findPersonsWith(article, lexiconFor(options));
}

/**
 * {@link findPersons} with a lexicon built by the caller (tests measure recall with the
 * gazetteer's seed and gold people left out). Not part of the public API.
 *
 * @example
 * ```ts
 * findPersonsWith(parseArticle('قال وزير الخارجية الكندي ستيفان ديون إن …'), defaultPersonLexicon())
 * ```
 */
export function findPersonsWith(
  article: Article,
  lexicon: PersonLexicon,
  work: SentenceWork = sentenceWork(article, lexicon),
): PersonIndex {
  const sentences = article.sentences.map((_, index) => work.tokens(index));
  const context: ArticleContext = { article, lexicon, sentences };
  const candidates: Candidate[] = [];
  for (let index = 0; index < sentences.length; index++) candidates.push(...work.candidates(index));
  let state: PersonState = { candidates, entities: [] };
  for (const refiner of work.configuration.refiners) state = refiner.refine(state, context);
  return finish(article, state, lexicon);
}

/**
 * {@link findPersons} for the meetings stage, which needs a sentence naming a person inside
 * `spans` (the reach of a trigger's counterpart) and another person or a group: null when no
 * sentence can, told from the sentences of the spans and few others (see
 * {@link mayNamePartiesWithin}), and otherwise the whole stage's result, the same as
 * findPersons'. Not part of the public API.
 *
 * @example
 * ```ts
 * findPersonsFor(article, [{ start: trigger.end, end: sentence.end }]) // null, or every person of the article
 * ```
 */
export function findPersonsFor(
  article: Article,
  spans: readonly Range[],
  options?: FindPersonsOptions,
): PersonIndex | null {
  assertArticle(article);
  const lexicon = lexiconFor(options);
  const work = sentenceWork(article, lexicon);
  return mayNamePartiesWithin(work, spans) ? findPersonsWith(article, lexicon, work) : null;
}
