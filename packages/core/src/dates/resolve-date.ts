/**
 * Turns the parts of a date expression into a value, using the reference date when the words
 * alone do not place it. All arithmetic is on UTC days; Hijri dates go through `calendars.ts`.
 *
 * Decisions (news is written about the past, so partial dates lean back in time):
 * - A weekday alone is the latest such day on or before the reference; `الماضي` makes it strictly
 *   before, `المقبل`/`القادم` strictly after, a future-tense clause (set by `mark-future`) on or after.
 * - A day and month, or a month, with no year: `الماضي` takes the latest one on or before the
 *   reference (a month: strictly before the reference month); `المقبل` the earliest on or after it
 *   (a month: strictly after); `الجاري`/`الحالي` the reference's year; bare, the one from 9 months
 *   before to 2 months after the reference month. With no reference, a Gregorian day and month give
 *   `--MM-DD`; anything else is unresolved. When a weekday is written beside such a date and the
 *   chosen day is not that weekday (an old date in a list of headlines), the year is left out: `--MM-DD`.
 * - `اليوم`/`أمس`… count days from the reference. A weekday beside them (أمس الأربعاء) wins when
 *   it disagrees: the day is the nearest such weekday (a reference taken from a crawl may be a day late).
 * - `الأسبوع الماضي` has no day: under any convention for the first day of the week it lies within
 *   the 13 days before the reference, so it gives `YYYY-MM` when those all fall in one month, else null.
 *   The current and next weeks are read the same way (the 13 days around the reference, or after it).
 * - A Hijri month or year is given as the smallest Gregorian period that holds all of it: a month
 *   when it falls inside one Gregorian month, else a year, else null (رمضان 1436 → `2015`).
 */
import type { DatePrecision } from '../model.js';
import { type CalendarDate, gregorianToHijri, hijriToGregorian, isValidGregorian } from './calendars.js';
import type { DateParts, DateResolution } from './types.js';

const DAY_MS = 86_400_000;
/** A bare month with no year is read from this many months before the reference month … */
const MONTHS_BEFORE = 9;
/** … to this many after it. */
const MONTHS_AFTER = 2;

