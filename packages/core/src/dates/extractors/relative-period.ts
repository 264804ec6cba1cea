import { candidateAt } from '../candidate.js';
import { DATE_WORDS } from '../date-words.js';
import { termKey } from '../month-patterns.js';
import {
  DAY_OF,
  DEMONSTRATIVE,
  DIRECTION,
  DIRECTION_OFFSET,
  groupsOf,
  PERIOD,
  readDay,
  SP,
  wordStart,
} from '../patterns.js';
import type { DateExtractor } from '../types.js';

/** The month noun, for the day that may come before it (العاشر من الشهر الجاري). */
const MONTH_PERIOD = [...DATE_WORDS.periods].find(([, unit]) => unit === 'month')?.[0] ?? 'الشهر';

const PATTERN = new RegExp(
  `(?:${DAY_OF}(?=${MONTH_PERIOD}))?${wordStart(`${DEMONSTRATIVE}|${PERIOD}`)}` +
    `(?:(?<this>${DEMONSTRATIVE})${SP}+(?<thisUnit>${PERIOD})|(?<unit>${PERIOD})${SP}+(?<direction>${DIRECTION}))`,
  'gu',
);

/**
 * A period counted from the reference date: `الأسبوع الماضي`, `الشهر الجاري`, `العام الماضي`,
 * `السنة المقبلة`, `هذا العام`, and a day of a relative month: `26 من الشهر الماضي`, `العاشر من
 * الشهر الجاري` (`dates/relative-period`). A month or year is exact; a week has no day, and gives
 * its month only when the whole week must lie in one (see `resolve-date.ts`).
 *
 * @example
 * ```ts
 * parseDates('الأسبوع الماضي', { reference: '2020-12-27' })[0]?.value //=> '2020-12'
 * ```
 */
export const relativePeriod: DateExtractor = {
  name: 'relative-period',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const unitText = groups.thisUnit ?? groups.unit;
    const unit = unitText === undefined ? undefined : DATE_WORDS.periods.get(termKey(unitText));
    if (unit === undefined) return null;
    const direction = groups.direction === undefined ? 'current' : DATE_WORDS.directions.get(termKey(groups.direction));
    if (direction === undefined) return null;
    const day = readDay(groups);
    return candidateAt(context, match.index, match.index + match[0].length, 'dates/relative-period', 'gregorian', {
      period: { unit, offset: DIRECTION_OFFSET[direction] },
      ...(day === null ? {} : { day }),
    });
  },
};
