// The date resolver places any parts against any reference, or gives no date: never a value that
// is not a date. Extractors passed to parseDates as options make their own parts, so the resolver
// cannot count on the built-in extractors' ranges.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateAt } from '../../src/dates/candidate.js';
import { parseDates } from '../../src/dates/parse-dates.js';
import { resolveDate } from '../../src/dates/resolve-date.js';
import type { DateExtractor, DateParts } from '../../src/dates/types.js';
import { VALUE_FORMATS } from '../dates/helpers.js';

/** Numbers in and far out of every part's range, and the ones that break date arithmetic. */
const number = fc.oneof(
  fc.integer({ min: -3, max: 40 }),
  fc.integer({ min: -20_000, max: 20_000 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e9, -1e9, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY),
);
const parts: fc.Arbitrary<DateParts> = fc.record(
  {
    year: number,
    month: number,
    day: number,
    weekday: number,
    dayOffset: number,
    period: fc.record({ unit: fc.constantFrom('week', 'month', 'year', 'decade'), offset: number }),
    direction: fc.constantFrom('last', 'next', 'current', 'future', 'sideways'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<DateParts>;
const reference = fc.option(
  fc.record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  }),
);

function expectDateOrNull(result: ReturnType<typeof resolveDate>): void {
  if (result.value === null) {
    expect(result.precision).toBeNull();
    return;
  }
  expect(result.value).toMatch(VALUE_FORMATS[result.precision as keyof typeof VALUE_FORMATS]);
}

describe('resolveDate on any parts', () => {
  it('gives a well-formed value or none, in either calendar, against any reference', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('gregorian', 'hijri') as fc.Arbitrary<'gregorian' | 'hijri'>,
        parts,
        reference,
        (calendar, p, ref) => {
          expectDateOrNull(resolveDate(calendar, p, ref));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('gives no date for parts out of range (found by fuzzing: a day offset of 10⁹ gave NaN-NaN-NaN)', () => {
    const reference = { year: 1, month: 1, day: 1 };
    expect(resolveDate('gregorian', { dayOffset: 1_000_000_000 }, reference).value).toBeNull();
    expect(resolveDate('gregorian', { month: 13 }, { year: 2015, month: 8, day: 10 }).value).toBeNull();
    expect(resolveDate('gregorian', { year: 2015, month: 0 }, null).value).toBeNull();
    expect(resolveDate('hijri', { year: 1436, month: 10, day: 2.5 }, null).value).toBeNull();
    expect(resolveDate('gregorian', { weekday: 9 }, reference).value).toBeNull();
    expect(resolveDate('hijri', { year: 9667, month: 2 }, null).value).toBeNull(); // Gregorian 10000 gave '10000-1'
    expect(resolveDate('gregorian', { period: { unit: 'month', offset: Number.NaN } }, reference).value).toBeNull();
    // In range, the same parts still resolve.
    expect(resolveDate('gregorian', { dayOffset: -1 }, { year: 2015, month: 1, day: 1 }).value).toBe('2014-12-31');
  });

  it('keeps parseDates well-formed when an extractor passed as an option makes wild parts', () => {
    const wild = (p: DateParts): DateExtractor => ({
      name: 'wild',
      pattern: /يوم/u,
      extract: (match, context) =>
        candidateAt(context, match.index, match.index + match[0].length, 'dates/wild', 'gregorian', p),
    });
    fc.assert(
      fc.property(parts, reference, (p, ref) => {
        const day = ref
          ? `${String(ref.year).padStart(4, '0')}-${String(ref.month).padStart(2, '0')}-${String(Math.min(ref.day, 28)).padStart(2, '0')}`
          : null;
        for (const mention of parseDates('جاء يوم الخميس', { reference: day, extractors: [wild(p)] })) {
          if (mention.value === null) expect(mention.precision).toBeNull();
          else expect(mention.value).toMatch(VALUE_FORMATS[mention.precision as keyof typeof VALUE_FORMATS]);
        }
      }),
      { numRuns: 500 },
    );
  });
});
