import { LiqaError } from '../errors.js';
import { wordCharacterAt, wordCharacterBefore } from '../text/charsets.js';
import { alternation, alternationOrder, WORD_END } from './pattern.js';

/** One match of a {@link WordListMatcher}. */
export interface WordMatch {
  /** Where the match starts, clitics included. */
  readonly start: number;
  /** Where the term itself starts, after the clitics. */
  readonly termStart: number;
  readonly end: number;
  /** The term, as the list gives it. */
  readonly term: string;
}

/** A term cut after its first word: the word is looked up, the rest compared in place. */
interface CompiledTerm {
  readonly term: string;
  /** What follows the first word; a run of spaces in it matches any run of spaces. */
  readonly rest: string;
}

const HASH_SIZE = 1 << 16;

/** A 16-bit hash of `text.slice(from, to)`, computed in place. */
function hashOf(text: string, from: number, to: number): number {
  let hash = to - from;
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 16)) & (HASH_SIZE - 1);
}

const isHorizontalSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0;

/**
 * Finds the terms of a word list in text, as the regex
 * `WORD_START (?:[clitic])? … (alternation(terms)) WORD_END` of `pattern.ts` would (each clitic
 * class optional and tried first, the longest term first, a space in a term matching any run of
 * spaces), but by looking the word at each word start up in a map, not by trying every term at
 * every position: a trigger list of hundreds of forms is read at the cost of one lookup a word.
 *
 * @example
 * ```ts
 * const matcher = new WordListMatcher(['اجتمع', 'اتصال هاتفي'], ['وف']);
 * matcher.matchAll('واجتمع الوزير ثم جرى اتصال  هاتفي').map((m) => m.term) //=> ['اجتمع', 'اتصال هاتفي']
 * ```
 */
export class WordListMatcher {
  private readonly byFirstWord = new Map<string, CompiledTerm[]>();
  /** A flag for each hash of a first word: most words of a text are let go without being sliced out and looked up. */
  private readonly firstWordHashes = new Uint8Array(HASH_SIZE);
  /** The char codes of each clitic class. */
  private readonly clitics: readonly (readonly number[])[];
  /** Any first word at the end of a word (global: `matchAll` moves its `lastIndex`). */
  private readonly firstWordAtEnd: RegExp;

  /**
   * @param terms - the terms, in normalized spelling, words separated by single spaces.
   * @param clitics - the optional one-letter clitic classes that may be joined before a term, in order.
   */
  constructor(terms: Iterable<string>, clitics: readonly string[] = []) {
    this.clitics = clitics.map((letters) => [...letters].map((letter) => letter.charCodeAt(0)));
    // The order of alternation(): longest first, so that the longest term wins, as in the regex.
    for (const term of alternationOrder(terms)) {
      let firstEnd = 0;
      for (let step = wordCharacterAt(term, 0); step > 0; step = wordCharacterAt(term, firstEnd)) firstEnd += step;
      if (firstEnd === 0) {
        throw new LiqaError('invalid_options', `word list: the term '${term}' does not start with a letter or digit`, {
          term,
        });
      }
      const first = term.slice(0, firstEnd);
      this.firstWordHashes[hashOf(first, 0, first.length)] = 1;
      const compiled = { term, rest: term.slice(firstEnd) };
      const list = this.byFirstWord.get(first);
      if (list) list.push(compiled);
      else this.byFirstWord.set(first, [compiled]);
    }
    this.firstWordAtEnd = new RegExp(`${alternation(this.byFirstWord.keys())}${WORD_END}`, 'gu');
  }

  /** Every match in `text`, left to right, none overlapping. */
  matchAll(text: string): WordMatch[] {
    const matches: WordMatch[] = [];
    // A match starts at the start of a word whose end a first word ends (after the clitics): the
    // regex engine finds those words, and only they are looked up, not every word of the text.
    const finder = this.firstWordAtEnd;
    finder.lastIndex = 0;
    // `test`, not `exec`: the end of the hit is all that is needed, and no match array is made.
    while (finder.test(text)) {
      const end = finder.lastIndex;
      const start = wordStart(text, lastCharacterAt(text, end));
      const match = this.matchAt(text, start, start, end, 0);
      if (match) {
        matches.push(match);
        finder.lastIndex = match.end;
      }
    }
    return matches;
  }

  /** The match at word start `start` (its run of word characters ends at `end`), the term tried at `at`, clitic classes from `clitic` on. */
  private matchAt(text: string, start: number, at: number, end: number, clitic: number): WordMatch | null {
    if (clitic < this.clitics.length) {
      if (at + 1 < end && (this.clitics[clitic] as readonly number[]).includes(text.charCodeAt(at))) {
        const joined = this.matchAt(text, start, at + 1, end, clitic + 1);
        if (joined) return joined;
      }
      return this.matchAt(text, start, at, end, clitic + 1);
    }
    if (this.firstWordHashes[hashOf(text, at, end)] === 0) return null;
    const candidates = this.byFirstWord.get(text.slice(at, end));
    if (!candidates) return null;
    for (const candidate of candidates) {
      const termEnd = matchRest(text, end, candidate.rest);
      if (termEnd >= 0) return { start, termStart: at, end: termEnd, term: candidate.term };
    }
    return null;
  }
}

/** Where the character that ends just before `end` starts (two code units back for a surrogate pair). */
function lastCharacterAt(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && end >= 2 && (text.codePointAt(end - 2) as number) > 0xffff;
  return end - (pair ? 2 : 1);
}

/** The start of the run of word characters that holds `at`. */
function wordStart(text: string, at: number): number {
  let start = at;
  while (wordCharacterBefore(text, start)) {
    // A character outside the BMP is two code units.
    const low = text.charCodeAt(start - 1);
    start -= low >= 0xdc00 && low <= 0xdfff && start >= 2 && (text.codePointAt(start - 2) as number) > 0xffff ? 2 : 1;
  }
  return start;
}

/** Where `rest` ends when it matches at `from` and a word ends there; -1 when it does not. */
function matchRest(text: string, from: number, rest: string): number {
  let at = from;
  for (let k = 0; k < rest.length; k++) {
    if (rest.charCodeAt(k) === 0x20) {
      while (k + 1 < rest.length && rest.charCodeAt(k + 1) === 0x20) k++;
      const spaceStart = at;
      while (at < text.length && isHorizontalSpace(text.charCodeAt(at))) at++;
      if (at === spaceStart) return -1;
      continue;
    }
    if (text.charCodeAt(at) !== rest.charCodeAt(k)) return -1;
    at++;
  }
  return wordCharacterAt(text, at) === 0 ? at : -1;
}
