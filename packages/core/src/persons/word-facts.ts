import { memoByLexiconAndText } from '../memo.js';
import type { PersonLexicon } from './lexicon.js';
import type { Token } from './tokens.js';

/** A word with the hashes the lexicon's filters read, as a token keeps them (see `hashedWord` in words.ts). */
export type HashedWord = Pick<Token, 'text' | 'wordHash' | 'skeletonHash'>;

/**
 * A fact about one word under a lexicon, from the word alone: what it can open as a role, which
 * gazetteer aliases start with it, whether it is a given name. Made by {@link wordFact}, read by
 * {@link factOf}.
 */
export interface WordFact<T> {
  /** Where the fact is kept among a word's facts. */
  readonly slot: number;
  /** Works the fact out; pure, and never `undefined`. */
  readonly compute: (lex: PersonLexicon, text: string) => T;
  /** The fact's answer for most words, given at once when `mayHave` is false. */
  readonly none: ((text: string) => T) | null;
  /** False only for words whose fact is `none`: a test of the lexicon's filters (`lexiconFilters()`). */
  readonly mayHave: ((lex: PersonLexicon, word: HashedWord) => boolean) | null;
}

let slots = 0;

/**
 * Declares a fact that the persons stage asks of words.
 *
 * With `shortcut`, a word that `mayHave` rules out gets `none(text)` without a lookup: most
 * words are no title, name or role, and a filter says so faster than the table of facts.
 *
 * @example
 * ```ts
 * const GIVEN = wordFact((lex, text) => lex.givenNames.has(text), {
 *   none: () => false,
 *   mayHave: (lex, word) => lexiconFilters(lex).givenNames.mayHold(word.wordHash),
 * });
 * factOf(lex, token, GIVEN) // worked out once per word, read from the token after that
 * ```
 */
export function wordFact<T>(
  compute: (lex: PersonLexicon, text: string) => T,
  shortcut?: { none: (text: string) => T; mayHave: (lex: PersonLexicon, word: HashedWord) => boolean },
): WordFact<T> {
  return { slot: slots++, compute, none: shortcut?.none ?? null, mayHave: shortcut?.mayHave ?? null };
}

/**
 * The facts of each word, by slot, for each lexicon. The rules ask several facts of every token,
 * and a word's first lookup in a large table costs a hundred nanoseconds or so, while reading a
 * slot costs next to nothing: one lookup a token, for every fact, rather than one a fact.
 */
const factsOfWord = memoByLexiconAndText(200_000, (_lex: PersonLexicon, _text: string): unknown[] => []);

/**
 * The fact `fact` of the word of `token` under `lex`, worked out on first need; the token keeps
 * its word's facts, so that the rules that read it after the first pay no lookup.
 */
export function factOf<T>(lex: PersonLexicon, token: Token, fact: WordFact<T>): T {
  if (fact.mayHave !== null && fact.none !== null && !fact.mayHave(lex, token)) return fact.none(token.text);
  let facts = token.facts;
  if (facts === null || token.factsLexicon !== lex) {
    facts = factsOfWord(lex, token.text);
    token.facts = facts;
    token.factsLexicon = lex;
  }
  let value = facts[fact.slot];
  if (value === undefined) {
    value = fact.compute(lex, token.text);
    facts[fact.slot] = value;
  }
  return value as T;
}
