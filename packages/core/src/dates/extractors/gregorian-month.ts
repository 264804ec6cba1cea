import { WORD_END } from '../../lexicon/pattern.js';
import { candidateAt } from '../candidate.js';
import { DATE_WORDS } from '../date-words.js';
import { GREGORIAN_MONTH_PAIR_PATTERN, GREGORIAN_MONTH_PATTERN, gregorianMonthAt, termKey } from '../month-patterns.js';
import {
  COMMA_GAP,
  GREGORIAN_MARK,
  groupsOf,
  MONTH_TAIL,
  MONTH_WORD,
  OF,
  readMonthTail,
  SP,
  wordStart,
  YEAR_DIGITS,
  YEAR_WORD,
} from '../patterns.js';
import type { DateExtractor } from '../types.js';

const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

const PATTERN = new RegExp(
  `${wordStart(`${MONTH_WORD}|${GREGORIAN_MONTH_PATTERN}`)}(?:(?<monthWord>${MONTH_WORD})${WORD_END}${SP}+)?(?<month>${GREGORIAN_MONTH_PAIR_PATTERN})` +
    `(?:${COMMA_GAP}(?:${OF}${SP}+)?(?:${YEAR_WORD}${SP}*)?(?<year>${YEAR_DIGITS})(?:${SP}*${GREGORIAN_MARK})?` +
    `|${MONTH_TAIL})?`,
  'gu',
);

/**
 * A Gregorian month with no day: `نوفمبر 2019` (`dates/month-year`), `يونيو (حزيران) الماضي`,
 * `في مايو/أيار`, `شهر أغسطس الجاري` (`dates/month`, placed by the reference). Names that are
 * also common words (مارس, آب …, see `weakMonthNames`) need a year, a direction, `شهر` or a
 * second name beside them.
 *
 * @example
 * ```ts
 * parseDates('في نوفمبر 2019')[0]?.value //=> '2019-11'
 * ```
 */
export const gregorianMonth: DateExtractor = {
  name: 'gregorian-month',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const monthText = groups.month ?? '';
    const month = gregorianMonthAt(monthText);
    if (!month) return null;
    const end = match.index + match[0].length;
    if (groups.year !== undefined) {
      const year = Number(groups.year);
      if (year < MIN_YEAR || year > MAX_YEAR) return null;
      return candidateAt(context, match.index, end, 'dates/month-year', 'gregorian', { year, month: month.month });
    }
    const tail = readMonthTail(groups);
    // A weak name alone (no second name of the pair) needs `شهر` or a tail to be a month.
    const weakAlone = DATE_WORDS.weakMonthNames.has(termKey(monthText));
    const supported = groups.monthWord !== undefined || tail.direction !== undefined || tail.period !== undefined;
    if (weakAlone && !supported) return null;
    return candidateAt(context, match.index, end, 'dates/month', 'gregorian', { month: month.month, ...tail });
  },
};
