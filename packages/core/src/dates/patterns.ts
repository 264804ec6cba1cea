/**
 * Regex sources shared by the date extractors, built once from the lexicons with
 * `lexicon/pattern.ts`. They match `normalize()`d text (so أ is ا, ة is ه, digits are ASCII) and
 * are compiled with the `u` flag. No group that holds a quantifier is itself repeated.
 */
import { alternation, WORD_END } from '../lexicon/pattern.js';
import { DATE_WORDS, keysOf } from './date-words.js';
import { SP } from './month-patterns.js';

export { SP } from './month-patterns.js';

const W = DATE_WORDS.file;

/** Not preceded by a letter, mark or digit: a word start in any script. */
const EDGE = '[\\p{L}\\p{M}\\p{N}]';

/**
 * A word start, allowing the clitics و and ف before the word (وأمس, فاليوم): they stay outside
 * the match, which starts at the word proper.
 */
export const CLITIC_START = `(?:(?<!${EDGE})|(?<=(?<!${EDGE})[وف]))`;

/** A day of the month in digits (5, 05, 25), not part of a longer number, a time or a fraction. */
export const DIGIT_DAY = '(?<![\\p{N}.:/])0?\\d{1,2}(?!\\p{N})';

/** A four-digit number standing alone. */
export const YEAR_DIGITS = '(?<!\\p{N})\\d{4}(?!\\p{N})';

/** `من` between a day and its month, maybe followed by `شهر`: الرابع من (شهر) يونيو. */
export const OF = alternation(keysOf(W.of));
export const MONTH_WORD = alternation(keysOf(W.monthWords));
export const YEAR_WORD = `${alternation(keysOf(W.yearWords))}${WORD_END}`;

/** Ordinal day words (الرابع, الحادي والعشرين), not right after a noun they would qualify (الأسبوع الأول). */
export const ORDINAL_DAY = `(?<!${alternation(keysOf(W.ordinalNotAfter))}${SP}+)${alternation(DATE_WORDS.dayOrdinals.keys())}${WORD_END}`;
export const FIRST_OF_MONTH = `${alternation(DATE_WORDS.firstOfMonth)}${WORD_END}`;

/**
 * A day before its month, in three capture groups: `digits` (5, 5 من), `ordinal` (الرابع من, which
 * needs `من`), `first` (غرة). The day ends with the spaces before the month, and maybe `شهر`.
 */
export const DAY_OF =
  `(?:(?<digits>${DIGIT_DAY})(?:${SP}*${OF}${WORD_END})?` +
  `|${CLITIC_START}(?<ordinal>${ORDINAL_DAY})${SP}+${OF}${WORD_END}` +
  `|${CLITIC_START}(?<first>${FIRST_OF_MONTH})(?:${SP}+${OF}${WORD_END})?)` +
  `${SP}*(?:${MONTH_WORD}${SP}+)?`;

/** A direction word after a month, a weekday or a period: الماضي, المقبلة, الجاري … */
export const DIRECTION = `${alternation(DATE_WORDS.directions.keys())}${WORD_END}`;

/** `هذا`/`هذه`. */
export const DEMONSTRATIVE = `${alternation(keysOf(W.demonstratives))}${WORD_END}`;

/** Period nouns: الأسبوع, الشهر, العام, السنة. */
export const PERIOD = `${alternation(DATE_WORDS.periods.keys())}${WORD_END}`;

/** Year nouns among the periods (العام, السنة), for `من العام الماضي` after a month. */
export const YEAR_PERIOD = `${alternation(
  [...DATE_WORDS.periods].filter(([, unit]) => unit === 'year').map(([key]) => key),
)}${WORD_END}`;

/**
 * What may follow a month that has no year: a direction (`الماضي`) in group `direction`, or the
 * year as a period of the reference (`من العام الماضي`, `هذا العام`) in groups `yearThis` /
 * `yearDirection`.
 */
export const MONTH_TAIL =
  `(?:${SP}+(?:(?<direction>${DIRECTION})` +
  `|(?:${OF}${SP}+)?(?:(?<yearThis>${DEMONSTRATIVE})${SP}+${YEAR_PERIOD}|${YEAR_PERIOD}${SP}+(?<yearDirection>${DIRECTION}))))`;

/** A Gregorian year mark (م), as a word of its own: 2015م, 2015 م. */
export const GREGORIAN_MARK = `${alternation(keysOf(W.marks.gregorian))}${WORD_END}`;

/** A Hijri year mark (هـ → ه), also when glued to what follows (هـالموافق). */
export const HIJRI_MARK = `${alternation(keysOf(W.marks.hijri))}(?:${WORD_END}|(?=ا?لموافق))`;

/** Words that join the two halves of a dual date: الموافق, الموافق لـ. */
export const DUAL_JOINER = `${alternation(keysOf(W.dualJoiners))}${WORD_END}`;

/** A weekday name in brackets or after spaces, in group `weekday`: `أمس (الأحد)`, `اليوم الاثنين`. */
export function weekdayAfter(weekday: string): string {
  return `(?:${SP}*\\(${SP}*(?<weekday>${weekday})${SP}*\\)|${SP}+(?<weekdayBare>${weekday}))`;
}
