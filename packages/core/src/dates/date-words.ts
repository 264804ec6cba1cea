/**
 * The words of date expressions other than month and weekday names, from
 * `data/relative-dates.ar.json`, checked against a zod schema when the module loads and keyed by
 * `normalize()`d form (see {@link termKey}).
 */
import { z } from 'zod';
import relativeData from '../../data/relative-dates.ar.json';
import { parseLexicon } from '../lexicon/schemas.js';
import { termKey } from './month-patterns.js';

/** A word or phrase as written in Arabic text: non-empty, no surrounding or doubled spaces. */
const term = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !s.includes('  '), { message: 'no leading, trailing or doubled spaces' });
const terms = z.array(term).min(1);

/** `data/relative-dates.ar.json`. */
export const RelativeDatesFileSchema = z.object({
  $comment: z.string().optional(),
  /** Words for a day counted from the reference date: `offset` 0 today, -1 yesterday … */
  relativeDays: z.array(z.object({ offset: z.number().int().min(-7).max(7), names: terms })).min(1),
  /** Relative days read only with a part of the day before them or a weekday after them: صباح غد, غد الخميس (not غد أفضل). */
  boundRelativeDays: z.array(term),
  /** Parts of a day, or `يوم`, written before a relative day or a weekday: مساء أمس, يوم الخميس. */
  timesOfDay: terms,
  /** Words after a month, weekday or period that place it before, after or at the reference date. */
  directions: z.object({ last: terms, next: terms, current: terms }),
  /** Nouns of periods counted from the reference: الأسبوع, الشهر, العام. */
  periods: z.array(z.object({ unit: z.enum(['week', 'month', 'year']), names: terms })).length(3),
  /** `هذا`/`هذه` before a period: the current one. */
  demonstratives: terms,
  /** Words that introduce a year: عام 2019. */
  yearWords: terms,
  /** Words that introduce a month name: شهر أغسطس. */
  monthWords: terms,
  /** The word between a day and its month: الرابع من يونيو. */
  of: terms,
  /** Marks after a year: هـ (Hijri) and م (Gregorian). */
  marks: z.object({ hijri: terms, gregorian: terms }),
  /** Words joining the two halves of a dual-calendar date: الموافق. */
  dualJoiners: terms,
  /** Epithets that make a bare Hijri month name a date: رمضان المبارك. */
  hijriEpithets: terms,
  /** Month names that are also common words (مارس "practised", آب/أب "father"): never read alone. */
  weakMonthNames: terms,
  /** Ordinal words for days 1–31, read only before `من` and a month: الرابع من يونيو. */
  dayOrdinals: z
    .array(z.object({ day: z.number().int().min(1).max(31), names: terms }))
    .length(31)
    .refine((days) => days.every((d, i) => d.day === i + 1), { message: 'days must be numbered 1 to 31, in order' }),
  /** Words for the first day of a month, with or without `من`: غرة شوال. */
  firstOfMonth: terms,
  /** Nouns an ordinal qualifies when it is not a day: الأسبوع الأول من يونيو, كانون الأول. */
  ordinalNotAfter: terms,
  /** `اليوم` is not today after these words or phrases (ذلك اليوم, مثل هذا اليوم) or before these ones (اليوم الوطني). */
  notToday: z.object({ before: terms, after: terms }),
  /** `أمس` is not yesterday before these words: في أمس الحاجة. */
  notYesterday: z.object({ after: terms }),
  /** Outlets named `X اليوم`: `always` are never today; `inContext` only when quoted, after a media word, or in a dateline. */
  outletsNamedToday: z.object({ always: terms, inContext: terms }),
  /** Nouns naming a medium, before an outlet's name: قناة روسيا اليوم. */
  mediaWords: terms,
  /** A bare weekday name is no day after or before these words: الواحد الأحد, الأحد عشر, الاثنين معا. */
  notWeekday: z.object({ before: terms, after: terms }),
  /**
   * What marks the clause before a weekday as future: marker words, and `س` + verb (with the words
   * that only look like one); the clause starts after sentence punctuation or a clause break (التي).
   */
  future: z.object({ clauseBreaks: terms, markers: terms, notVerbs: terms }),
});

export type RelativeDatesFile = z.infer<typeof RelativeDatesFileSchema>;

