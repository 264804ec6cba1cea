import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import { countLetters, joinWords } from '../../src/text/charsets.js';

// What joinWords() stands for, written as the regex it replaced.
const byRegex = (text: string) => text.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

describe('joinWords', () => {
  it('keeps the words of a scraped line, marks and digits included', () => {
    expect(joinWords('  قـد يهمك -- أيضاً: ٢٥ «اتهـ.ـامات» 𝐀bc ')).toBe('قـد يهمك أيضاً ٢٥ اتهـ ـامات 𝐀bc');
  });
  it('gives what the regex gives on the seeds, line by line', () => {
    for (const seed of ['000', '003']) {
      for (const line of readSeed(seed).split('\n')) expect(joinWords(line)).toBe(byRegex(line));
    }
  });
  it('gives what the regex gives on any text, lone surrogates and astral letters included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (s) => {
        expect(joinWords(s)).toBe(byRegex(s));
      }),
    );
  });
});

describe('countLetters', () => {
  it('counts letters of any script and Arabic letters apart', () => {
    expect(countLetters('أردوغان met 25 ٢٥')).toEqual({ letters: 10, arabic: 7 });
  });
});
