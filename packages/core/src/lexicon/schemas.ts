/**
 * Zod schemas for the language data files in `data/`. Each file is checked once, when the module
 * that uses it loads, so a broken data file fails loudly instead of matching nothing.
 */
import { z } from 'zod';
import { LiqaError } from '../errors.js';

/** A word or phrase as written in Arabic text: non-empty, no surrounding or doubled spaces. */
const term = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !s.includes('  '), { message: 'no leading, trailing or doubled spaces' });

const names = z.array(term).min(1);

const monthEntry = z.object({ month: z.number().int(), names });
const weekdayEntry = z.object({ weekday: z.number().int(), names });

/** Entries numbered `from`, `from + 1` … in order, as read by `numberOf`. */
function inOrder<T>(numberOf: (entry: T) => number, from: number) {
  return {
    check: (entries: readonly T[]) => entries.every((e, i) => numberOf(e) === from + i),
    message: `entries must be numbered from ${from}, in order`,
  };
}

const monthOrder = inOrder((e: z.infer<typeof monthEntry>) => e.month, 1);
const weekdayOrder = inOrder((e: z.infer<typeof weekdayEntry>) => e.weekday, 0);
/** The twelve months of a calendar, numbered 1 to 12. */
const twelveMonths = z.array(monthEntry).length(12).refine(monthOrder.check, { message: monthOrder.message });

/** One naming set of the Gregorian months (Egyptian/Gulf, Syriac, Maghrebi …). */
export const GregorianMonthSetSchema = z.object({
  set: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'kebab-case set name'),
  description: z.string().min(1),
  /** Its names are ordinary words: only read them as months between a day and a year. */
  ambiguous: z.boolean(),
  months: twelveMonths,
});

/** `data/months.ar.json`: Gregorian month sets, Hijri months and weekdays. */
export const MonthsFileSchema = z.object({
  $comment: z.string().optional(),
  gregorian: z.array(GregorianMonthSetSchema).min(1),
  hijri: twelveMonths,
  /** 0 = Sunday, as `Date.getUTCDay()`. */
  weekdays: z.array(weekdayEntry).length(7).refine(weekdayOrder.check, { message: weekdayOrder.message }),
});

/** What a source in a dateline is: a news agency, or a newspaper, site or channel. */
export const AgencyKindSchema = z.enum(['agency', 'outlet']);

/** One news agency or outlet, with the spellings seen in datelines. */
export const AgencySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  kind: AgencyKindSchema,
  names,
});

/** `data/agencies.ar.json`: agencies and outlets, desk credits, and words that are never places. */
export const AgenciesFileSchema = z.object({
  $comment: z.string().optional(),
  agencies: z
    .array(AgencySchema)
    .min(1)
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, { message: 'agency ids must be unique' }),
  credits: z.array(term),
  notPlaces: z.array(term),
});

export type GregorianMonthSet = z.infer<typeof GregorianMonthSetSchema>;
export type MonthsFile = z.infer<typeof MonthsFileSchema>;
export type AgencyKind = z.infer<typeof AgencyKindSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type AgenciesFile = z.infer<typeof AgenciesFileSchema>;

/**
 * Validates a data file against its schema, or throws a {@link LiqaError} that names the file and
 * says what is wrong with it.
 *
 * @example
 * ```ts
 * const months = parseLexicon(MonthsFileSchema, data, 'months.ar.json');
 * ```
 */
export function parseLexicon<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new LiqaError('invalid_input', `data/${file} is not valid:\n${z.prettifyError(result.error)}`, { file });
  }
  return result.data;
}
