import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { foldWithPositions, normalize, normalizedText } from '../../src/text/normalize.js';
import {
  articleFold,
  foldedSpan,
  foldedSpanText,
  normalizedSpan,
  normalizedSpanText,
} from '../../src/text/normalized-spans.js';

// Letters, tatweel and the characters that break words on purpose (اتهـ.ـامات), marks, presentation forms.
const arabicish = fc.string({
  unit: fc.constantFrom(...'أابتسلمنهويىة ـ.-_*،,·\u2022\u2027\u064B\u0651\u200F\uFEFB\uFE8D\n'.split('')),
  maxLength: 60,
});
const anyText = fc.oneof(arabicish, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('foldedSpanText', () => {
  it('cuts from the whole fold what folding the span alone gives, for any text and span', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(foldedSpanText(foldWithPositions(text), start, end)).toBe(normalizedText(text.slice(start, end)));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds a word broken across a span edge by itself: اتهـ.ـامات cut after the dot', () => {
    const text = 'وجه اتهـ.ـامات إلى';
    const cut = text.indexOf('.') + 1;
    expect(foldWithPositions(text).text).toBe('وجه اتهامات الي');
    expect(foldedSpanText(foldWithPositions(text), 0, cut)).toBe(normalizedText(text.slice(0, cut)));
    expect(foldedSpanText(foldWithPositions(text), 0, cut)).toBe('وجه اته.');
  });

  it('gives each line of the seeds as folding the line alone does', () => {
    for (const seed of SEED_FILES) {
      const text = readSeed(seed);
      const fold = articleFold(text);
      let start = 0;
      for (const line of text.split('\n')) {
        expect(foldedSpanText(fold, start, start + line.length)).toBe(normalizedText(line));
        start += line.length + 1;
      }
    }
  });
});

describe('foldedSpan', () => {
  const plain = (n: ReturnType<typeof normalize>) => ({ ...n, starts: [...n.starts], ends: [...n.ends] });
  it('gives what normalize gives for the span alone, offset maps included, for any text and span', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (text, a, b) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(plain(foldedSpan(foldWithPositions(text), start, end))).toEqual(
          plain(normalize(text.slice(start, end))),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('normalizedSpanText and normalizedSpan', () => {
  const plain = (n: ReturnType<typeof normalize>) => ({ ...n, starts: [...n.starts], ends: [...n.ends] });
  it('give what folding the span alone gives, whether the fold of the text is kept or not', () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), fc.boolean(), (text, a, b, kept) => {
        const [start, end] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
        // Folding another text lets this one's fold go.
        articleFold(kept ? text : `${text}.`);
        expect(normalizedSpanText(text, start, end)).toBe(normalizedText(text.slice(start, end)));
        expect(plain(normalizedSpan(text, start, end))).toEqual(plain(normalize(text.slice(start, end))));
      }),
      { numRuns: 2000 },
    );
  });
});
