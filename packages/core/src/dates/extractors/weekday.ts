import { alternation, WORD_END } from '../../lexicon/pattern.js';
import { candidateAt } from '../candidate.js';
import { DATE_WORDS } from '../date-words.js';
import { termKey, WEEKDAY_PATTERN, weekdayAt } from '../month-patterns.js';
import { DIRECTION, groupsOf, SP, wordStart } from '../patterns.js';
import type { DateExtractor } from '../types.js';

const TIME_OF_DAY = `${alternation(DATE_WORDS.timesOfDay)}${WORD_END}`;

const PATTERN = new RegExp(
  `${wordStart(`${TIME_OF_DAY}|${WEEKDAY_PATTERN}`)}(?:${TIME_OF_DAY}${SP}+)?(?<weekday>${WEEKDAY_PATTERN})(?:${SP}+(?<direction>${DIRECTION}))?`,
  'gu',
);

/**
 * A weekday: `الخميس`, `يوم الخميس`, `مساء الجمعة`, `الخميس الماضي`, `الجمعة المقبلة`
 * (`dates/weekday`). Bare, it is the latest such day on or before the reference (news reports the
 * past); `الماضي` makes it strictly before, `المقبل`/`القادم` strictly after, and a future-tense
 * clause (سيلتقي … الخميس, set by `mark-future`) on or after. Without a reference it is unresolved.
 *
 * @example
 * ```ts
 * parseDates('الثلاثاء القادم', { reference: '2015-08-09' })[0]?.value //=> '2015-08-11'
 * ```
 */
export const weekday: DateExtractor = {
  name: 'weekday',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const day = groups.weekday === undefined ? undefined : weekdayAt(groups.weekday);
    if (day === undefined) return null;
    const direction = groups.direction === undefined ? undefined : DATE_WORDS.directions.get(termKey(groups.direction));
    return candidateAt(context, match.index, match.index + match[0].length, 'dates/weekday', 'gregorian', {
      weekday: day,
      ...(direction === undefined ? {} : { direction }),
    });
  },
};