const UNRESOLVED: DateResolution = { value: null, precision: null, resolution: 'unresolved' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function msOf(date: CalendarDate): number {
  const at = new Date(0);
  at.setUTCFullYear(date.year, date.month - 1, date.day);
  return at.getTime();
}

function dateOf(ms: number): CalendarDate {
  const at = new Date(ms);
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  return dateOf(msOf(date) + days * DAY_MS);
}

function weekdayOf(date: CalendarDate): number {
  return new Date(msOf(date)).getUTCDay();
}

/** `YYYY-MM-DD` of a Gregorian date, or null when it is outside years 1–9999. */
function isoDay(date: CalendarDate): string | null {
  if (date.year < 1 || date.year > 9999) return null;
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

function parseIso(iso: string): CalendarDate {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function result(value: string | null, precision: DatePrecision, resolution: DateResolution['resolution']) {
  return value === null ? { value: null, precision: null, resolution } : { value, precision, resolution };
}

function gregorianValue(year: number, month: number | undefined, day: number | undefined) {
  if (year < 1 || year > 9999) return null;
  if (month === undefined) return { value: pad(year, 4), precision: 'year' as const };
  if (day === undefined) return { value: `${pad(year, 4)}-${pad(month)}`, precision: 'month' as const };
  return isValidGregorian(year, month, day)
    ? { value: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, precision: 'day' as const }
    : null;
}

/** The smallest Gregorian period holding every day from `first` to `last` (ISO dates). */
function coarsen(first: string | null, last: string | null) {
  if (first === null || last === null) return null;
  if (first.slice(0, 7) === last.slice(0, 7)) return { value: first.slice(0, 7), precision: 'month' as const };
  if (first.slice(0, 4) === last.slice(0, 4)) return { value: first.slice(0, 4), precision: 'year' as const };
  return null;
}

function lastDayOfHijriMonth(year: number, month: number): string | null {
  return hijriToGregorian(year, month, 30) ?? hijriToGregorian(year, month, 29);
}

function hijriValue(year: number, month: number | undefined, day: number | undefined) {
  if (month === undefined) return coarsen(hijriToGregorian(year, 1, 1), lastDayOfHijriMonth(year, 12));
  if (day === undefined) return coarsen(hijriToGregorian(year, month, 1), lastDayOfHijriMonth(year, month));
  const value = hijriToGregorian(year, month, day);
  return value === null ? null : { value, precision: 'day' as const };
}

function valueIn(calendar: 'gregorian' | 'hijri', year: number, month?: number, day?: number) {
  return calendar === 'hijri' ? hijriValue(year, month, day) : gregorianValue(year, month, day);
}

/**
 * The year of a month (and maybe day) with no year, in the calendar of `reference` (whose parts
 * are in that same calendar), following the decisions at the top of this file.
 */
function pickYear(direction: DateParts['direction'], month: number, day: number | undefined, reference: CalendarDate) {
  const { year } = reference;
  const compare = month !== reference.month ? month - reference.month : (day ?? reference.day) - reference.day;
  switch (direction) {
    case 'current':
      return year;
    case 'last':
      // A month alone is strictly before the reference month; a day may be the reference day itself.
      return (day === undefined ? month < reference.month : compare <= 0) ? year : year - 1;
    case 'next':
      return (day === undefined ? month > reference.month : compare >= 0) ? year : year + 1;
    case 'future':
      return compare >= 0 || (day === undefined && month === reference.month) ? year : year + 1;
    default: {
      const months = month - reference.month;
      if (months > MONTHS_AFTER) return year - 1;
      if (months < -MONTHS_BEFORE) return year + 1;
      return year;
    }
  }
}

/** Days from the reference to the weekday the direction points at. */
function weekdayDelta(weekday: number, reference: CalendarDate, direction: DateParts['direction']): number {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  switch (direction) {
    case 'last':
      return -(back || 7);
    case 'next':
      return ahead || 7;
    case 'future':
      return ahead;
    default:
      return -back;
  }
}

/** The day with `weekday` nearest to `date` (at most three days away). */
function nearestWeekday(date: CalendarDate, weekday: number): CalendarDate {
  let delta = (weekday - weekdayOf(date) + 7) % 7;
  if (delta > 3) delta -= 7;
  return addDays(date, delta);
}

function resolvePeriod(calendar: 'gregorian' | 'hijri', parts: DateParts, reference: CalendarDate): DateResolution {
  const period = parts.period as NonNullable<DateParts['period']>;
  if (period.unit === 'week') {
    const first = isoDay(addDays(reference, 7 * period.offset - 6));
    const last = isoDay(addDays(reference, 7 * period.offset + 6));
    const month = first !== null && last !== null && first.slice(0, 7) === last.slice(0, 7) ? first.slice(0, 7) : null;
    return result(month, 'month', 'reference');
  }
  const local = calendar === 'hijri' ? gregorianToHijri(isoDay(reference) ?? '') : reference;
  if (!local) return result(null, 'day', 'reference');
  if (period.unit === 'month') {
    const index = local.year * 12 + (local.month - 1) + period.offset;
    const found = valueIn(calendar, Math.floor(index / 12), (index % 12) + 1, parts.day);
    return found ? result(found.value, found.precision, 'reference') : result(null, 'day', 'reference');
  }
  const found = valueIn(
    calendar,
    local.year + period.offset,
    parts.month,
    parts.month === undefined ? undefined : parts.day,
  );
  return found ? result(found.value, found.precision, 'reference') : result(null, 'day', 'reference');
}

/** Days either way a relative date may reach: about 8,000 years, inside what `Date` can hold. */
const MAX_DAY_OFFSET = 3_000_000;
/** Weeks, months or years either way a relative period may reach. */
const MAX_PERIOD_OFFSET = 100_000;

const isIntegerIn = (value: number | undefined, min: number, max: number) =>
  value === undefined || (Number.isInteger(value) && value >= min && value <= max);

/**
 * True when every part is a whole number in its range. The built-in extractors only make such
 * parts, but extractors passed as options may not, and a day offset of 10⁹ or a month of 13 must
 * give no date rather than `NaN-NaN-NaN` or `2015-13`.
 */
function isPlaceable(parts: DateParts): boolean {
  return (
    isIntegerIn(parts.year, -MAX_PERIOD_OFFSET, MAX_PERIOD_OFFSET) &&
    isIntegerIn(parts.month, 1, 12) &&
    isIntegerIn(parts.day, 1, 31) &&
    isIntegerIn(parts.weekday, 0, 6) &&
    isIntegerIn(parts.dayOffset, -MAX_DAY_OFFSET, MAX_DAY_OFFSET) &&
    (parts.period === undefined ||
      (['week', 'month', 'year'].includes(parts.period.unit) &&
        isIntegerIn(parts.period.offset, -MAX_PERIOD_OFFSET, MAX_PERIOD_OFFSET)))
  );
}

/**
 * The value of a date expression's parts, at the precision they and the reference allow.
 *
 * @example
 * ```ts
 * resolveDate('gregorian', { dayOffset: -1 }, { year: 2020, month: 12, day: 27 })
 * //=> { value: '2020-12-26', precision: 'day', resolution: 'reference' }
 * resolveDate('hijri', { year: 1436, month: 10, day: 25 }, null)
 * //=> { value: '2015-08-10', precision: 'day', resolution: 'absolute' }
 * resolveDate('gregorian', { month: 9, day: 13, direction: 'last' }, null)
 * //=> { value: '--09-13', precision: 'day-month', resolution: 'absolute' }
 * ```
 */
export function resolveDate(
  calendar: 'gregorian' | 'hijri',
  parts: DateParts,
  reference: CalendarDate | null,
): DateResolution {
  if (!isPlaceable(parts)) return UNRESOLVED;
  if (parts.dayOffset !== undefined) {
    if (!reference) return UNRESOLVED;
    let day = addDays(reference, parts.dayOffset);
    if (parts.weekday !== undefined) day = nearestWeekday(day, parts.weekday);
    return result(isoDay(day), 'day', 'reference');
  }
  if (parts.period) return reference ? resolvePeriod(calendar, parts, reference) : UNRESOLVED;
  if (parts.year !== undefined) {
    const found = valueIn(calendar, parts.year, parts.month, parts.month === undefined ? undefined : parts.day);
    return found ? result(found.value, found.precision, 'absolute') : result(null, 'day', 'absolute');
  }
  if (parts.month !== undefined) {
    if (!reference) {
      if (calendar === 'gregorian' && parts.day !== undefined && isValidGregorian(2000, parts.month, parts.day)) {
        return result(`--${pad(parts.month)}-${pad(parts.day)}`, 'day-month', 'absolute');
      }
      return UNRESOLVED;
    }
    const local = calendar === 'hijri' ? gregorianToHijri(isoDay(reference) ?? '') : reference;
    if (!local) return result(null, 'day', 'reference');
    const year = pickYear(parts.direction, parts.month, parts.day, local);
    const found = valueIn(calendar, year, parts.month, parts.day);
    if (!found) return result(null, 'day', 'reference');
    // A weekday written beside the date (الجمعة 8 يناير) that does not fall on it says the year is another one.
    if (
      found.precision === 'day' &&
      parts.weekday !== undefined &&
      weekdayOf(parseIso(found.value)) !== parts.weekday
    ) {
      return calendar === 'gregorian'
        ? result(`--${pad(parts.month)}-${pad(parts.day ?? 1)}`, 'day-month', 'absolute')
        : result(null, 'day', 'reference');
    }
    return result(found.value, found.precision, 'reference');
  }
  if (parts.weekday !== undefined) {
    if (!reference) return UNRESOLVED;
    return result(
      isoDay(addDays(reference, weekdayDelta(parts.weekday, reference, parts.direction))),
      'day',
      'reference',
    );
  }
  return UNRESOLVED;
}

/**
 * Reads a reference date written `YYYY-MM-DD`, or returns null when it is not a real date.
 *
 * @example
 * ```ts
 * parseReference('2015-08-10') //=> { year: 2015, month: 8, day: 10 }
 * parseReference('2015-02-30') //=> null
 * ```
 */
export function parseReference(reference: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reference)) return null;
  const date = parseIso(reference);
  return isValidGregorian(date.year, date.month, date.day) ? date : null;
}
