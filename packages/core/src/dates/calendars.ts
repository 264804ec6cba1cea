/**
 * Conversions between the Gregorian calendar and the Hijri calendar of Umm al-Qura (the official
 * calendar of Saudi Arabia). The Hijri side comes from `Intl.DateTimeFormat` with the
 * `islamic-umalqura` calendar, so there are no hand-made month tables here: a Gregorian day is
 * estimated arithmetically, then the days around it are formatted until the Hijri parts match.
 */

/** A calendar date by its parts; `month` is 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH in the arithmetic (civil) Islamic calendar: 19 July 622, proleptic Gregorian. */
const HIJRI_EPOCH_MS = Date.UTC(622, 6, 19);
/** Umm al-Qura and the arithmetic calendar stay within a couple of days of each other. */
const SEARCH_DAYS = [0, -1, 1, -2, 2, -3, 3];
/** Years the converters accept, on either calendar: wide, but finite. */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const UMM_AL_QURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

function isWhole(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

/** Midnight UTC of a Gregorian date, also for years below 100 (which `Date.UTC` would move). */
function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** `YYYY-MM-DD` of the UTC day at `ms`, or null past the years the converters accept (late Hijri 9666). */
function isoOf(ms: number): string | null {
  const date = new Date(ms);
  if (!isWhole(date.getUTCFullYear(), MIN_YEAR, MAX_YEAR)) return null;
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The Umm al-Qura date of the UTC day at `ms`. */
function hijriOf(ms: number): CalendarDate | null {
  let year = Number.NaN;
  let month = Number.NaN;
  let day = Number.NaN;
  let era = '';
  for (const part of UMM_AL_QURA.formatToParts(new Date(ms))) {
    if (part.type === 'year') year = Number(part.value);
    else if (part.type === 'month') month = Number(part.value);
    else if (part.type === 'day') day = Number(part.value);
    else if (part.type === 'era') era = part.value;
  }
  // Before 1 AH the year counts backwards under another era: not a date this module gives out.
  if (era !== 'AH' || !(year >= 1 && month >= 1 && day >= 1)) return null;
  return { year, month, day };
}

/**
 * True when `year-month-day` is a real Gregorian date (leap years included).
 *
 * @example
 * ```ts
 * isValidGregorian(2016, 2, 29) //=> true
 * isValidGregorian(2015, 2, 29) //=> false
 * ```
 */
export function isValidGregorian(year: number, month: number, day: number): boolean {
  if (!isWhole(year, MIN_YEAR, MAX_YEAR) || !isWhole(month, 1, 12) || !isWhole(day, 1, 31)) return false;
  const date = new Date(utcMs(year, month, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The Gregorian date (`YYYY-MM-DD`) of an Umm al-Qura Hijri date, or `null` when there is no such
 * day (day 30 of a 29-day month, day 31, month 13 …).
 *
 * @example
 * ```ts
 * hijriToGregorian(1436, 10, 25) //=> '2015-08-10'   (25 شوال 1436)
 * hijriToGregorian(1436, 9, 1)   //=> '2015-06-18'   (1 رمضان 1436)
 * hijriToGregorian(1436, 10, 31) //=> null
 * ```
 */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (!isWhole(year, MIN_YEAR, MAX_YEAR) || !isWhole(month, 1, 12) || !isWhole(day, 1, 30)) return null;
  const elapsed = (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1)) + (day - 1);
  const estimate = HIJRI_EPOCH_MS + elapsed * DAY_MS;
  for (const offset of SEARCH_DAYS) {
    const ms = estimate + offset * DAY_MS;
    const hijri = hijriOf(ms);
    if (hijri && hijri.year === year && hijri.month === month && hijri.day === day) return isoOf(ms);
  }
  return null;
}

/**
 * The Umm al-Qura Hijri date of a Gregorian `YYYY-MM-DD`, or `null` when `iso` is not a valid date
 * (or falls before 1 AH).
 *
 * @example
 * ```ts
 * gregorianToHijri('2015-08-10') //=> { year: 1436, month: 10, day: 25 }
 * ```
 */
export function gregorianToHijri(iso: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidGregorian(year, month, day)) return null;
  return hijriOf(utcMs(year, month, day));
}
