import { hijriToGregorian, isValidGregorian } from '../calendars.js';
import { candidateAt } from '../candidate.js';
import { GREGORIAN_MARK, groupsOf, HIJRI_MARK, SP } from '../patterns.js';
import type { DateExtractor } from '../types.js';

/** Unmarked years in this range are Hijri (Saudi documents write 10/1/1436) … */
const HIJRI_YEARS = [1300, 1600] as const;
/** … and in this one Gregorian. Other years are not read without a mark. */
const GREGORIAN_YEARS = [1900, 2100] as const;

const PATTERN = new RegExp(
  '(?<![\\p{N}/.\\-])' +
    `(?:(?<day>\\d{1,2})${SP}*(?<sep>[/.\\-])${SP}*(?<month>\\d{1,2})${SP}*\\k<sep>${SP}*(?<year>\\d{4})` +
    '|(?<isoYear>\\d{4})(?<isoSep>[/\\-])(?<isoMonth>\\d{1,2})\\k<isoSep>(?<isoDay>\\d{1,2}))' +
    `(?![\\p{N}]|[/.\\-]\\p{N})(?:${SP}*(?:(?<hijri>${HIJRI_MARK})|(?<gregorian>${GREGORIAN_MARK})))?`,
  'gu',
);

const within = (year: number, [min, max]: readonly [number, number]) => year >= min && year <= max;

/**
 * A date in digits, day first as Arabic writes it (`12/8/2015`, `26 - 5 - 1436هـ`, `10/1/1436`)
 * or year first (`2015-08-12`): `dates/numeric-date`. The year tells the calendar when no هـ or م
 * mark does: 1300–1600 is Hijri, 1900–2100 Gregorian.
 *
 * @example
 * ```ts
 * parseDates('بتاريخ 12/8/2015')[0]?.value //=> '2015-08-12'
 * ```
 */
export const numericDate: DateExtractor = {
  name: 'numeric-date',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const iso = groups.isoYear !== undefined;
    const year = Number(iso ? groups.isoYear : groups.year);
    const month = Number(iso ? groups.isoMonth : groups.month);
    const day = Number(iso ? groups.isoDay : groups.day);
    let calendar: 'gregorian' | 'hijri' | null = null;
    if (groups.hijri !== undefined) calendar = 'hijri';
    else if (groups.gregorian !== undefined) calendar = 'gregorian';
    else if (within(year, HIJRI_YEARS)) calendar = 'hijri';
    else if (within(year, GREGORIAN_YEARS)) calendar = 'gregorian';
    if (calendar === 'hijri' && hijriToGregorian(year, month, day) === null) return null;
    if (calendar === 'gregorian' && !isValidGregorian(year, month, day)) return null;
    if (calendar === null) return null;
    return candidateAt(context, match.index, match.index + match[0].length, 'dates/numeric-date', calendar, {
      year,
      month,
      day,
    });
  },
};
