import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDates } from '../../src/dates/parse-dates.js';
import { MONTHS } from '../../src/lexicon/months.js';
import { checkMentions } from './helpers.js';

/** Reference dates from 1900 to 2100, or none. */
const reference = fc.option(
  fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Pieces of Arabic date expressions, and the characters around them, as written in news. */
const TOKENS = [
  ...MONTHS.gregorian.keys(),
  ...MONTHS.hijri.keys(),
  ...MONTHS.weekdays.keys(),
  'أغسطس',
  'آب',
  'ذو القعدة',
  'الإثنين',
  'اليوم',
  'أمس',
  'أمس الأول',
  'أول من أمس',
  'غداً',
  'غد',
  'بعد غد',
  'مساء',
  'صباح',
  'يوم',
  'الليلة',
  'الأسبوع',
  'الشهر',
  'العام',
  'هذا',
  'الماضي',
  'الماضية',
  'المقبل',
  'القادم',
  'الجاري',
  'الموافق',
  'من',
  'في',
  'عام',
  'شهر',
  'هـ',
  'م',
  'الرابع',
  'الحادي والعشرين',
  'غرة',
  'عين',
  'روسيا',
  'سيلتقي',
  'سوف',
  'التي',
  'الاثنين',
  'عشر',
  '25',
  '5',
  '13',
  '2015',
  '1436',
  '1437',
  '2254',
  '٢٥',
  '١٤٣٦',
  '17:48',
  'GMT',
  '/',
  '-',
  '(',
  ')',
  '،',
  ',',
  '.',
  '«',
  '»',
  '"',
  ' ',
  ' ',
  ' ',
  '\n',
  '\u0640',
  '\u064B',
  '\u200F',
  '\u00A0',
  'ـ.ـ',
];
const token = fc.constantFrom(...TOKENS);
const arabicish = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(''));
const spacedArabicish = fc.array(token, { maxLength: 60 }).map((parts) => parts.join(' '));

function check(text: string, ref: string | null): void {
  const mentions = parseDates(text, { reference: ref });
  checkMentions(text, mentions);
  for (const m of mentions) {
    if (ref === null) expect(m.resolution).not.toBe('reference');
    else expect(m.resolution).not.toBe('unresolved');
  }
}

describe('parseDates properties', () => {
  it('never throws on any string, and every mention slices back, sorted and without overlaps', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), reference, check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), reference, check), { numRuns: 300 });
  });
  it('holds on Arabic-ish strings made of date words, digits and punctuation', () => {
    fc.assert(fc.property(arabicish, reference, check), { numRuns: 500 });
    fc.assert(fc.property(spacedArabicish, reference, check), { numRuns: 500 });
  });
  it('finds the same spans whatever the reference: it only changes values', () => {
    fc.assert(
      fc.property(spacedArabicish, reference, (text, ref) => {
        const spans = (r: string | null) => parseDates(text, { reference: r }).map((m) => [m.start, m.end, m.rule]);
        expect(spans(ref)).toEqual(spans(null));
      }),
      { numRuns: 300 },
    );
  });
  it('holds on 100 KB strings', () => {
    fc.assert(
      fc.property(
        fc.array(token, { minLength: 20_000, maxLength: 25_000 }).map((parts) => parts.join(' ')),
        reference,
        (text, ref) => {
          expect(text.length).toBeGreaterThan(100_000);
          check(text, ref);
        },
      ),
      { numRuns: 3 },
    );
  });
  it('stays fast on long runs that could make a regex backtrack', () => {
    const N = 100_000;
    const texts = [
      `25 أغسطس${' '.repeat(N)}x`,
      `5 من${' '.repeat(N)}x`,
      `2015${' '.repeat(N)}/`,
      `25 شوال 1436 هـ${' '.repeat(N)}10 أغسطس 2015`,
      '1/'.repeat(N / 2),
      'روسيا اليوم '.repeat(N / 12),
      'سيلتقي الخميس '.repeat(N / 14),
      '('.repeat(N),
    ];
    // Each must simply finish (the test timeout catches a hang); time is measured by `pnpm bench`.
    for (const text of texts) check(text, '2015-08-06');
  });
});
