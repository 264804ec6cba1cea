import { alternation, WORD_END } from '../../lexicon/pattern.js';
import { candidateAt } from '../candidate.js';
import { DATE_WORDS } from '../date-words.js';
import { termKey, WEEKDAY_PATTERN, weekdayAt } from '../month-patterns.js';
import { groupsOf, SP, weekdayAfter, wordStart } from '../patterns.js';
import type { DateExtractor } from '../types.js';

const TIME_OF_DAY = `${alternation(DATE_WORDS.timesOfDay)}${WORD_END}`;
const RELATIVE_DAY = `${alternation(DATE_WORDS.relativeDays.keys())}${WORD_END}`;

const PATTERN = new RegExp(
  `${wordStart(`${TIME_OF_DAY}|${RELATIVE_DAY}`)}(?:(?<timeOfDay>${TIME_OF_DAY})${SP}+)?(?<word>${RELATIVE_DAY})(?:${weekdayAfter(WEEKDAY_PATTERN)})?`,
  'gu',
);

/**
 * A day counted from the reference date, maybe with a part of the day before it and a weekday
 * after it: `اليوم`, `أمس`, `أمس الأول`, `أول من أمس`, `غداً`, `بعد غد`, `مساء أمس`, `صباح اليوم`,
 * `صباح غد`, `الليلة`, `اليوم الاثنين`, `اليوم (الأحد)`, `أمس الأربعاء` (`dates/relative-day`). Without a
 * reference it is unresolved. `اليوم` in outlet names (عين اليوم) and phrases (اليوم الوطني) is
 * dropped by the `drop-non-dates` refiner.
 *
 * @example
 * ```ts
 * parseDates('استقبل أمس الأربعاء', { reference: '2015-08-06' })[0]?.value //=> '2015-08-05'
 * ```
 */
export const relativeDay: DateExtractor = {
  name: 'relative-day',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const word = termKey(groups.word ?? '');
    const offset = DATE_WORDS.relativeDays.get(word);
    if (offset === undefined) return null;
    const weekdayText = groups.weekday ?? groups.weekdayBare;
    // غد alone is "a tomorrow" (غد أفضل): a date only in صباح غد, يوم غد, غد الخميس.
    if (DATE_WORDS.boundRelativeDays.has(word) && groups.timeOfDay === undefined && weekdayText === undefined) {
      return null;
    }
    const weekday = weekdayText === undefined ? undefined : weekdayAt(weekdayText);
    return candidateAt(context, match.index, match.index + match[0].length, 'dates/relative-day', 'gregorian', {
      dayOffset: offset,
      ...(weekday === undefined ? {} : { weekday }),
    });
  },
};
