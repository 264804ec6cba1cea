import {
  dediac,
  FOLD_NAMES,
  foldDigits,
  joinBrokenWords,
  normalize,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizedText,
  normalizeTehMarbuta,
  removeTatweel,
  stripInvisibles,
  toOriginalSpan,
} from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';

describe('normalize: one rule at a time', () => {
  it('folds alef forms (أكار / آكار, أردوغان / إردوغان)', () => {
    expect(normalizeAlef('آكار أكار إردوغان ٱلله')).toBe('اكار اكار اردوغان الله');
  });
  it('folds alef maksura and teh marbuta', () => {
    expect(normalizeAlefMaksura('على مستوى')).toBe('علي مستوي');
    expect(normalizeTehMarbuta('العطية')).toBe('العطيه');
  });
  it('removes diacritics, keeping the letters (قيصّا)', () => {
    expect(dediac('دوغان قيصّا')).toBe('دوغان قيصا');
    expect(dediac('ايضـــــــًا')).toBe('ايضـــــــا');
  });
  it('removes tatweel', () => {
    expect(removeTatweel('قـــد يهمــــــــك')).toBe('قد يهمك');
  });
  it('joins words broken on purpose (seed 000)', () => {
    expect(joinBrokenWords('بسبب اتهـ.ـامات ومزاعم')).toBe('بسبب اتهامات ومزاعم');
    expect(joinBrokenWords('ومحاسبة مجـ.ـرمي الحرب')).toBe('ومحاسبة مجرمي الحرب');
  });
  it('keeps real punctuation that is not inside a word', () => {
    expect(joinBrokenWords('حفتر... للعبث')).toBe('حفتر... للعبث');
    expect(joinBrokenWords('انتهى. ـ بدأ')).toBe('انتهى. ـ بدأ');
  });
  it('folds Arabic-Indic and Persian digits', () => {
    expect(foldDigits('٢٥ شوال ١٤٣٦ و ۲۰۱۵')).toBe('25 شوال 1436 و 2015');
  });
  it('strips bidi and zero-width marks', () => {
    expect(stripInvisibles('\u200Fأبها\u200B 25')).toBe('أبها 25');
  });
  it('expands presentation forms to base letters', () => {
    expect(normalize('\uFEFB\uFE8D').text).toBe('لاا');
  });
});

describe('normalize: the offset map', () => {
  it('maps a normalized span back to the original text', () => {
    const original = 'وبين المصدر أن “المواطنين كانوا محتجزين بسبب اتهـ.ـامات ومزاعم';
    const n = normalize(original);
    const at = n.text.indexOf('اتهامات');
    const span = toOriginalSpan(n, at, at + 'اتهامات'.length);
    expect(original.slice(span.start, span.end)).toBe('اتهـ.ـامات');
  });
  it('gives an empty span at the end of the text', () => {
    const n = normalize('أكار');
    expect(toOriginalSpan(n, 4, 4)).toEqual({ start: 4, end: 4 });
  });
  it('slices the seeds back exactly around every removed character', () => {
    const original = readSeed('003');
    const n = normalize(original);
    for (const word of ['يهمك', 'اكار', 'النمروش']) {
      const at = n.text.indexOf(word);
      expect(at).toBeGreaterThanOrEqual(0);
      const span = toOriginalSpan(n, at, at + word.length);
      expect(normalize(original.slice(span.start, span.end)).text).toBe(word);
    }
  });
  it('gives each text maps of its own, short or long, however many come after', () => {
    const short = normalize('قـال أردوغان');
    const expected = { starts: [...short.starts], ends: [...short.ends] };
    const long = normalize('أ'.repeat(20_000));
    for (let k = 0; k < 5_000; k++) normalize('اتهـ.ـامات إردوغان');
    expect({ starts: [...short.starts], ends: [...short.ends] }).toEqual(expected);
    expect(expected.starts).toEqual([0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(long.starts.length).toBe(20_000);
    expect(long.ends[19_999]).toBe(20_000);
  });
  it('lets single folds be switched off', () => {
    expect(normalize('العطية', { tehMarbuta: false }).text).toBe('العطية');
    expect(FOLD_NAMES).toContain('tehMarbuta');
  });
});

describe('normalize: properties', () => {
  const arabicish = fc.string({
    unit: fc.constantFrom(
      ...'أإآابتثجحخدذرسشصضطظعغفقكلمنهويىةءؤئ ـ.-،؟!٠١٢٣٤٥٦٧٨٩۱۲\u064B\u0651\u0670\u200F\u200B\uFEFB\uFE8D\u00A0\n'.split(
        '',
      ),
    ),
  });
  const anyText = fc.oneof(arabicish, fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalize(s).text;
        expect(normalize(once).text).toBe(once);
      }),
    );
  });
  it('maps every output character inside the original, in order', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalize(s);
        expect(n.starts.length).toBe(n.text.length);
        let previous = 0;
        for (let i = 0; i < n.text.length; i++) {
          const start = n.starts[i] as number;
          const end = n.ends[i] as number;
          expect(start).toBeGreaterThanOrEqual(previous);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(s.length);
          previous = start;
        }
      }),
    );
  });
  it('gives the same text without the offset map (normalizedText)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(normalizedText(s)).toBe(normalize(s).text);
      }),
    );
  });
  it('gives the same text with one fold on, with or without the offset map', () => {
    const single = { alef: normalizeAlef, diacritics: dediac, brokenWords: joinBrokenWords, digits: foldDigits };
    fc.assert(
      fc.property(anyText, fc.constantFrom(...(Object.keys(single) as Array<keyof typeof single>)), (s, fold) => {
        const only = Object.fromEntries(FOLD_NAMES.map((name) => [name, name === fold]));
        expect(single[fold](s)).toBe(normalize(s, only).text);
      }),
    );
  });
  it('never grows text except by presentation-form expansion', () => {
    fc.assert(
      fc.property(arabicish, (s) => {
        const withoutLigatures = s.replace(/[\uFB50-\uFDFF\uFE70-\uFEFF]/g, '');
        expect(normalize(withoutLigatures).text.length).toBeLessThanOrEqual(withoutLigatures.length);
      }),
    );
  });
});

describe('normalize: bad input', () => {
  it('refuses a non-string with a LiqaError', () => {
    expect(() => normalize(42 as unknown as string)).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => normalizedText(null as unknown as string)).toThrowError(
      expect.objectContaining({ code: 'invalid_input' }),
    );
    expect(() => dediac({} as unknown as string)).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
  });
  it('folds a text longer than the shared buffer, expansions included', () => {
    const long = `${'إردوغان ﻻ '.repeat(20_000)}اتهـ.ـامات`;
    expect(normalizedText(long)).toBe(`${'اردوغان لا '.repeat(20_000)}اتهامات`);
    expect(normalize(long).starts.length).toBe(normalizedText(long).length);
  });
});
