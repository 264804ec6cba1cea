import { isLiqaError, parseArticle } from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../src/persons/find-persons.js';
import { expectWellFormed, persons } from './helpers.js';

/** Pieces of news text that exercise the rules: titles, roles, names, particles, punctuation. */
const PIECES = [
  'الأمير',
  'صاحب السمو الملكي',
  'الشيخ',
  'الدكتور',
  'د.',
  'وزير',
  'الدفاع',
  'التركي',
  'القطري',
  'وزيرا',
  'الوزيرين',
  'الوزراء',
  'الثلاثة',
  'نظيره',
  'وفد',
  'الوفد',
  'برئاسة',
  'بقيادة',
  'وضم',
  'كلا من',
  'هم:',
  'بن',
  'آل',
  'عبد',
  'الله',
  'الدين',
  'أوغلو',
  'محمد',
  'خالد',
  'سلمان',
  'خلوصي',
  'أكار',
  'أردوغان',
  'حفتر',
  'كامل',
  'و',
  'ل',
  'ب',
  '،',
  '.',
  ':',
  '«',
  '»',
  '-',
  '\n',
  'في',
  'اليوم',
  'أمس',
  'رجب',
  'تركيا',
  'مستشفى',
  'الملك',
  'فهد',
  'ً',
  'ـ',
  'Smith',
  '2020',
  '١٤٣٦',
  'ﻻ',
  '\u200f',
];

const newsLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((words) => words.join(' '));
const anyText = fc.oneof(newsLike, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

/** parseArticle output of `text`, or null when parseArticle refuses it (binary input). */
function parse(text: string) {
  try {
    return parseArticle(text);
  } catch (error) {
    if (isLiqaError(error)) return null;
    throw error;
  }
}

describe('findPersons: properties', () => {
  it('never throws on any article, and keeps its invariants', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const article = parse(text);
        if (!article) return;
        const index = findPersons(article);
        expectWellFormed({ article, index });
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const article = parse(text);
        if (!article) return;
        expect(findPersons(article)).toEqual(findPersons(article));
      }),
      { numRuns: 100 },
    );
  });

  it('finds the same persons in a sentence wherever it stands in the article', () => {
    const sentence = 'وقال وزير الخارجية الكندي ستيفان ديون إن بلاده تدعم الحل.';
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('ارتفعت الأسعار اليوم.', 'وصل الوفد إلى الرياض.'), { maxLength: 5 }),
        (before) => {
          const { index } = persons([...before, sentence].join('\n'));
          expect(index.entities.map((e) => e.name)).toEqual(['ستيفان ديون']);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('grows linearly with the text', () => {
    const base = 'استقبل وزير الداخلية فتحي باشاغا وزيري دفاع تركيا وقطر، خلوصي أكار، وخالد بن محمد العطية.';
    const time = (n: number) => {
      const article = parseArticle(Array.from({ length: n }, () => base).join('\n'));
      const start = performance.now();
      findPersons(article);
      return performance.now() - start;
    };
    time(50);
    const small = Math.min(time(100), time(100));
    const large = Math.min(time(800), time(800));
    // Eight times the text: far less than the 64 times of a quadratic pass.
    expect(large).toBeLessThan(small * 20 + 50);
  });
});

describe('findPersons: input and options', () => {
  it('refuses what is not an Article', () => {
    expect(() => findPersons({ text: 'x' } as never)).toThrow(/expected an Article/);
    try {
      findPersons(null as never);
    } catch (error) {
      expect(isLiqaError(error) && error.code).toBe('invalid_input');
    }
  });

  it('refuses options of the wrong shape', () => {
    const article = parseArticle('نص.');
    for (const options of [
      { people: [{ id: 'Bad Id', name: 'س', en: 'S' }] },
      { roles: [{ office: 'x' }] },
      { colour: 1 },
    ]) {
      try {
        findPersons(article, options as never);
        expect.unreachable();
      } catch (error) {
        expect(isLiqaError(error) && error.code).toBe('invalid_options');
      }
    }
  });

  it('takes extra gazetteer people: matched anywhere, with their English spelling and id', () => {
    const article = parseArticle('وصل إلى الرياض أمس زوكو ماتيفا لحضور المؤتمر.');
    expect(findPersons(article).entities).toEqual([]);
    const { entities } = findPersons(article, {
      people: [{ id: 'zoko-mativa', name: 'زوكو ماتيفا', en: 'Zoko Mativa', country: 'KE' }],
    });
    expect(entities).toMatchObject([{ name: 'زوكو ماتيفا', en: 'Zoko Mativa', known: 'zoko-mativa' }]);
  });

  it('takes extra role heads', () => {
    const article = parseArticle('وقال مأمور المركز زوكو ماتيفا إن الطريق مغلق.');
    expect(findPersons(article).entities).toEqual([]);
    const { entities, mentions } = findPersons(article, { roles: [{ office: 'مأمور', words: ['مأمور'] }] });
    expect(entities.map((e) => e.name)).toEqual(['زوكو ماتيفا']);
    expect(mentions[0]?.role?.text).toBe('مأمور المركز');
  });
});
