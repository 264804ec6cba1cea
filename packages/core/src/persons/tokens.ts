import type { Sentence } from '../model.js';
import {
  ARABIC_RANGE_BIT,
  astralClasses,
  characterClasses,
  LETTER_BIT,
  MARK_BIT,
  NUMBER_BIT,
  SPACE_BIT,
} from '../text/charsets.js';
import { reusedBuffer } from '../text/code-units.js';
import type { NormalizedText } from '../text/normalize.js';
import { toOriginalSpan } from '../text/normalize.js';
import { normalizedSentence, normalizedSpanText } from '../text/normalized-spans.js';
import { wordHash } from './word-filter.js';
import { skeletonHash } from './words.js';

/** One word or punctuation mark of a sentence, in normalized spelling, with its original offsets. */
export interface Token {
  /** Position in the sentence's token list. */
  readonly index: number;
  /** Offsets into the article text (original spelling). */
  readonly start: number;
  readonly end: number;
  /** Offsets into the sentence's normalized text. */
  readonly normStart: number;
  readonly normEnd: number;
  /** The normalized form: letters folded by {@link normalize}, no marks or tatweel. */
  readonly text: string;
  /** True for a run of letters (Arabic or Latin); false for digits and punctuation. */
  readonly word: boolean;
  /** True when the letters are Arabic. */
  readonly arabic: boolean;
  /** The original spelling carries tanween (اجتماعاً), which names never do. */
  readonly tanween: boolean;
  /** The original spelling ends in alef maksura (على, not علي). */
  readonly maksura: boolean;
  /** Whitespace separates this token from the previous one. */
  readonly spaced: boolean;
  /**
   * `wordHash(text)` and `skeletonHash(text)`, made once: the lexicon's filters look at every word
   * (see `mayHoldWordOrRest`), five of them by its hash and two by its skeleton's.
   */
  readonly wordHash: number;
  readonly skeletonHash: number;
  /** The facts of the word the persons stage has asked for so far, by slot (see factOf()); null until asked. */
  facts: unknown[] | null;
  /** The lexicon `facts` hold for. */
  factsLexicon: object | null;
}

/** A sentence cut into tokens, with what is needed to map sub-token spans back. */
export interface TokenizedSentence {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  readonly normalized: NormalizedText;
}

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** ARABIC FATHATAN, DAMMATAN, KASRATAN. */
const isTanween = (code: number) => code >= 0x064b && code <= 0x064d;
const ALEF_MAKSURA = 0x0649;
const LETTER_OR_MARK = LETTER_BIT | MARK_BIT;

/** A character's length in code units is kept above its class bits (see classAt()), which fit in a byte. */
const SIZE_SHIFT = 8;

/**
 * The class bits of the character at `i`, with its length in code units (2 outside the BMP)
 * above them: one number, not an object, as it is asked for every character of every sentence.
 */
function classAt(text: string, i: number, table: Uint8Array): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i) as number;
    if (point > 0xffff) return astralClasses(point) | (2 << SIZE_SHIFT);
  }
  return (table[code] as number) | (1 << SIZE_SHIFT);
}

/** Flags of a raw token: it holds a letter, an Arabic letter, or is a lone hyphen. */
const RAW_LETTER = 1;
const RAW_ARABIC = 2;
const RAW_HYPHEN = 4;

/**
 * The raw tokens of the call in progress, as parallel arrays reused from call to call: a sentence
 * has dozens of tokens, and an object each would be made only to be read once.
 */
const rawStartsBuffer = reusedBuffer(Uint32Array);
const rawEndsBuffer = reusedBuffer(Uint32Array);
const rawFlagsBuffer = reusedBuffer(Uint16Array);

interface RawTokens {
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  readonly flags: Uint16Array;
}

/**
 * The tokens of normalized text: one run of letters and marks, one run of digits, or one other
 * character that is not a space (what `/[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu` matches),
 * read with the character class table.
 */
