import { alternation, WORD_END } from '../../lexicon/pattern.js';
import { candidateAt } from '../candidate.js';
import { DATE_WORDS, keysOf } from '../date-words.js';
import { HIJRI_MONTH_PATTERN, hijriMonthAt } from '../month-patterns.js';
import {
  COMMA_GAP,
  DIRECTION,
  groupsOf,
  HIJRI_MARK,
  MONTH_WORD,
  readMonthTail,
  SP,
  wordStart,
  YEAR_DIGITS,
  YEAR_WORD,
} from '../patterns.js';
import type { DateExtractor } from '../types.js';

const MIN_BARE_YEAR = 1300;
const MAX_YEAR = 1600;
const EPITHET = `${alternation(keysOf(DATE_WORDS.file.hijriEpithets))}${WORD_END}`;

const PATTERN = new RegExp(
  `${wordStart(`${MONTH_WORD}|${HIJRI_MONTH_PATTERN}`)}(?:(?<monthWord>${MONTH_WORD})${WORD_END}${SP}+)?(?<month>${HIJRI_MONTH_PATTERN})` +
    `(?:${COMMA_GAP}(?:${YEAR_WORD}${SP}*)?(?<year>${YEAR_DIGITS})(?:${SP}*(?<mark>${HIJRI_MARK}))?` +
    `|${SP}+(?<direction>${DIRECTION})|${SP}+(?<epithet>${EPITHET}))?`,
  'gu',
);

/**
 * A Hijri month with no day: `رمضان 1436`, `شهر رمضان`, `رمضان المبارك`, `شوال الماضي`
 * (`dates/hijri-month`). Month names are also personal names (رمضان قاديروف, رجب طيب أردوغان),
 * so a bare name is read only after `شهر`, or with a year, a direction or an epithet (المبارك).
 * The value is the smallest Gregorian period holding the whole month (Ramadan 1436 → `2015`);
 * with no year, the reference's Hijri year (or the one the direction points to) is taken, and
 * with no reference the month is unresolved.
 *
 * @example
 * ```ts
 * parseDates('خلال شهر رمضان', { reference: '2015-07-21' })[0]?.value //=> '2015'
 * ```
 */
export const hijriMonth: DateExtractor = {
  name: 'hijri-month',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const month = groups.month === undefined ? undefined : hijriMonthAt(groups.month);
    if (month === undefined) return null;
    const end = match.index + match[0].length;
    if (groups.year !== undefined) {
      const year = Number(groups.year);
      if (year > MAX_YEAR || (groups.mark === undefined && year < MIN_BARE_YEAR)) return null;
      return candidateAt(context, match.index, end, 'dates/hijri-month', 'hijri', { year, month });
    }
    const supported = groups.monthWord !== undefined || groups.direction !== undefined || groups.epithet !== undefined;
    if (!supported) return null;
    return candidateAt(context, match.index, end, 'dates/hijri-month', 'hijri', { month, ...readMonthTail(groups) });
  },
};
