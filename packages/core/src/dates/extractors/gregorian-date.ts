import { isValidGregorian } from '../calendars.js';
import { candidateAt } from '../candidate.js';
import { ANY_GREGORIAN_MONTH_PAIR_PATTERN, gregorianMonthAt } from '../month-patterns.js';
import {
  COMMA_GAP,
  DAY_OF,
  GREGORIAN_MARK,
  groupsOf,
  MONTH_TAIL,
  OF,
  readDay,
  readMonthTail,
  SP,
  YEAR_DIGITS,
  YEAR_WORD,
} from '../patterns.js';
import type { DateExtractor } from '../types.js';

/** A year written after a day and month is read from 1000 to 2999: history is in the news too. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;
/** A leap year, to check a day and month that have no year (29 فبراير exists). */
const LEAP_YEAR = 2000;

const PATTERN = new RegExp(
  `${DAY_OF}(?<month>${ANY_GREGORIAN_MONTH_PAIR_PATTERN})` +
    `(?:${COMMA_GAP}(?:${OF}${SP}+)?(?:${YEAR_WORD}${SP}*)?(?<year>${YEAR_DIGITS})(?:${SP}*${GREGORIAN_MARK})?` +
    `|${MONTH_TAIL})?`,
  'gu',
);

/**
 * A day and a Gregorian month, with a year or without: `25 أغسطس/آب 2015`, `27 نوفمبر (تشرين
 * الثاني) 2019`, `الرابع من يونيو/حزيران الماضي`, `في 5 من يوليو (تموز) الماضي`, `3 أغسطس
 * الحالي`, `الأول من سبتمبر (أيلول) من العام الماضي`. Rules `dates/gregorian-date` (with a year)
 * and `dates/day-month` (without: the direction word or the reference places it). The Libyan
 * month names are common words (الماء, الصيف), so they are read only with a day and a year.
 *
 * @example
 * ```ts
 * parseDates('وفي 25 أغسطس/آب 2015، زار')[0]?.value //=> '2015-08-25'
 * ```
 */
export const gregorianDate: DateExtractor = {
  name: 'gregorian-date',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const day = readDay(groups);
    const month = groups.month === undefined ? undefined : gregorianMonthAt(groups.month);
    if (day === null || !month) return null;
    const end = match.index + match[0].length;
    if (groups.year !== undefined) {
      const year = Number(groups.year);
      if (year < MIN_YEAR || year > MAX_YEAR || !isValidGregorian(year, month.month, day)) return null;
      return candidateAt(context, match.index, end, 'dates/gregorian-date', 'gregorian', {
        year,
        month: month.month,
        day,
      });
    }
    if (month.ambiguous || !isValidGregorian(LEAP_YEAR, month.month, day)) return null;
    return candidateAt(context, match.index, end, 'dates/day-month', 'gregorian', {
      month: month.month,
      day,
      ...readMonthTail(groups),
    });
  },
};
