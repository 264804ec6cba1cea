import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../../src/dates/calendars.js';
import { candidateAt } from '../../src/dates/candidate.js';
import { createDatesConfiguration } from '../../src/dates/configuration.js';
import { parseDates } from '../../src/dates/parse-dates.js';
import type { DateCandidate, DateContext, DateExtractor, DateRefiner } from '../../src/dates/types.js';
import { isLiqaError } from '../../src/errors.js';
import { normalize } from '../../src/text/normalize.js';
import { dates } from './helpers.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** Freezes an object and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('parseDates', () => {
  it('returns mentions with exact offsets and every field of DateMention', () => {
    expect(parseDates('والتقى الوفد التركي أمس رئيس المجلس', { reference: '2020-12-27' })).toEqual([
      {
        start: 20,
        end: 23,
        text: 'أمس',
        value: '2020-12-26',
        precision: 'day',
        calendar: 'gregorian',
        resolution: 'reference',
        rule: 'dates/relative-day',
      },
    ]);
  });
  it('keeps offsets into the original text when normalization drops characters', () => {
    const text = 'وصل في ‏٢٥ أغسطـــس ٢٠١٥م إلى غداً';
    const mentions = dates(text, '2015-08-24');
    expect(mentions.map((m) => m.text)).toEqual(['٢٥ أغسطـــس ٢٠١٥م', 'غداً']);
  });
  it('accepts no options, null options and a null reference', () => {
    expect(parseDates('')).toEqual([]);
    expect(parseDates('أمس', null as never)).toHaveLength(1);
    expect(parseDates('أمس', { reference: null })[0]?.resolution).toBe('unresolved');
  });
  it('throws a LiqaError on bad input and options', () => {
    const cases: [() => unknown, string][] = [
      [() => parseDates(42 as never), 'invalid_input'],
      [() => parseDates(null as never), 'invalid_input'],
      [() => parseDates('أمس', 'x' as never), 'invalid_options'],
      [() => parseDates('أمس', { reference: '2015-02-30' }), 'invalid_options'],
      [() => parseDates('أمس', { reference: '10/08/2015' }), 'invalid_options'],
      [() => parseDates('أمس', { reference: 20150810 as never }), 'invalid_options'],
      [() => parseDates('أمس', { extractors: {} as never }), 'invalid_options'],
      [() => parseDates('أمس', { refiners: 'x' as never }), 'invalid_options'],
    ];
    for (const [run, code] of cases) {
      const error = thrown(run);
      expect(isLiqaError(error) && error.code).toBe(code);
    }
  });
});

describe('extending the configuration', () => {
  /** عيد الفطر + a Hijri year: 1 Shawwal. */
  const eidAlFitr: DateExtractor = {
    name: 'eid-al-fitr',
    pattern: /عيد الفطر (?:لعام )?(\d{4})/u,
    extract(match, context) {
      const year = Number(match[1]);
      if (!hijriToGregorian(year, 10, 1)) return null;
      return candidateAt(context, match.index, match.index + match[0].length, 'dates/eid-al-fitr', 'hijri', {
        year,
        month: 10,
        day: 1,
      });
    },
  };
  const noYears: DateRefiner = {
    name: 'no-years',
    refine: (candidates) => candidates.filter((c) => c.rule !== 'dates/year'),
  };

  it('runs extra extractors (a pattern without the g flag too) through the built-in refiners', () => {
    expect(dates('صلاة عيد الفطر 1436 في عام 2015', null).map((m) => [m.text, m.value, m.rule])).toEqual([
      ['عام 2015', '2015', 'dates/year'],
    ]);
    const mentions = dates('صلاة عيد الفطر 1436 في عام 2015', null, { extractors: [eidAlFitr] });
    expect(mentions.map((m) => [m.text, m.value, m.rule])).toEqual([
      ['عيد الفطر 1436', '2015-07-17', 'dates/eid-al-fitr'],
      ['عام 2015', '2015', 'dates/year'],
    ]);
  });
  it('runs extra refiners after the built-in ones', () => {
    expect(dates('في عام 2015 وفي 25 أغسطس', null, { refiners: [noYears] }).map((m) => m.text)).toEqual(['25 أغسطس']);
  });
  it('resolves candidates that a refiner adds after resolve-reference', () => {
    // Reads `قبله` ("the day before") after a date as one more day back: a toy rule.
    const dayBefore: DateRefiner = {
      name: 'day-before',
      refine: (candidates, context) => [
        ...candidates,
        candidateAt(context, 5, 9, 'dates/day-before', 'gregorian', { dayOffset: -2 }),
      ],
    };
    expect(dates('أمس وقبله', '2015-08-10', { refiners: [dayBefore] }).map((m) => [m.text, m.value, m.rule])).toEqual([
      ['أمس', '2015-08-09', 'dates/relative-day'],
      ['قبله', '2015-08-08', 'dates/day-before'],
    ]);
  });
  it('hands out fresh lists, so extending one configuration leaves the next alone', () => {
    const first = createDatesConfiguration();
    first.extractors.push(eidAlFitr);
    expect(createDatesConfiguration().extractors.map((e) => e.name)).not.toContain('eid-al-fitr');
    expect(first.extractors.every((e) => e.pattern.unicode)).toBe(true);
    expect(first.refiners.map((r) => r.name)).toEqual([
      'drop-non-dates',
      'remove-overlaps',
      'merge-dual-calendar',
      'merge-weekday-date',
      'mark-future',
      'resolve-reference',
    ]);
  });
});

describe('the built-in stages are pure', () => {
  it('no refiner mutates the candidates it is given', () => {
    const text = 'الأحد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م، وسيلتقي الخميس، وقالت عين اليوم أمس الأربعاء';
    const context: DateContext = deepFreeze({
      text,
      normalized: normalize(text),
      reference: { year: 2015, month: 8, day: 10 },
    });
    const { extractors, refiners } = createDatesConfiguration();
    const found: DateCandidate[] = [];
    for (const extractor of extractors) {
      for (const match of context.normalized.text.matchAll(extractor.pattern)) {
        const candidate = extractor.extract(match, context);
        if (candidate) found.push(candidate);
      }
    }
    let candidates: readonly DateCandidate[] = deepFreeze(found.sort((a, b) => a.start - b.start));
    for (const refiner of refiners) {
      const snapshot = JSON.stringify(candidates);
      const next = deepFreeze(refiner.refine(candidates, context));
      expect(JSON.stringify(candidates)).toBe(snapshot);
      candidates = next;
    }
    expect(candidates.map((c) => c.text)).toEqual([
      'الأحد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م',
      'الخميس',
      'أمس الأربعاء',
    ]);
  });
});
