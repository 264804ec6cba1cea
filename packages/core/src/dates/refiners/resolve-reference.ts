import { resolveDate } from '../resolve-date.js';
import type { DateRefiner } from '../types.js';

/**
 * Gives every candidate its value, precision and resolution, from its parts and the reference
 * date (see `resolve-date.ts` for the decisions). Keep it after the refiners that change parts.
 *
 * @example
 * ```ts
 * parseDates('مساء أمس', { reference: '2015-08-11' })[0]?.value //=> '2015-08-10'
 * ```
 */
export const resolveReference: DateRefiner = {
  name: 'resolve-reference',
  refine(candidates, context) {
    return candidates.map((candidate) => ({
      ...candidate,
      resolved: resolveDate(candidate.calendar, candidate.parts, context.reference),
    }));
  },
};
