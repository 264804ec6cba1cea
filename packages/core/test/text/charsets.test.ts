import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import {
  ARABIC_LETTER_CLASS,
  collapsesTo,
  countLetters,
  countWords,
  isMostlyArabic,
  joinedWords,
} from '../../src/text/charsets.js';

// What joinedWords() stands for, written as the regex it replaced.
const byRegex = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();
const joinWords = (text: string) => joinedWords(text).text;
const wordCount = (joined: string) => (joined.length === 0 ? 0 : joined.split(' ').length);

describe('joinedWords', () => {
  it('keeps the words of a scraped line, marks and digits included, and counts them', () => {
    expect(joinedWords('  قـد يهمك -- أيضاً: ٢٥ «اتهـ.ـامات» 𝐀bc ')).toEqual({
      text: 'قـد يهمك أيضاً ٢٥ اتهـ ـامات 𝐀bc',
      words: 7,
    });
    expect(joinedWords(' -- ')).toEqual({ text: '', words: 0 });
  });
  it('lower-cases as toLowerCase does, İ and a final Σ included', () => {
    expect(joinedWords('Al-Jazeera TV ΟΔΟΣ İstanbul', true).text).toBe(
      joinWords('Al-Jazeera TV ΟΔΟΣ İstanbul'.toLowerCase()),
    );
    // Σ at a word's end lowers to the final form ς (U+03C2).
    expect(joinedWords('ΟΔΟΣ', true).text).toBe('\u03bf\u03b4\u03bf\u03c2');
  });
  it('gives what the regex gives on the seeds, line by line', () => {
    for (const seed of ['000', '003']) {
      for (const line of readSeed(seed).split('\n')) expect(joinWords(line)).toBe(byRegex(line));
    }
  });
  it('gives what the regex gives on any text, lone surrogates and astral letters included', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        fc.boolean(),
        (s, lower) => {
          const expected = byRegex(lower ? s.toLowerCase() : s);
          expect(joinedWords(s, lower)).toEqual({ text: expected, words: wordCount(expected) });
        },
      ),
    );
  });
});

describe('joinedWords with maxWords, and countWords', () => {
  it('keeps the first words alone, and counts the words without joining them', () => {
    expect(joinedWords(' قد يهمك -- أيضاً: OK', true, 2)).toEqual({ text: 'قد يهمك', words: 2 });
    expect(countWords(' قد يهمك -- أيضاً: OK İ ΟΔΟΣ 𝐀')).toBe(7);
    expect(countWords(' قد يهمك -- أيضاً: OK İ ΟΔΟΣ 𝐀', 2)).toBe(3);
  });
  it('gives a prefix of the whole key and the count of its words, on any text', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        fc.boolean(),
        fc.nat(6),
        (s, lower, maxWords) => {
          const whole = joinedWords(s, lower);
          const words = whole.text.length === 0 ? [] : whole.text.split(' ');
          expect(joinedWords(s, lower, maxWords)).toEqual({
            text: words.slice(0, maxWords).join(' '),
            words: Math.min(maxWords, whole.words),
          });
          expect(countWords(s)).toBe(joinedWords(s, true).words);
          // Counting stops one word past the limit.
          expect(countWords(s, maxWords)).toBe(Math.min(maxWords + 1, whole.words));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('countLetters', () => {
  it('counts letters of any script and Arabic letters apart', () => {
    expect(countLetters('أردوغان met 25 ٢٥')).toEqual({ letters: 10, arabic: 7 });
  });
  it('counts as the letter regexes do, in texts of any length', () => {
    const unit = fc.constantFrom('ا', 'ـ', 'ً', 'a', ' ', '٢', '\ud835\udc00', '\ud83d', '\udc00');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 1200 }), (text) => {
        expect(countLetters(text)).toEqual({
          letters: text.match(/\p{L}/gu)?.length ?? 0,
          arabic: text.match(new RegExp(`[${ARABIC_LETTER_CLASS}]`, 'gu'))?.length ?? 0,
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('collapsesTo', () => {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  const spacey = fc.string({ unit: fc.constantFrom('a', 'ب', ' ', '\n', '\t', '\u00a0', '\u2003', 'x', '\ud83d') });
  it('is true exactly when the text with its spaces collapsed and trimmed is the key', () => {
    fc.assert(
      fc.property(spacey, spacey, (text, other) => {
        expect(collapsesTo(text, collapse(text))).toBe(true);
        expect(collapsesTo(text, other)).toBe(collapse(text) === other);
        const cut = collapse(text).slice(0, -1);
        expect(collapsesTo(text, cut)).toBe(collapse(text) === cut);
        expect(collapsesTo(text, `${collapse(text)} `)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isMostlyArabic', () => {
  const mixed = fc.string({
    unit: fc.constantFrom('ا', 'ب', 'a', 'Z', ' ', '1', '\ud835\udc00', '\ud83d'),
    maxLength: 3000,
  });
  it('says what counting every letter says, long texts included', () => {
    fc.assert(
      fc.property(mixed, (text) => {
        const { letters, arabic } = countLetters(text);
        expect(isMostlyArabic(text)).toBe(letters > 0 && arabic * 2 >= letters);
      }),
      { numRuns: 500 },
    );
    expect(isMostlyArabic(`${'ب'.repeat(300)}${'a'.repeat(301)}`)).toBe(false);
    expect(isMostlyArabic(`${'ب'.repeat(300)}${'a'.repeat(300)}`)).toBe(true);
  });
});
