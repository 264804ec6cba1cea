import { describe, expect, it } from 'vitest';
import { parseReference, resolveDate } from '../../src/dates/resolve-date.js';

const on = (iso: string) => parseReference(iso);
const value = (
  parts: Parameters<typeof resolveDate>[1],
  reference: string | null,
  calendar: 'gregorian' | 'hijri' = 'gregorian',
) => resolveDate(calendar, parts, reference === null ? null : on(reference)).value;

describe('resolveDate', () => {
  it('counts days across month and year ends', () => {
    expect(value({ dayOffset: -1 }, '2015-01-01')).toBe('2014-12-31');
    expect(value({ dayOffset: 1 }, '2016-02-28')).toBe('2016-02-29');
  });
  it('places weekdays by direction (2015-08-06 is a Thursday)', () => {
    expect(value({ weekday: 4 }, '2015-08-06')).toBe('2015-08-06');
    expect(value({ weekday: 4, direction: 'last' }, '2015-08-06')).toBe('2015-07-30');
    expect(value({ weekday: 4, direction: 'next' }, '2015-08-06')).toBe('2015-08-13');
    expect(value({ weekday: 4, direction: 'future' }, '2015-08-06')).toBe('2015-08-06');
    expect(value({ weekday: 5 }, '2015-08-06')).toBe('2015-07-31');
    expect(value({ weekday: 5, direction: 'future' }, '2015-08-06')).toBe('2015-08-07');
  });
  it('places months with no year by direction', () => {
    expect(value({ month: 8, direction: 'last' }, '2015-08-06')).toBe('2014-08');
    expect(value({ month: 7, direction: 'last' }, '2015-08-06')).toBe('2015-07');
    expect(value({ month: 8, direction: 'next' }, '2015-08-06')).toBe('2016-08');
    expect(value({ month: 9, direction: 'next' }, '2015-08-06')).toBe('2015-09');
    expect(value({ month: 1, direction: 'current' }, '2015-08-06')).toBe('2015-01');
    expect(value({ month: 10 }, '2015-08-06')).toBe('2015-10');
    expect(value({ month: 11 }, '2015-08-06')).toBe('2014-11');
    expect(value({ month: 11 }, '2015-02-06')).toBe('2014-11');
    expect(value({ month: 11 }, '2015-01-06')).toBe('2014-11');
  });
  it('places day-months with no year by direction', () => {
    expect(value({ month: 8, day: 6, direction: 'last' }, '2015-08-06')).toBe('2015-08-06');
    expect(value({ month: 8, day: 7, direction: 'last' }, '2015-08-06')).toBe('2014-08-07');
    expect(value({ month: 8, day: 6, direction: 'next' }, '2015-08-06')).toBe('2015-08-06');
    expect(value({ month: 8, day: 5, direction: 'next' }, '2015-08-06')).toBe('2016-08-05');
  });
  it('gives day-months --MM-DD without a reference, and leaves other partial dates unresolved', () => {
    expect(resolveDate('gregorian', { month: 9, day: 13 }, null)).toEqual({
      value: '--09-13',
      precision: 'day-month',
      resolution: 'absolute',
    });
    expect(resolveDate('gregorian', { month: 9 }, null)).toEqual({
      value: null,
      precision: null,
      resolution: 'unresolved',
    });
    expect(resolveDate('gregorian', { weekday: 2 }, null).resolution).toBe('unresolved');
    expect(resolveDate('hijri', { month: 9, day: 17 }, null).resolution).toBe('unresolved');
  });
  it('reads the previous week as a month only when all of it must lie in one', () => {
    expect(value({ period: { unit: 'week', offset: -1 } }, '2020-12-27')).toBe('2020-12');
    expect(value({ period: { unit: 'week', offset: -1 } }, '2020-12-14')).toBe('2020-12');
    expect(value({ period: { unit: 'week', offset: -1 } }, '2020-12-13')).toBeNull();
    expect(value({ period: { unit: 'week', offset: 1 } }, '2020-12-18')).toBe('2020-12');
    expect(value({ period: { unit: 'week', offset: 1 } }, '2020-12-19')).toBeNull();
  });
  it('converts Hijri dates and periods', () => {
    expect(value({ year: 1436, month: 10, day: 25 }, null, 'hijri')).toBe('2015-08-10');
    expect(value({ year: 1436, month: 10 }, null, 'hijri')).toBe('2015');
    expect(value({ year: 1429 }, null, 'hijri')).toBe('2008');
    expect(value({ month: 10, day: 25, direction: 'last' }, '2015-08-11', 'hijri')).toBe('2015-08-10');
    expect(value({ month: 10, day: 25, direction: 'last' }, '2015-08-09', 'hijri')).toBe('2014-08-21');
  });
});

describe('parseReference', () => {
  it('reads real YYYY-MM-DD dates only', () => {
    expect(parseReference('2016-02-29')).toEqual({ year: 2016, month: 2, day: 29 });
    expect(parseReference('2015-02-29')).toBeNull();
    expect(parseReference('2015-8-1')).toBeNull();
    expect(parseReference('2015-08-10T00:00')).toBeNull();
  });
});
