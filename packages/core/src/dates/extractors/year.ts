import { candidateAt } from '../candidate.js';
import { CLITIC_START, GREGORIAN_MARK, groupsOf, HIJRI_MARK, SP, YEAR_WORD } from '../patterns.js';
import type { DateExtractor } from '../types.js';

/** `في` before a bare year: it introduces the year but stays outside the mention. */
const IN = 'في';
/** A plausible year of the news: a bare number outside it (قرار رقم 2254) is a count, not a year. */
const NEWS_YEARS = [1900, 2100] as const;
/** After عام/سنة with a م mark, history is plausible too: توفي عام 1677م. */
const HISTORY_YEARS = [1000, 2100] as const;
/** Hijri years with their هـ mark. */
const HIJRI_YEARS = [1000, 1600] as const;

/** Four digits that are not one end of a range (1436/1437هـ, 2014-2015, 26 - 5 - 1436هـ). */
const LONE_YEAR = `(?<!\\p{N}${SP}*[/\\-]${SP}*)(?<!\\p{N})\\d{4}(?!\\p{N})(?!${SP}*[/\\-]${SP}*\\p{N})`;
const MARK = `(?:${SP}*(?:(?<hijri>${HIJRI_MARK})|(?<gregorian>${GREGORIAN_MARK})))`;
/** The same, without capture groups, to look ahead for. */
const ANY_MARK = `(?:${SP}*(?:${HIJRI_MARK}|${GREGORIAN_MARK}))`;

const PATTERN = new RegExp(
  `(?=${YEAR_WORD}|\\d)(?:${CLITIC_START}(?<yearWord>${YEAR_WORD})${SP}+(?<afterWord>${LONE_YEAR})` +
    `|(?<=${CLITIC_START}${IN}${SP}+)(?<afterIn>${LONE_YEAR})` +
    `|(?<marked>${LONE_YEAR})(?=${ANY_MARK}))${MARK}?`,
  'gu',
);

const within = (year: number, [min, max]: readonly [number, number]) => year >= min && year <= max;

/**
 * A year alone: `عام 2019`, `العام 2016`, `سنة 2019`, `في 2019` (the `في` stays outside), `2015م`,
 * `1396هـ` (`dates/year`). A bare number needs `عام`/`سنة`/`في` before it and a year of the news
 * (1900–2100), so counts (قرار رقم 2254) are not years; a م mark after `عام` allows history back
 * to 1000. Ranges (`1436/1437هـ`, `2014-2015`) are school or fiscal years: neither end is read.
 * A Hijri year gives the Gregorian year only when it falls inside one (rarely), else null.
 *
 * @example
 * ```ts
 * parseDates('في نهاية عام 2019')[0]?.value //=> '2019'
 * ```
 */
export const year: DateExtractor = {
  name: 'year',
  pattern: PATTERN,
  extract(match, context) {
    const groups = groupsOf(match);
    const digits = groups.afterWord ?? groups.afterIn ?? groups.marked;
    if (digits === undefined) return null;
    const value = Number(digits);
    const end = match.index + match[0].length;
    if (groups.hijri !== undefined) {
      if (!within(value, HIJRI_YEARS)) return null;
      return candidateAt(context, match.index, end, 'dates/year', 'hijri', { year: value });
    }
    const range = groups.gregorian !== undefined && groups.yearWord !== undefined ? HISTORY_YEARS : NEWS_YEARS;
    if (!within(value, range)) return null;
    return candidateAt(context, match.index, end, 'dates/year', 'gregorian', { year: value });
  },
};