function rawTokens(text: string): RawTokens {
  const table = characterClasses();
  // A text has at most one token a code unit.
  const starts = rawStartsBuffer(text.length);
  const ends = rawEndsBuffer(text.length);
  const flags = rawFlagsBuffer(text.length);
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const first = classAt(text, i, table);
    const s = i;
    if (first & LETTER_OR_MARK || first & NUMBER_BIT) {
      const runOf = first & LETTER_OR_MARK ? LETTER_OR_MARK : NUMBER_BIT;
      let flag = 0;
      let at = first;
      do {
        if (at & LETTER_BIT) flag |= RAW_LETTER;
        if (at & ARABIC_RANGE_BIT) flag |= RAW_ARABIC;
        i += at >> SIZE_SHIFT;
        if (i >= text.length) break;
        at = classAt(text, i, table);
      } while (at & runOf);
      starts[count] = s;
      ends[count] = i;
      flags[count++] = flag;
      continue;
    }
    i += first >> SIZE_SHIFT;
    if (first & SPACE_BIT) continue;
    starts[count] = s;
    ends[count] = i;
    flags[count++] = i === s + 1 && HYPHENS.has(text.charCodeAt(s)) ? RAW_HYPHEN : 0;
  }
  return { count, starts, ends, flags };
}

/** True when the original spelling carries tanween. */
function hasTanween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isTanween(text.charCodeAt(i))) return true;
  return false;
}

/** True when the original spelling ends in alef maksura, then any marks. */
function endsInMaksura(text: string, start: number, end: number): boolean {
  const table = characterClasses();
  let i = end - 1;
  for (;;) {
    if (i < start) return false;
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i - 1 >= start) {
      // A mark outside the BMP: rare, but a mark all the same.
      const point = text.codePointAt(i - 1) as number;
      if (point > 0xffff && astralClasses(point) & MARK_BIT) {
        i -= 2;
        continue;
      }
    }
    if (code === ALEF_MAKSURA) return true;
    if (!((table[code] as number) & MARK_BIT)) return false;
    i--;
  }
}

/**
 * The last raw token that a hyphen joins to raw token `r`: word-hyphen-word written without
 * spaces is one word (مونغ-جون). `r` itself when none is.
 */
function joinedUntil(raw: RawTokens, r: number): number {
  const { count, starts, ends, flags } = raw;
  let last = r;
  while (
    (flags[last] as number) & RAW_LETTER &&
    last + 2 < count &&
    (flags[last + 1] as number) & RAW_HYPHEN &&
    starts[last + 1] === ends[last] &&
    ends[last + 1] === starts[last + 2] &&
    (flags[last + 2] as number) & RAW_LETTER
  ) {
    last += 2;
  }
  return last;
}

/** The word of raw tokens `r` to `last` (see {@link joinedUntil}): a joined word takes an ASCII hyphen. */
function wordOf(folded: string, raw: RawTokens, r: number, last: number): string {
  if (last === r) return folded.slice(raw.starts[r], raw.ends[r]);
  const parts: string[] = [];
  for (let k = r; k <= last; k += 2) parts.push(folded.slice(raw.starts[k], raw.ends[k]));
  return parts.join('-');
}

/** The flags of raw tokens `r` to `last` together: a joined word is Arabic when one of its parts is. */
function flagsOf(raw: RawTokens, r: number, last: number): number {
  let flag = raw.flags[r] as number;
  for (let k = r + 2; k <= last; k += 2) flag |= (raw.flags[k] as number) & RAW_ARABIC;
  return flag;
}

/**
 * Cuts a sentence into tokens on its normalized text. A hyphen between two letter runs with no
 * space around it joins them into one word (مونغ-جون).
 *
 * @example
 * ```ts
 * tokenizeSentence(article.text, article.sentences[0]).tokens.map((t) => t.text)
 * //=> ['وقال', 'الرئيس', 'أردوغان', …] in normalized spelling: ['وقال', 'الرئيس', 'اردوغان', …]
 * ```
 */
