/**
 * Named character classes of Arabic script, compiled once. Other modules build on these instead
 * of writing code points inline.
 */

import { reusedBuffer, stringOf } from './code-units.js';

/** ARABIC TATWEEL (kashida), U+0640. */
export const TATWEEL = '\u0640';

/** Arabic letters proper (U+0620–U+064A, U+066E–U+06D3, U+06FA–U+06FF), as a class body. */
export const ARABIC_LETTER_CLASS =
  '\\u0620-\\u063F\\u0641-\\u064A\\u066E-\\u066F\\u0671-\\u06D3\\u06D5\\u06FA-\\u06FC\\u06FF';

/** Arabic presentation forms A and B, which NFKC maps back to base letters. */
export const PRESENTATION_FORMS_CLASS = '\\uFB50-\\uFDFF\\uFE70-\\uFEFF';

const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTER_CLASS}]`);
const PRESENTATION_FORM = new RegExp(`[${PRESENTATION_FORMS_CLASS}]`);

/** True when the single character `ch` is an Arabic letter (not a mark, digit or tatweel). */
export function isArabicLetter(ch: string): boolean {
  return ARABIC_LETTER.test(ch);
}

/** True when the code unit `code` is an Arabic letter, as {@link isArabicLetter} says of its character. */
export function isArabicLetterCode(code: number): boolean {
  return ((characterClasses()[code] as number) & ARABIC) !== 0;
}

/** True when `ch` is an Arabic presentation-form code point. */
export function isPresentationForm(ch: string): boolean {
  return PRESENTATION_FORM.test(ch);
}

/** How many Arabic letters `text` holds. */
export function countArabicLetters(text: string): number {
  return countLetters(text).arabic;
}

// Bits of a code unit's class in {@link characterClasses}.
/** A letter of any script (`\p{L}`). */
export const LETTER_BIT = 1;
/** An Arabic letter proper ({@link ARABIC_LETTER_CLASS}). */
export const ARABIC_LETTER_BIT = 2;
/** A word character (`[\p{L}\p{M}\p{N}]`), what `WORD_START` and `WORD_END` look at. */
export const WORD_CHARACTER_BIT = 4;
/** A mark (`\p{M}`). */
export const MARK_BIT = 8;
/** A digit or other number (`\p{N}`). */
export const NUMBER_BIT = 16;
/** White space (`\s`). */
export const SPACE_BIT = 32;
/** In the Arabic block's letter ranges U+0620–U+064A and U+066E–U+06D3 (tatweel and a few marks included). */
export const ARABIC_RANGE_BIT = 64;
const LETTER = LETTER_BIT;
const ARABIC = ARABIC_LETTER_BIT;
const WORD = WORD_CHARACTER_BIT;
const ANY_LETTER = /\p{L}/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/u;
let classTable: Uint8Array | null = null;

/**
 * The class bits (`LETTER_BIT` …) of every BMP code unit, built on first use: a test is then one
 * read a character. Surrogates have none: a character outside the BMP is classed by its code point.
 */
export function characterClasses(): Uint8Array {
  if (classTable) return classTable;
  classTable = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCharCode(code);
    let bits = 0;
    if (ARABIC_LETTER.test(ch)) bits |= ARABIC | LETTER;
    else if (ANY_LETTER.test(ch)) bits |= LETTER;
    if (WORD_CHARACTER.test(ch)) bits |= WORD;
    if (MARK.test(ch)) bits |= MARK_BIT;
    if (NUMBER.test(ch)) bits |= NUMBER_BIT;
    if (SPACE.test(ch)) bits |= SPACE_BIT;
    if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3)) bits |= ARABIC_RANGE_BIT;
    classTable[code] = bits;
  }
  return classTable;
}

/**
 * Length of the word character (`[\p{L}\p{M}\p{N}]`, what `WORD_START` and `WORD_END` look at) at
 * `i`: 1, 2 for one outside the BMP, or 0 for none (and past the end).
 */
export function wordCharacterAt(text: string, i: number, table: Uint8Array = characterClasses()): number {
  // Past the end charCodeAt gives NaN, and a typed array read at NaN is slow for every later read.
  if (i < 0 || i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(i) as number;
    return point > 0xffff && WORD_CHARACTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  return (table[code] as number) & WORD ? 1 : 0;
}

/** True when a word character ends just before `i` (so that `i` is not a word start). */
export function wordCharacterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) {
    const point = text.codePointAt(i - 2) as number;
    if (point > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(point));
  }
  return wordCharacterAt(text, i - 1) === 1;
}

/** The words of a text joined by single spaces, and how many there are. */
export interface JoinedWords {
  readonly text: string;
  readonly words: number;
}

const joinedBuffer = reusedBuffer(Uint16Array);
let lowerCaseTable: Uint16Array | null = null;

/**
 * The lower case of every BMP code unit, where it is one code unit whatever its neighbours; 0
 * where it is not (İ becomes two, Σ depends on the word's end, surrogates pair up): those texts
 * are lower-cased by `toLowerCase` first.
 */
function lowerCases(): Uint16Array {
  if (lowerCaseTable) return lowerCaseTable;
  lowerCaseTable = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if ((code >= 0xd800 && code <= 0xdfff) || code === 0x03a3) continue;
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) lowerCaseTable[code] = lower.charCodeAt(0);
  }
  return lowerCaseTable;
}

/** The code units of the word character at `i`, whose first is `code` (2 outside the BMP), or 0 for none. */
function wordUnits(text: string, i: number, code: number, table: Uint8Array): number {
  return code >= 0xd800 && code <= 0xdbff ? wordCharacterAt(text, i, table) : (table[code] as number) & WORD ? 1 : 0;
}

/**
 * The runs of letters, marks and digits of `text` (lower-cased first with `lowerCase`) joined by
 * single spaces, and their number: what `text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim()` gives,
 * in one pass that reads a table and writes code units. With `maxWords`, only the first
 * `maxWords` runs.
 *
 * @example
 * ```ts
 * joinedWords(' قد يهمك -- أيضاً: OK', true) //=> { text: 'قد يهمك أيضاً ok', words: 4 }
 * joinedWords(' قد يهمك -- أيضاً: OK', true, 2) //=> { text: 'قد يهمك', words: 2 }
 * ```
 */
export function joinedWords(text: string, lowerCase = false, maxWords = Number.POSITIVE_INFINITY): JoinedWords {
  const table = characterClasses();
  const lower = lowerCase ? lowerCases() : null;
  // Words are never longer than the text, and the space between two stands for at least one character.
  const out = joinedBuffer(text.length);
  let n = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (lower) {
      code = lower[code] as number;
      if (code === 0) return joinedWords(text.toLowerCase(), false, maxWords);
    }
    const size = wordUnits(text, i, code, table);
    if (size === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (words === maxWords) break;
      if (words > 0) out[n++] = 0x20;
      words++;
      inWord = true;
    }
    out[n++] = code;
    // A character outside the BMP: its low surrogate is copied with it.
    if (size === 2) out[n++] = text.charCodeAt(++i);
  }
  // Only whole surrogate pairs are copied, which a decoder keeps as they are.
  return { text: stringOf(out, n, false), words };
}

/**
 * How many runs of letters, marks and digits `text` holds: `joinedWords(text).words`, without
 * the text (a paragraph's is rarely read). With a `limit`, counting stops at `limit + 1`: enough
 * to tell whether there are more.
 *
 * @example
 * ```ts
 * countWords(' قد يهمك -- أيضاً: OK') //=> 4
 * countWords(' قد يهمك -- أيضاً: OK', 2) //=> 3
 * ```
 */
export function countWords(text: string, limit = Number.POSITIVE_INFINITY): number {
  const table = characterClasses();
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const size = wordUnits(text, i, text.charCodeAt(i), table);
    if (size > 0 && !inWord && ++words > limit) return words;
    inWord = size > 0;
    i += Math.max(0, size - 1);
  }
  return words;
}

/**
 * `text.replace(/\s+/g, ' ').trim() === key`, read only up to the first difference: a line of a
 * scraped page may be a whole article, and the key a headline.
 *
 * @example
 * ```ts
 * collapsesTo('  قمة   الرياض \n', 'قمة الرياض') //=> true
 * ```
 */
export function collapsesTo(text: string, key: string): boolean {
  const table = characterClasses();
  let j = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((table[code] as number) & SPACE_BIT) {
      space = true;
      continue;
    }
    if (space && j > 0 && key.charCodeAt(j++) !== 0x20) return false;
    space = false;
    if (key.charCodeAt(j++) !== code) return false;
  }
  return j === key.length;
}

/**
 * True when `text` has letters and at least half of them are Arabic (as {@link countLetters}
 * counts them), read only as far as settles it: what is left could not change the answer.
 *
 * @example
 * ```ts
 * isMostlyArabic('قمة الرياض Summit') //=> true
 * ```
 */
export function isMostlyArabic(text: string): boolean {
  const { letters, arabic, rest } = tallyLetters(text, (letters, arabic, rest) => {
    // Could the rest, all letters, still change the answer?
    return (arabic > 0 && arabic * 2 >= letters + rest) || (arabic + rest) * 2 < letters;
  });
  if (rest > 0) return arabic * 2 >= letters + rest;
  return letters > 0 && arabic * 2 >= letters;
}

/** How many letters (`\p{L}`, any script) `text` holds, and how many of them are Arabic. */
export function countLetters(text: string): { letters: number; arabic: number } {
  const { letters, arabic } = tallyLetters(text, null);
  return { letters, arabic };
}

/** How many code units {@link tallyLetters} reads between two questions to `settled`. */
const TALLY_BLOCK = 256;
/** Where the letter bits stand, for counting them without a branch. */
const LETTER_SHIFT = 31 - Math.clz32(LETTER);
const ARABIC_SHIFT = 31 - Math.clz32(ARABIC);

/**
 * Counts letters and Arabic letters, asking `settled` every {@link TALLY_BLOCK} code units whether
 * to stop; `rest` is what was left unread.
 */
function tallyLetters(
  text: string,
  settled: ((letters: number, arabic: number, rest: number) => boolean) | null,
): { letters: number; arabic: number; rest: number } {
  const table = characterClasses();
  let letters = 0;
  let arabic = 0;
  let i = 0;
  while (i < text.length) {
    // The block is read with no other question: counted, not branched on, for most code units.
    const blockEnd = Math.min(text.length, i + TALLY_BLOCK);
    for (; i < blockEnd; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) {
        // A letter outside the BMP (rare in news: CJK extensions, historic scripts).
        const point = text.codePointAt(i) as number;
        if (point > 0xffff) {
          if (ANY_LETTER.test(String.fromCodePoint(point))) letters++;
          i++;
        }
        continue;
      }
      const bits = table[code] as number;
      letters += (bits >> LETTER_SHIFT) & 1;
      arabic += (bits >> ARABIC_SHIFT) & 1;
    }
    const rest = text.length - i;
    if (settled && rest > 0 && settled(letters, arabic, rest)) return { letters, arabic, rest };
  }
  return { letters, arabic, rest: 0 };
}

/** The class bits of the code point `point` outside the BMP (letters and marks of other planes). */
export function astralClasses(point: number): number {
  const ch = String.fromCodePoint(point);
  let bits = 0;
  if (ANY_LETTER.test(ch)) bits |= LETTER;
  if (WORD_CHARACTER.test(ch)) bits |= WORD;
  if (MARK.test(ch)) bits |= MARK_BIT;
  if (NUMBER.test(ch)) bits |= NUMBER_BIT;
  if (SPACE.test(ch)) bits |= SPACE_BIT;
  return bits;
}
