import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { isPlainNameStart, isPlainNameWord, nameKey, nameKeyOfWords, nameWordKey } from '../../src/names/name-key.js';
import { wordSkeleton } from '../../src/persons/words.js';
import { normalizedText } from '../../src/text/normalize.js';

/** The shortcut the gazetteer takes: plain words keyed one by one. */
const isPlain = (words: readonly string[]) =>
  words.length > 0 && isPlainNameStart(words[0] as string) && words.slice(1).every(isPlainNameWord);
const wordByWord = (words: readonly string[]) => words.map(wordSkeleton).join(' ');

/** Every window of one to four words of the seeds, the words cut from their folded text by `separators`. */
function* seedWindows(separators: RegExp): Generator<string[]> {
  for (const file of SEED_FILES) {
    const words = normalizedText(readSeed(file)).split(separators).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 4 && i + n <= words.length; n++) yield words.slice(i, i + n);
    }
  }
}

describe('plain name words', () => {
  it('tells plain words from particles, titles, hamza seats and other scripts', () => {
    expect(['كالين', 'حفتر', 'السيسي'].every(isPlainNameWord)).toBe(true);
    expect(
      ['عبد', 'ابو', 'الله', 'الدين', 'ابن', 'ال', 'مؤمن', 'هيئه', 'ءامن', 'Akar', 'ـ'].some(isPlainNameWord),
    ).toBe(false);
    expect(isPlainNameStart('الشيخ')).toBe(false);
    expect(isPlainNameStart('خليفه')).toBe(true);
  });
  it('key word by word as nameKey keys them joined, on every window of the seeds', () => {
    let windows = 0;
    for (const window of seedWindows(/[^\p{L}\p{M}\p{N}]+/u)) {
      if (!isPlain(window)) continue;
      windows++;
      expect(wordByWord(window)).toBe(nameKey(window.join(' ')));
    }
    expect(windows).toBeGreaterThan(1000);
  });
  it('key word by word as nameKey keys them joined, for any words of Arabic letters and particles', () => {
    const letters = [...'ابتثجحخدذرسشصضطظعغفقكلمنهوي', 'ال', 'ء', 'ؤ', 'ئ', 'ة', 'ى', 'أ', 'ـ', 'ک'];
    const word = fc.oneof(
      fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 }).map((parts) => parts.join('')),
      fc.constantFrom('عبد', 'ابو', 'الله', 'الدين', 'ابن', 'بن', 'ال', 'الشيخ', 'الامير', 'د', 'الدكتور', 'اوغلو'),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        if (isPlain(words)) expect(wordByWord(words)).toBe(nameKey(words.join(' ')));
      }),
      { numRuns: 3000 },
    );
  });

  it('key word by word with each word keyed alone, on every window of the seeds', () => {
    let windows = 0;
    for (const window of seedWindows(/[^\p{L}\p{M}\p{N}-]+/u)) {
      const key = nameKeyOfWords(window);
      if (key === null) continue;
      windows++;
      expect(key).toBe(nameKey(window.join(' ')));
    }
    expect(windows).toBeGreaterThan(5000);
    expect(nameWordKey('عبد')).toBeNull();
    expect(nameKeyOfWords(['محمد', 'الرئيس'])).toBe(nameKey('محمد الرئيس'));
    expect(nameKeyOfWords(['الرئيس', 'محمد'])).toBeNull();
  });
  it('key word by word with each word keyed alone, for any words of letters, marks, hyphens and particles', () => {
    // What a token's text may be: normalized runs of letters, joined by a hyphen.
    const letters = [
      ...'ابتثجحخدذرسشصضطظعغفقكلمنهوي',
      'ال',
      'ء',
      'ؤ',
      'ئ',
      'ة',
      'ى',
      'أ',
      'ـ',
      'ک',
      'ً',
      'ّ',
      'a',
      'İ',
      'ı',
      'ʼ',
    ];
    const run = fc
      .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 6 })
      .map((parts) => normalizedText(parts.join('')))
      .filter((text) => text.length > 0);
    const word = fc.oneof(
      fc.array(run, { minLength: 1, maxLength: 2 }).map((runs) => runs.join('-')),
      fc.constantFrom('د-محمد', 'الشيخ-محمد'),
      fc.constantFrom(
        'عبد',
        'ابو',
        'الله',
        'الدين',
        'ابن',
        'بن',
        'ال',
        'الشيخ',
        'الامير',
        'د',
        'الدكتور',
        'اوغلو',
        'Abu',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const key = nameKeyOfWords(words);
        if (key !== null) expect(key).toBe(nameKey(words.join(' ')));
      }),
      { numRuns: 5000 },
    );
  });
});