export function tokenizeSentence(text: string, sentence: Sentence): TokenizedSentence {
  const normalized = normalizedSentence(sentence, text);
  const folded = normalized.text;
  const raw = rawTokens(folded);
  const tokens: Token[] = [];
  let lastEnd = -1;
  for (let r = 0; r < raw.count; r++) {
    const last = joinedUntil(raw, r);
    const s = raw.starts[r] as number;
    const e = raw.ends[last] as number;
    const flag = flagsOf(raw, r, last);
    const word = wordOf(folded, raw, r, last);
    r = last;
    const start = sentence.start + (normalized.starts[s] as number);
    const end = sentence.start + (normalized.ends[e - 1] as number);
    const letter = (flag & RAW_LETTER) !== 0;
    tokens.push({
      index: tokens.length,
      start,
      end,
      normStart: s,
      normEnd: e,
      text: word,
      word: letter,
      arabic: letter && (flag & RAW_ARABIC) !== 0,
      tanween: letter && hasTanween(text, start, end),
      maksura: letter && endsInMaksura(text, start, end),
      spaced: lastEnd < 0 || s > lastEnd,
      wordHash: wordHash(word),
      skeletonHash: skeletonHash(word),
      facts: null,
      factsLexicon: null,
    });
    lastEnd = e;
  }
  return { sentence, tokens, normalized };
}

/**
 * Whether `test` holds for a letter word of the sentence, read as {@link tokenizeSentence} cuts
 * them (the same words, in normalized spelling) but without making tokens: for readers that look
 * for a few words in many sentences, and tokenize only those that hold one. The word is
 * `text.slice(start, end)` of the `text` given to `test` (the sentence's normalized text, or the
 * word itself when a hyphen joins it: no string is made for the others). `test` must not cut text
 * into tokens itself: the sentence's cut is read from buffers shared with {@link tokenizeSentence}.
 *
 * @example
 * ```ts
 * someWordOf(article.text, article.sentences[2], (text, start, end) => text.slice(start, end) === 'اكار')
 * //=> true when the sentence names أكار
 * ```
 */
export function someWordOf(
  text: string,
  sentence: Sentence,
  test: (text: string, start: number, end: number) => boolean,
): boolean {
  const folded = normalizedSpanText(text, sentence.start, sentence.end);
  const raw = rawTokens(folded);
  for (let r = 0; r < raw.count; r++) {
    if (!((raw.flags[r] as number) & RAW_LETTER)) continue;
    const last = joinedUntil(raw, r);
    if (last === r) {
      if (test(folded, raw.starts[r] as number, raw.ends[r] as number)) return true;
      continue;
    }
    const word = wordOf(folded, raw, r, last);
    if (test(word, 0, word.length)) return true;
    r = last;
  }
  return false;
}

/**
 * Tokens of words that stand in no text (a role or title of the data, cut by `phraseTokens`), to
 * match the lexicon's phrase tables on: each with its hashes, as a sentence's tokens have them.
 *
 * @example
 * ```ts
 * lex.countries.match(tokensOfWords(phraseTokens('وزير الخارجية المصري')), 2)?.value.code //=> 'EG'
 * ```
 */
export function tokensOfWords(words: readonly string[]): Token[] {
  return words.map((text, index) => ({
    index,
    start: 0,
    end: 0,
    normStart: 0,
    normEnd: 0,
    text,
    word: /\p{L}/u.test(text),
    arabic: true,
    tanween: false,
    maksura: false,
    spaced: true,
    wordHash: wordHash(text),
    skeletonHash: skeletonHash(text),
    facts: null,
    factsLexicon: null,
  }));
}

/**
 * Article offsets of the part of `token` after its first `skip` normalized characters (a
 * proclitic such as و), so that a name's span never includes the prefix.
 */
export function tokenTail(sentence: TokenizedSentence, token: Token, skip: number): { start: number; end: number } {
  if (skip <= 0) return { start: token.start, end: token.end };
  const span = toOriginalSpan(sentence.normalized, token.normStart + skip, token.normEnd);
  return { start: sentence.sentence.start + span.start, end: sentence.sentence.start + span.end };
}
