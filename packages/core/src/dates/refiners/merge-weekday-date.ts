import { spanOf } from '../../model.js';
import { normalizedText } from '../../text/normalize.js';
import { DUAL_JOINER, SP } from '../patterns.js';
import type { DateCandidate, DateRefiner } from '../types.js';

/** Between the weekday and the date: spaces, maybe a comma, maybe الموافق. */
const GAP = new RegExp(`^${SP}*(?:[،,]${SP}*)?(?:${DUAL_JOINER}${SP}*)?$`, 'u');
/** A longer gap holds more than a comma and a joiner. */
const MAX_GAP = 24;

function isDayWord(candidate: DateCandidate): boolean {
  if (candidate.rule === 'dates/relative-day') return true;
  return candidate.rule === 'dates/weekday' && candidate.parts.direction === undefined;
}

function isCalendarDate(candidate: DateCandidate): boolean {
  const { parts } = candidate;
  return parts.month !== undefined && parts.day !== undefined && parts.dayOffset === undefined;
}

/**
 * Joins a weekday or a relative day to the calendar date right after it: `يوم السبت 13 يونيو
 * الحالي`, `الجمعة ,08 كانون الثاني / يناير`, `الأحد 25 شوال 1436 هـ`, `اليوم 20 يوليو (تموز)`.
 * The date gives the value and the rule; the weekday is kept in the parts. Runs on
 * non-overlapping candidates, after `merge-dual-calendar`.
 *
 * @example
 * ```ts
 * parseDates('يوم السبت 13 يونيو 2015')[0]?.text //=> 'يوم السبت 13 يونيو 2015'
 * ```
 */
export const mergeWeekdayDate: DateRefiner = {
  name: 'merge-weekday-date',
  refine(candidates, context) {
    const merged: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const first = candidates[i] as DateCandidate;
      const second = candidates[i + 1];
      if (
        !second ||
        !isDayWord(first) ||
        !isCalendarDate(second) ||
        second.start - first.end > MAX_GAP ||
        !GAP.test(normalizedText(context.text.slice(first.end, second.start)))
      ) {
        merged.push(first);
        continue;
      }
      const weekday = first.parts.weekday;
      merged.push({
        ...spanOf(context.text, first.start, second.end),
        rule: second.rule,
        calendar: second.calendar,
        parts: weekday === undefined ? second.parts : { ...second.parts, weekday },
      });
      i++;
    }
    return merged;
  },
};
