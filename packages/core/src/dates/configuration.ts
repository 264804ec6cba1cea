import { gregorianDate } from './extractors/gregorian-date.js';
import { gregorianMonth } from './extractors/gregorian-month.js';
import { hijriDate } from './extractors/hijri-date.js';
import { hijriMonth } from './extractors/hijri-month.js';
import { numericDate } from './extractors/numeric-date.js';
import { relativeDay } from './extractors/relative-day.js';
import { relativePeriod } from './extractors/relative-period.js';
import { weekday } from './extractors/weekday.js';
import { year } from './extractors/year.js';
import { dropNonDates } from './refiners/drop-non-dates.js';
import { markFuture } from './refiners/mark-future.js';
import { mergeDualCalendar } from './refiners/merge-dual-calendar.js';
import { mergeWeekdayDate } from './refiners/merge-weekday-date.js';
import { removeOverlaps } from './refiners/remove-overlaps.js';
import { resolveReference } from './refiners/resolve-reference.js';
import type { DatesConfiguration } from './types.js';

/**
 * The extractors and refiners of the dates stage, in a fresh pair of lists that callers may
 * extend. Extractors run independently (their order does not matter: overlaps are settled by
 * `remove-overlaps`); refiners run in the order given.
 *
 * @example
 * ```ts
 * const { extractors, refiners } = createDatesConfiguration();
 * extractors.map((e) => e.name) //=> ['gregorian-date', 'gregorian-month', …]
 * ```
 */
export function createDatesConfiguration(): DatesConfiguration {
  return {
    extractors: [
      gregorianDate,
      gregorianMonth,
      hijriDate,
      hijriMonth,
      numericDate,
      year,
      relativeDay,
      weekday,
      relativePeriod,
    ],
    refiners: [
      // First: a word that is no date (عين اليوم) must neither win an overlap nor be merged.
      dropNonDates,
      // Before the merges, which join neighbours: each expression must be there once, at its longest.
      removeOverlaps,
      // Before merge-weekday-date, so that `الأحد 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م` merges whole.
      mergeDualCalendar,
      mergeWeekdayDate,
      // Before resolve-reference, which reads the direction it sets.
      markFuture,
      // Keep last among the built-in refiners: it computes the values from the final parts.
      resolveReference,
    ],
  };
}
