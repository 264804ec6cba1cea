import { spanOf } from '../../model.js';
import { normalizedText } from '../../text/normalize.js';
import { DUAL_JOINER, SP } from '../patterns.js';
import type { DateCandidate, DateParts, DateRefiner } from '../types.js';

/** What may stand between the two halves: a comma, a dash or an opening bracket, and maybe الموافق. */
const GAP = new RegExp(`^${SP}*(?:[،,\\-–]${SP}*)?(?:${DUAL_JOINER}${SP}*)?(?:(?<open>\\()${SP}*)?$`, 'u');
/** A longer gap holds more than a joiner. */
const MAX_GAP = 32;
const CLOSE = /^[ \t]*\)/u;

/** How complete the parts are: a year counts most, then a month, then a day. */
function completeness(parts: DateParts): number {
  return (parts.year !== undefined ? 4 : 0) + (parts.month !== undefined ? 2 : 0) + (parts.day !== undefined ? 1 : 0);
}

function isCalendarDate(candidate: DateCandidate): boolean {
  const { parts } = candidate;
  return parts.month !== undefined && parts.day !== undefined && parts.dayOffset === undefined && !parts.period;
}

/**
 * Joins a Hijri date and a Gregorian date written for the same day into one mention
 * (`dates/dual-calendar`): `25 شوال 1436 هـ الموافق 10 أغسطس 2015 م`, `6 أغسطس (آب) 2012،
 * الموافق 17 رمضان`, `11 صفر 1436هـ (3 ديسمبر 2014م)`. The value comes from the more complete half,
 * the Gregorian one when both are complete (a Hijri date may be off by a day from moon sighting);
 * `calendar` is that half's. Runs on non-overlapping candidates.
 *
 * @example
 * ```ts
 * parseDates('25 شوال 1436 هـ الموافق 10 أغسطس 2015 م')[0]?.rule //=> 'dates/dual-calendar'
 * ```
 */
export const mergeDualCalendar: DateRefiner = {
  name: 'merge-dual-calendar',
  refine(candidates, context) {
    const merged: DateCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const first = candidates[i] as DateCandidate;
      const second = candidates[i + 1];
      if (!second || first.calendar === second.calendar || !isCalendarDate(first) || !isCalendarDate(second)) {
        merged.push(first);
        continue;
      }
      const between = context.text.slice(first.end, second.start);
      const gap = between.length <= MAX_GAP ? GAP.exec(normalizedText(between)) : null;
      if (!gap) {
        merged.push(first);
        continue;
      }
      let end = second.end;
      if (gap.groups?.open !== undefined) {
        // `(6 أغسطس 2015)` is taken with its brackets; a bracket left open means the pair is something else.
        const close = CLOSE.exec(context.text.slice(end, end + 8));
        if (!close) {
          merged.push(first);
          continue;
        }
        end += close[0].length;
      }
      const [gregorian, hijri] = first.calendar === 'gregorian' ? [first, second] : [second, first];
      const best = completeness(hijri.parts) > completeness(gregorian.parts) ? hijri : gregorian;
      merged.push({
        ...spanOf(context.text, first.start, end),
        rule: 'dates/dual-calendar',
        calendar: best.calendar,
        parts: best.parts,
      });
      i++;
    }
    return merged;
  },
};
