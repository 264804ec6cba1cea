/**
 * Regex sources shared by the date extractors, built once from the lexicons with
 * `lexicon/pattern.ts`. They match `normalize()`d text (so أ is ا, ة is ه, digits are ASCII) and
 * are compiled with the `u` flag. No group that holds a quantifier is itself repeated.
 */
import { alternation, WORD_END } from '../lexicon/pattern.js';
import { DATE_WORDS, type DateDirection, keysOf } from './date-words.js';
import { SP, termKey } from './month-patterns.js';
import type { DateParts } from './types.js';

export { SP } from './month-patterns.js';

const W = DATE_WORDS.file;

/** A letter, mark or digit of any script. */
const EDGE = '[\\p{L}\\p{M}\\p{N}]';

/**
 * A word start, allowing the clitics و and ف before the word (وأمس, فاليوم): they stay outside
 * the match, which starts at the word proper. Written as two short lookbehinds (no letter other
 * than و/ف before, and not two letters before), which V8 runs far faster than an alternation of
 * lookbehinds.
 */
export const CLITIC_START = `(?<!(?![وف])${EDGE})(?<!${EDGE}${EDGE})`;

/**
 * A word start (see {@link CLITIC_START}) where one of `first` begins. The lookahead comes first on
 * purpose: V8 screens positions with a literal alternation quickly, and only runs the lookbehinds
 * where a word could begin, which makes the pattern several times faster on long text.
 */
export function wordStart(first: string): string {
  return `(?=${first})${CLITIC_START}`;
}

/** A day of the month in digits (5, 05, 25), not part of a longer number, a time or a fraction. */
export const DIGIT_DAY = '(?<![\\p{N}.:/])0?\\d{1,2}(?!\\p{N})';

/** A four-digit number standing alone. */
export const YEAR_DIGITS = '(?<!\\p{N})\\d{4}(?!\\p{N})';

/**
 * Spaces, maybe with one comma among them, between a month and its year (25 أغسطس، 2015). Written
 * so that no two space runs can share the same spaces: `SP*[،,]?SP*` would try every split of a
 * long run of spaces, which is quadratic.
 */
export const COMMA_GAP = `${SP}*(?:[،,]${SP}*)?`;

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
  `(?=\\d|${alternation(DATE_WORDS.dayOrdinals.keys())}|${FIRST_OF_MONTH})` +
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

/** The groups of a match, or an empty record. */
export function groupsOf(match: RegExpExecArray): Record<string, string | undefined> {
  return match.groups ?? {};
}

/**
 * The day read by {@link DAY_OF}, or null when the groups hold none or it is outside 1–31.
 *
 * @example
 * ```ts
 * readDay({ ordinal: 'الرابع' }) //=> 4
 * ```
 */
export function readDay(groups: Record<string, string | undefined>): number | null {
  let day: number | undefined;
  if (groups.digits !== undefined) day = Number(groups.digits);
  else if (groups.ordinal !== undefined) day = DATE_WORDS.dayOrdinals.get(termKey(groups.ordinal));
  else if (groups.first !== undefined) day = 1;
  return day !== undefined && day >= 1 && day <= 31 ? day : null;
}

/** What {@link MONTH_TAIL} says: a direction, or the year as a period of the reference. */
export function readMonthTail(groups: Record<string, string | undefined>): Pick<DateParts, 'direction' | 'period'> {
  if (groups.direction !== undefined) return { direction: DATE_WORDS.directions.get(termKey(groups.direction)) };
  if (groups.yearThis !== undefined) return { period: { unit: 'year', offset: 0 } };
  if (groups.yearDirection !== undefined) {
    return {
      period: {
        unit: 'year',
        offset: DIRECTION_OFFSET[DATE_WORDS.directions.get(termKey(groups.yearDirection)) ?? 'current'],
      },
    };
  }
  return {};
}

/** How many periods from the reference each direction points: الماضي −1, الجاري 0, المقبل +1. */
export const DIRECTION_OFFSET: Readonly<Record<DateDirection, number>> = { last: -1, current: 0, next: 1 };
