import { firstNotBefore } from '../../sorted.js';
import { type Candidate, candidate, type EntityDraft, type NamePartKey, type PersonRefiner } from '../candidate.js';
import { norm, type PersonLexicon } from '../lexicon.js';
import { tokenRange } from '../spans.js';
import type { Token, TokenizedSentence } from '../tokens.js';
import { factOf, wordFact } from '../word-facts.js';
import { HashFilter, wordHash } from '../word-filter.js';
import { isBoundaryAt, isGivenName, mayHoldWordOrRest, sameNameWord, skeletonHash, wordSkeleton } from '../words.js';
import { draftsOf, isCommonFirstName } from './cluster-entities.js';

const STRENGTH = 1.5;
/** Proclitics a short form may carry: وأكار، لحفتر، بالنمروش … */
const SHORT_PROCLITICS = ['و', 'ل', 'ب', 'ك', 'ف', 'ول', 'وب'];
/** The proclitics `word` starts with whose rest is two letters or more, in the order they are tried. */
const procliticsOf = (word: string) =>
  SHORT_PROCLITICS.filter((p) => word.startsWith(p) && word.length - p.length >= 2);

/**
 * A word's skeleton, and its rest after each proclitic it may carry with that rest's skeleton, in
 * the order they are tried: kept per word, as every word of the article is looked up.
 */
const SHORT_FORM_KEYS = wordFact((_lex: PersonLexicon, word: string) => ({
  skeleton: wordSkeleton(word),
  rests: procliticsOf(word).map((p) => {
    const text = word.slice(p.length);
    return { prefix: p.length, text, skeleton: wordSkeleton(text) };
  }),
}));

interface ShortForm {
  readonly entity: number;
  readonly rule: 'persons/surname' | 'persons/first-name';
  /** The word is also an ordinary word: it needs a clause start before it. */
  readonly plainWord: boolean;
  /** The word as the full name spells it (normalized), to check the spelling closely. */
  readonly word: string;
}

/** A one-word form of a name, as the name spells it (normalized), and how it is told when it stands alone. */
type NameShortForm = Omit<ShortForm, 'entity'>;

/**
 * The one-word forms that a name of `parts` gives, the gazetteer's aliases aside: its surname
 * (the last part, or تشاوش of تشاوش أوغلو), and its first name when that is rare enough to point
 * to one person. A person's short forms are those of its fullest name.
 *
 * @example
 * ```ts
 * // the parts of the candidate 'خلوصي أكار'
 * nameShortForms(lex, candidate.parts).map((f) => f.word) //=> ['اكار', 'خلوصي']
 * ```
 */
export function nameShortForms(lex: PersonLexicon, parts: readonly NamePartKey[]): NameShortForm[] {
  const out: NameShortForm[] = [];
  const last = parts[parts.length - 1];
  const first = parts[0];
  if (!last || !first) return out;
  const plainWord = (p: NamePartKey) => lex.ambiguousGivenNames.has(p.norm) || lex.boundaries.has(p.norm);
  const surname = (p: NamePartKey) => {
    if (p.kind === 'bin' || p.kind === 'family') return;
    const words = p.norm.split(' ');
    if (words.length === 1) out.push({ rule: 'persons/surname', plainWord: plainWord(p), word: p.norm });
    // تشاوش أوغلو → تشاوش alone.
    if (words.length === 2 && lex.nameTails.has(words[1] as string) && words[1] !== 'الدين' && words[1] !== 'الله') {
      out.push({ rule: 'persons/surname', plainWord: false, word: words[0] as string });
    }
  };
  if (parts.length === 1) {
    if (!isCommonFirstName(lex, first)) surname(first);
  } else {
    surname(last);
    if (!isCommonFirstName(lex, first) && first.kind === 'plain' && first.norm.split(' ').length === 1) {
      out.push({ rule: 'persons/first-name', plainWord: plainWord(first), word: first.norm });
    }
  }
  return out;
}

/** The one-word forms of a person's name that can stand alone, by skeleton: its name's and its gazetteer aliases. */
function shortForms(lex: PersonLexicon, entity: EntityDraft): Array<{ key: string; form: NameShortForm }> {
  const out = nameShortForms(lex, entity.parts).map((form) => ({ key: wordSkeleton(form.word), form }));
  const entry = entity.known ? lex.people.find((p) => p.id === entity.known) : undefined;
  for (const alias of entry?.aliases ?? []) {
    if (!alias.includes(' ')) {
      out.push({
        key: wordSkeleton(norm(alias)),
        form: { rule: 'persons/surname', plainWord: false, word: norm(alias) },
      });
    }
  }
  return out;
}

/** True when `tokens[i]` stands where a name word alone can: not inside another name. */
function standsAlone(lex: PersonLexicon, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev?.word && (isGivenName(lex, prev.text) || lex.sons.has(prev.text) || prev.text === 'ال')) return false;
  if (next?.word && (lex.sons.has(next.text) || lex.nameTails.has(next.text))) return false;
  return true;
}

function opensClause(lex: PersonLexicon, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev?.word || lex.clauseOpeners.has(prev.text);
}

/**
 * The hashes of the keys under which a short mention at `tokens[i]` would be looked up (the
 * {@link skeletonHash} of the word, and of its rests after a proclitic), each only where that word
 * or rest may stand as a name alone: the tests {@link findShortMentions} makes of a word before it
 * knows the article's persons.
 *
 * @example
 * ```ts
 * // the tokens of 'وقال أكار إن …'
 * shortFormHashesAt(lex, tokens, 1) //=> [skeletonHash('اكار')]
 * ```
 */
