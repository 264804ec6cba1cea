import type { DateCandidate, DateRefiner } from '../types.js';

const length = (c: DateCandidate) => c.end - c.start;

/**
 * Keeps one candidate where several overlap: the longest, and the first of equally long ones.
 * Extractors read overlapping pieces on purpose (`أغسطس 2015` inside `10 أغسطس 2015`, `1436 هـ`
 * inside `25 شوال 1436 هـ`); the whole expression wins. The result is sorted by start.
 *
 * @example
 * ```ts
 * parseDates('25 شوال 1436 هـ').map((m) => m.rule) //=> ['dates/hijri-date']
 * ```
 */
export const removeOverlaps: DateRefiner = {
  name: 'remove-overlaps',
  refine(candidates) {
    const sorted = [...candidates].sort((a, b) => a.start - b.start || length(b) - length(a));
    const kept: DateCandidate[] = [];
    for (const candidate of sorted) {
      const last = kept[kept.length - 1];
      if (!last || candidate.start >= last.end) kept.push(candidate);
      else if (length(candidate) > length(last)) kept[kept.length - 1] = candidate;
    }
    return kept;
  },
};