/** Where a partial date (no year, or a bare weekday) falls relative to the reference date. */
export type DateDirection = 'last' | 'next' | 'current';

/** A period counted from the reference date. */
export type PeriodUnit = 'week' | 'month' | 'year';

/** The date words, keyed by normalized form. */
export interface DateWords {
  readonly file: RelativeDatesFile;
  /** Day offset by relative-day word (`امس` → -1). */
  readonly relativeDays: ReadonlyMap<string, number>;
  readonly boundRelativeDays: ReadonlySet<string>;
  readonly timesOfDay: ReadonlySet<string>;
  /** Direction by word (`الماضيه` → `last`). */
  readonly directions: ReadonlyMap<string, DateDirection>;
  /** Period unit by noun (`الاسبوع` → `week`). */
  readonly periods: ReadonlyMap<string, PeriodUnit>;
  /** Day number by ordinal word (`الرابع` → 4). */
  readonly dayOrdinals: ReadonlyMap<string, number>;
  readonly firstOfMonth: ReadonlySet<string>;
  readonly weakMonthNames: ReadonlySet<string>;
  readonly notTodayBefore: ReadonlySet<string>;
  readonly notTodayAfter: ReadonlySet<string>;
  readonly notYesterdayAfter: ReadonlySet<string>;
  readonly outletsAlways: ReadonlySet<string>;
  readonly outletsInContext: ReadonlySet<string>;
  readonly mediaWords: ReadonlySet<string>;
  readonly notWeekdayBefore: ReadonlySet<string>;
  readonly notWeekdayAfter: ReadonlySet<string>;
  readonly futureClauseBreaks: ReadonlySet<string>;
  readonly futureMarkers: ReadonlySet<string>;
  readonly futureNotVerbs: ReadonlySet<string>;
}

const keySet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(termKey));

function load(): DateWords {
  const file = parseLexicon(RelativeDatesFileSchema, relativeData, 'relative-dates.ar.json');
  const relativeDays = new Map<string, number>();
  for (const { offset, names } of file.relativeDays) for (const name of names) relativeDays.set(termKey(name), offset);
  const directions = new Map<string, DateDirection>();
  for (const direction of ['last', 'next', 'current'] as const) {
    for (const name of file.directions[direction]) directions.set(termKey(name), direction);
  }
  const periods = new Map<string, PeriodUnit>();
  for (const { unit, names } of file.periods) for (const name of names) periods.set(termKey(name), unit);
  const dayOrdinals = new Map<string, number>();
  for (const { day, names } of file.dayOrdinals) for (const name of names) dayOrdinals.set(termKey(name), day);
  return {
    file,
    relativeDays,
    boundRelativeDays: keySet(file.boundRelativeDays),
    timesOfDay: keySet(file.timesOfDay),
    directions,
    periods,
    dayOrdinals,
    firstOfMonth: keySet(file.firstOfMonth),
    weakMonthNames: keySet(file.weakMonthNames),
    notTodayBefore: keySet(file.notToday.before),
    notTodayAfter: keySet(file.notToday.after),
    notYesterdayAfter: keySet(file.notYesterday.after),
    outletsAlways: keySet(file.outletsNamedToday.always),
    outletsInContext: keySet(file.outletsNamedToday.inContext),
    mediaWords: keySet(file.mediaWords),
    notWeekdayBefore: keySet(file.notWeekday.before),
    notWeekdayAfter: keySet(file.notWeekday.after),
    futureClauseBreaks: keySet(file.future.clauseBreaks),
    futureMarkers: keySet(file.future.markers),
    futureNotVerbs: keySet(file.future.notVerbs),
  };
}

/**
 * The words of `data/relative-dates.ar.json`, validated when the module loads, keyed by
 * `normalize()`d form with single spaces.
 *
 * @example
 * ```ts
 * DATE_WORDS.relativeDays.get('امس الاول') //=> -2
 * DATE_WORDS.directions.get('المقبله')     //=> 'next'
 * DATE_WORDS.dayOrdinals.get('الرابع')     //=> 4
 * ```
 */
export const DATE_WORDS: DateWords = load();

/** Normalized keys of a list of terms, for building patterns. */
export function keysOf(list: readonly string[]): string[] {
  return list.map(termKey);
}
