import { hijriToGregorian } from '../calendars.js';
import { candidateAt } from '../candidate.js';
import { HIJRI_MONTH_PATTERN, hijriMonthAt } from '../month-patterns.js';
import {
  COMMA_GAP,
  DAY_OF,
  DIRECTION,
  groupsOf,
  HIJRI_MARK,
  OF,
  readDay,
  readMonthTail,
  SP,
  YEAR_WORD,
} from '../patterns.js';
import type { DateExtractor } from '../types.js';

/** Hijri years read without a mark (1300–1600 AH is 1882–2174 CE); with هـ, any year from 1. */
const MIN_BARE_YEAR = 1300;
const MAX_YEAR = 1600;

const PATTERN = new RegExp(
  `${DAY_OF}(?<month>${HIJRI_MONTH_PATTERN})` +
    `(?:${COMMA_GAP}(?:${OF}${SP}+)?(?:${YEAR_WORD}${SP}*)?(?<year>(?<!\\p{N})\\d{3,4}(?!\\p{N}))(?:${SP}*(?<mark>${HIJRI_MARK}))?` +
    `|${SP}+(?<direction>${DIRECTION}))?`,
  'gu',
);

/**
 * A day and a Hijri month, with a year or without: `25 شوال 1436 هـ`, `غرة شهر رمضان`,
 * `التاسع من شهر رمضان`, `17 رمضان`. With a year (`dates/hijri-date`) it is converted to the
 * Gregorian day (Umm al-Qura); without one (`dates/hijri-day-month`) only a reference date can
 * place it. A three-digit year needs its هـ mark (11 صفر 309هـ).
 *
 * @example
 * ```ts
 * parseDates('25 شوال 1436 هـ')[0]?.value //=> '2015-08-10'
 * ```
 */
export const hijriDate: DateExtractor = {
  name: 'hijri-date',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const day = readDay(groups);
    const month = groups.month === undefined ? undefined : hijriMonthAt(groups.month);
    if (day === null || day > 30 || month === undefined) return null;
    const end = match.index + match[0].length;
    if (groups.year !== undefined) {
      const year = Number(groups.year);
      const marked = groups.mark !== undefined;
      if (year > MAX_YEAR || (!marked && (year < MIN_BARE_YEAR || groups.year.length < 4))) return null;
      if (hijriToGregorian(year, month, day) === null) return null;
      return candidateAt(context, match.index, end, 'dates/hijri-date', 'hijri', { year, month, day });
    }
    return candidateAt(context, match.index, end, 'dates/hijri-day-month', 'hijri', {
      month,
      day,
      ...readMonthTail(groups),
    });
  },
};
