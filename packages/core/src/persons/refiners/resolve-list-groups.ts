import type { Article } from '../../model.js';
import { articleFold } from '../../text/normalized-spans.js';
import { type Candidate, candidate, type PersonRefiner, type PersonState } from '../candidate.js';
import { norm, type PersonLexicon } from '../lexicon.js';
import { countryAt } from '../role-phrase.js';
import { tokenRange } from '../spans.js';
import type { Token, TokenizedSentence } from '../tokens.js';
import { COMMAS, isDefinite, stripProclitic } from '../words.js';

/** Rule of a group noun phrase resolved to a list of names (`المواطنين المحررين`). */
const RULE = 'persons/list-group';
/** Pronouns that introduce the list a phrase defines: `والأتراك السبعة المحررون … هم: X، وY`. */
const LIST_PRONOUNS: ReadonlySet<string> = new Set(['هم', 'وهم', 'هما', 'وهما'].map((w) => norm(w)));
/** A list pronoun as a word of its own in folded text, where tokens are runs of letters and marks. */
const LIST_PRONOUN_WORD = new RegExp(`(?<![\\p{L}\\p{M}])(?:${[...LIST_PRONOUNS].join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** What may stand between the names of the list. */
const MEMBER_GAP = /^[\s\u060C,\u061B;:و]*$/u;
/** Most adjectives after the plural noun of a group phrase. */
const MAX_ADJECTIVES = 3;
/** Fewest names a list must have. */
const MIN_MEMBERS = 2;

/** A list of names and the words of the phrase that defines it. */
interface NameList {
  /** Stems of the defining phrase's words (المحررون → محرر), without nisbas and numbers. */
  readonly keys: ReadonlySet<string>;
  readonly members: readonly number[];
  /** Where the list and its phrase stand: no group mention is read inside. */
  readonly start: number;
  readonly end: number;
}

/**
 * The stem a plural is compared on: ال and the sound plural endings ين / ون / ات taken off, so
 * that المحررين, المحررون and محررات meet on محرر.
 */
function pluralStem(word: string): string {
  let w = word.startsWith('ال') ? word.slice(2) : word;
  if (/(?:ين|ون|ات)$/u.test(w) && w.length >= 5) w = w.slice(0, -2);
  return w;
}

/** The word at `k` without a و/ب/ل proclitic, with للـ read as الـ (للمواطنين → المواطنين). */
function bareWord(t: Token): { text: string; skip: number } {
  if (t.text.startsWith('لل') && t.text.length > 4) return { text: `ال${t.text.slice(2)}`, skip: 0 };
  const split = stripProclitic(t.text, (rest) => isDefinite(rest), ['و', 'ب', 'ل', 'وب', 'ول', 'ف']);
  return split ? { text: split.rest, skip: split.prefix } : { text: t.text, skip: 0 };
}

/** A definite word that can describe a group: not a boundary (الذين), a title or an office. */
function isAdjective(lex: PersonLexicon, text: string): boolean {
  return isDefinite(text) && !lex.boundaries.has(text) && !lex.titles.starts(text) && !lex.heads.starts(text);
}

/** A word that tells a group apart: not a nisba or country, not a number word. */
function isDistinctive(lex: PersonLexicon, tokens: readonly Token[], k: number, text: string): boolean {
  return countryAt(lex, tokens, k) === null && !lex.groupCounts.has(text) && !lex.countries.starts(text);
}

/** Lists introduced by هم: in one sentence, with the names the candidates found there. */
function listsOf(lex: PersonLexicon, sentence: TokenizedSentence, state: PersonState, text: string): NameList[] {
  const tokens = sentence.tokens;
  const out: NameList[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const trigger = tokens[i] as Token;
    if (!LIST_PRONOUNS.has(trigger.text)) continue;
    // The defining phrase opens the clause (والأتراك السبعة المحررون بحسب القدس العربي هم:), or
    // ends right before the pronoun (أسماء المدنيين المفرج عنهم، وهم:).
    let open = i;
    while (open > 0 && (tokens[open - 1] as Token).word) open--;
    const keys = new Set<string>();
    for (let k = open; k < i; k++) {
      const t = tokens[k] as Token;
      const word = k === open ? bareWord(t).text : t.text;
      if (!isAdjective(lex, word)) break;
      if (isDistinctive(lex, tokens, k, word)) keys.add(pluralStem(word));
    }
    let back = i - 1;
    if (back >= 0 && COMMAS.has((tokens[back] as Token).text)) back--;
    for (let k = back; k >= 0 && back - k < MAX_ADJECTIVES + 1; k--) {
      const t = tokens[k] as Token;
      const word = bareWord(t).text;
      if (!t.word || !isAdjective(lex, word)) break;
      if (isDistinctive(lex, tokens, k, word)) keys.add(pluralStem(word));
      open = Math.min(open, k);
    }
    if (keys.size === 0) continue;
    const members: number[] = [];
    let end = trigger.end;
    const names = state.candidates
      .filter((c) => c.sentence === sentence.sentence.index && c.start >= trigger.end)
      .sort((a, b) => a.start - b.start);
    for (const c of names) {
      if (c.kind !== 'name' || c.entities.length !== 1 || !MEMBER_GAP.test(text.slice(end, c.start))) break;
      const e = c.entities[0] as number;
      if (!members.includes(e)) members.push(e);
      end = c.end;
    }
    if (members.length >= MIN_MEMBERS) out.push({ keys, members, start: (tokens[open] as Token).start, end });
  }
  return out;
}

/**
 * False when no sentence of `article` can hold a list that a group phrase stands for: none has a
 * list pronoun (هم، وهما …) as a word. Read on the article's fold, as its sentences' tokens are,
 * but for a word broken on purpose at a sentence's edge, which needs a tatweel.
 *
 * @example
 * ```ts
 * mayListNames(parseArticle('أفرج عن المواطنين المحررين، وهم: إيلكر صاغلك، ودوغان قيصا.')) //=> true
 * ```
 */
export function mayListNames(article: Article): boolean {
  const fold = articleFold(article.text);
  return fold.tatweel || LIST_PRONOUN_WORD.test(fold.text);
}

/**
 * A group noun phrase at `k`: a definite sound plural and its adjectives (`المواطنين المحررين`,
 * `للمواطنين الأتراك المحتجزين`), with the stems of its distinctive adjectives.
 */
export function groupPhraseAt(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  k: number,
): { first: number; last: number; skip: number; keys: string[] } | null {
  const tokens = sentence.tokens;
  const head = tokens[k] as Token;
  if (!head.word) return null;
  const { text, skip } = bareWord(head);
  if (!isAdjective(lex, text) || !/(?:ين|ون)$/u.test(text) || !isDistinctive(lex, tokens, k, text)) return null;
  const keys: string[] = [];
  let last = k + 1;
  while (last < tokens.length && last - k <= MAX_ADJECTIVES) {
    const t = tokens[last] as Token;
    if (!t.word || !t.spaced || !isAdjective(lex, t.text)) break;
    if (isDistinctive(lex, tokens, last, t.text)) keys.push(pluralStem(t.text));
    last++;
  }
  return last > k + 1 && keys.length > 0 ? { first: k, last, skip, keys } : null;
}

/**
 * Group noun phrases that stand for a list of names the article gives (rule `persons/list-group`):
 * `أجرى … اتصالا هاتفيا مع المواطنين المحررين` and, elsewhere, `والأتراك السبعة المحررون … هم:
 * إيلكر صاغلك، ودوغان قيصّا …` make المواطنين المحررين a group of those persons. The phrase and the
 * list's defining phrase must share a distinctive word (المحررين ~ المحررون), nisbas and numbers
 * aside; with no such list in the article the phrase is no mention.
 */
export const resolveListGroups: PersonRefiner = {
  name: 'resolve-list-groups',
  refine(state, context) {
    const lex = context.lexicon;
    const text = context.article.text;
    const lists = context.sentences.flatMap((s) => listsOf(lex, s, state, text));
    if (lists.length === 0) return state;
    const taken = (start: number, end: number) =>
      state.candidates.some((c) => c.start < end && start < c.end) || lists.some((l) => l.start < end && start < l.end);
    const added: Candidate[] = [];
    for (const sentence of context.sentences) {
      for (let k = 0; k < sentence.tokens.length; k++) {
        const phrase = groupPhraseAt(lex, sentence, k);
        if (!phrase) continue;
        const range = tokenRange(sentence, phrase.first, phrase.last, phrase.skip);
        const matching = lists.filter((l) => phrase.keys.some((key) => l.keys.has(key)));
        if (matching.length === 0 || taken(range.start, range.end)) continue;
        // The nearest list, when several share the word.
        const distance = (l: NameList) => Math.min(Math.abs(l.start - range.end), Math.abs(range.start - l.end));
        const list = [...matching].sort((a, b) => distance(a) - distance(b))[0] as NameList;
        added.push(
          candidate({
            kind: 'group',
            start: range.start,
            end: range.end,
            sentence: sentence.sentence.index,
            rule: RULE,
            entities: [...list.members].sort((a, b) => a - b),
          }),
        );
        k = phrase.last - 1;
      }
    }
    if (added.length === 0) return state;
    return { ...state, candidates: [...state.candidates, ...added].sort((a, b) => a.start - b.start) };
  },
};
