/**
 * Regex sources for month and weekday names, built once from `data/months.ar.json`, shared by the
 * dates stage and the dateline finder. Every source here matches `normalize()`d text and must be
 * compiled with the `u` flag.
 */
import { type GregorianMonthName, MONTHS } from '../lexicon/months.js';
import { alternation, WORD_END } from '../lexicon/pattern.js';
import { normalizedText } from '../text/normalize.js';

/** One horizontal whitespace character of normalized text (no-break spaces are already spaces). */
export const SP = '[ \\t]';

/**
 * The lookup key of a lexicon term or of matched text: `normalize()`d, with runs of spaces made one.
 *
 * @example
 * ```ts
 * termKey('ذي  القعدة') //=> 'ذي القعده'
 * ```
 */
export function termKey(term: string): string {
  return normalizedText(term).replace(/[ \t]+/g, ' ');
}

/** Any weekday name, ending at a word end. */
export const WEEKDAY_PATTERN = `${alternation(MONTHS.weekdays.keys())}${WORD_END}`;

/** Any Gregorian (every naming set, the ambiguous Libyan one included) or Hijri month name, ending at a word end. */
export const MONTH_PATTERN = `${alternation([...MONTHS.gregorian.keys(), ...MONTHS.hijri.keys()])}${WORD_END}`;

/** Any Gregorian month name (every naming set), ending at a word end. */
export const GREGORIAN_MONTH_PATTERN = `${alternation(MONTHS.gregorian.keys())}${WORD_END}`;

/** Any Hijri month name, ending at a word end. */
export const HIJRI_MONTH_PATTERN = `${alternation(MONTHS.hijri.keys())}${WORD_END}`;

/** Names of one Gregorian month, ending at a word end; the Libyan names only when `ambiguous` is true. */
function namesOf(month: number, ambiguous: boolean): string {
  const names = [...MONTHS.gregorian].filter(([, m]) => m.month === month && (ambiguous || !m.ambiguous));
  return `${alternation(names.map(([key]) => key))}${WORD_END}`;
}

/**
 * A Gregorian month written once or as two names of the same month, the way Arabic news pairs its
 * naming sets: `يونيو/حزيران`, `كانون الثاني / يناير`, `نوفمبر (تشرين الثاني)`, `يوليو تموز`. Two names
 * of different months never pair, so `مايو/سبتمبر` is read as `مايو` alone. No quantified group
 * repeats: each month is one alternative with an optional second name.
 */
function monthPair(ambiguous: boolean): string {
  const months: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const names = namesOf(month, ambiguous);
    months.push(`${names}(?:${SP}*[/\\-]${SP}*${names}|${SP}*\\(${SP}*${names}${SP}*\\)|${SP}+${names})?`);
  }
  return `(?:${months.join('|')})`;
}

/** A Gregorian month, once or paired (see {@link monthPair}), Libyan names excluded. */
export const GREGORIAN_MONTH_PAIR_PATTERN = monthPair(false);

/** A Gregorian month, once or paired, Libyan names included: only for dates that also give a day and a year. */
export const ANY_GREGORIAN_MONTH_PAIR_PATTERN = monthPair(true);

const LEADING_GREGORIAN = new RegExp(`^${GREGORIAN_MONTH_PATTERN}`, 'u');
const LEADING_HIJRI = new RegExp(`^${HIJRI_MONTH_PATTERN}`, 'u');
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY_PATTERN}`, 'u');

/**
 * The Gregorian month that normalized `text` starts with (the first name of a pair), if any.
 *
 * @example
 * ```ts
 * gregorianMonthAt('يونيو/حزيران')?.month //=> 6
 * ```
 */
export function gregorianMonthAt(text: string): GregorianMonthName | undefined {
  const found = LEADING_GREGORIAN.exec(text);
  return found ? MONTHS.gregorian.get(termKey(found[0])) : undefined;
}

/**
 * The Hijri month number (1 = محرم) that normalized `text` starts with, if any.
 *
 * @example
 * ```ts
 * hijriMonthAt('شوال') //=> 10
 * ```
 */
export function hijriMonthAt(text: string): number | undefined {
  const found = LEADING_HIJRI.exec(text);
  return found ? MONTHS.hijri.get(termKey(found[0])) : undefined;
}

/**
 * The weekday (0 = الأحد, as `Date.getUTCDay()`) that normalized `text` starts with, if any.
 *
 * @example
 * ```ts
 * weekdayAt('الخميس المقبل') //=> 4
 * ```
 */
export function weekdayAt(text: string): number | undefined {
  const found = LEADING_WEEKDAY.exec(text);
  return found ? MONTHS.weekdays.get(termKey(found[0])) : undefined;
}