export function shortFormHashesAt(lex: PersonLexicon, tokens: readonly Token[], i: number): number[] {
  const t = tokens[i] as Token;
  if (!t.word || !t.arabic || t.text.length < 3 || !standsAlone(lex, tokens, i)) return [];
  const hashes = isBoundaryAt(lex, tokens, i) ? [] : [t.skeletonHash];
  for (const p of procliticsOf(t.text)) {
    if (!isBoundaryAt(lex, tokens, i, t.text.slice(p.length))) hashes.push(skeletonHash(t.text, p.length));
  }
  return hashes;
}

/**
 * A surname or first name standing alone, of a person the article names in full (rules
 * `persons/surname`, `persons/first-name`): `أكار`, `النمروش`, `لحفتر`, `خلوصي`. Only when the word
 * points to one person of the article; a word that is also an ordinary word (كامل) counts only at
 * the start of a clause (أن كامل نقل).
 *
 * @example
 * ```ts
 * // after 'وزير الدفاع التركي خلوصي أكار', the sentence 'وقال أكار إن …' → 'أكار' (surname)
 * ```
 */
export const findShortMentions: PersonRefiner = {
  name: 'short-mentions',
  refine(state, context) {
    const lex = context.lexicon;
    const byKey = new Map<string, ShortForm | null>();
    state.entities.forEach((entity, e) => {
      for (const { key, form } of shortForms(lex, entity)) {
        if (key.length < 2) continue;
        const held = byKey.get(key);
        if (held === undefined) byKey.set(key, { ...form, entity: e });
        else if (held !== null && held.entity !== e) byKey.set(key, null);
      }
    });
    if (byKey.size === 0) return state;
    const covered = coverage(state.candidates);
    const added: Candidate[] = [];
    const keys = new HashFilter([...byKey.keys()].map((key) => wordHash(key)));
    for (const sentence of context.sentences) {
      scanSentence(lex, sentence, { byKey, keys }, covered, added);
    }
    if (added.length === 0) return state;
    const candidates = [...state.candidates, ...added].sort((a, b) => a.start - b.start);
    const clusters = state.entities.map(() => ({ members: [] as number[], known: null as string | null }));
    state.entities.forEach((e, i) => {
      (clusters[i] as { known: string | null }).known = e.known;
    });
    candidates.forEach((c, i) => {
      if (c.kind === 'name' && c.entities.length === 1) clusters[c.entities[0] as number]?.members.push(i);
    });
    return { ...state, candidates, entities: draftsOf(lex, context.article.text, candidates, clusters) };
  },
};

/**
 * Whether a span overlaps any of `candidates`: by a binary search for those that start before the
 * span ends, and the furthest any of them reaches, rather than a look at every candidate.
 */
function coverage(candidates: readonly Candidate[]): (start: number, end: number) => boolean {
  const taken = [...candidates].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const c of taken) reach.push(Math.max(c.end, reach.at(-1) ?? Number.NEGATIVE_INFINITY));
  return (start, end) => {
    const low = firstNotBefore(taken, (c) => c.start < end);
    return low > 0 && (reach[low - 1] as number) > start;
  };
}

/** The article's short forms by skeleton, and a filter of those skeletons for a first look at each word. */
interface ShortForms {
  readonly byKey: ReadonlyMap<string, ShortForm | null>;
  readonly keys: HashFilter;
}

function scanSentence(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  { byKey, keys: keyFilter }: ShortForms,
  covered: (start: number, end: number) => boolean,
  added: Candidate[],
): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word || !t.arabic || t.text.length < 3) continue;
    // Neither the word's skeleton nor its rest's after a proclitic is a short form.
    if (!mayHoldWordOrRest(keyFilter, t.text, SHORT_PROCLITICS, skeletonHash, t.skeletonHash)) continue;
    let skip = 0;
    const keys = factOf(lex, t, SHORT_FORM_KEYS);
    let form = byKey.get(keys.skeleton);
    let text: string | undefined;
    if (form === undefined) {
      const split = keys.rests.find((rest) => byKey.has(rest.skeleton));
      if (!split) continue;
      skip = split.prefix;
      text = split.text;
      form = byKey.get(split.skeleton);
    }
    if (!form) continue;
    if (!sameNameWord(text ?? t.text, form.word)) continue;
    if (isBoundaryAt(lex, tokens, i, text)) continue;
    if (!standsAlone(lex, tokens, i)) continue;
    if (form.plainWord && !(skip === 0 && opensClause(lex, tokens, i))) continue;
    const range = tokenRange(sentence, i, i + 1, skip);
    if (covered(range.start, range.end)) continue;
    added.push(
      candidate({
        kind: 'name',
        start: range.start,
        end: range.end,
        sentence: sentence.sentence.index,
        rule: form.rule,
        name: range,
        parts: [
          {
            norm: text ?? t.text,
            kind: 'plain',
            text: sentence.sentence.text.slice(
              range.start - sentence.sentence.start,
              range.end - sentence.sentence.start,
            ),
            start: range.start,
            end: range.end,
          },
        ],
        entities: [form.entity],
        strength: STRENGTH,
      }),
    );
  }
}
