import monthsData from '../../data/months.ar.json';
import { LiqaError } from '../errors.js';
import { normalizedText } from '../text/normalize.js';
import { MonthsFileSchema, parseLexicon } from './schemas.js';

/** A Gregorian month name, as listed in one or more naming sets. */
export interface GregorianMonthName {
  /** 1 = January. */
  readonly month: number;
  /** The naming sets that list the name (`egyptian-gulf`, `syriac`, `maghrebi` …). */
  readonly sets: readonly string[];
  /** True when every set listing it is ambiguous (ordinary words): require a day and a year around it. */
  readonly ambiguous: boolean;
}

/** Month and weekday names, keyed by their normalized form (see {@link MonthLexicon}). */
export interface MonthLexicon {
  /** Gregorian months of every naming set. */
  readonly gregorian: ReadonlyMap<string, GregorianMonthName>;
  /** Hijri month number (1 = محرم) by name. */
  readonly hijri: ReadonlyMap<string, number>;
  /** Weekday number (0 = الأحد, as `Date.getUTCDay()`) by name. */
  readonly weekdays: ReadonlyMap<string, number>;
}

/** The lookup key of a lexicon term: `normalize()`d, with runs of spaces made one. */
function keyOf(term: string): string {
  return normalizedText(term).replace(/[ \t]+/g, ' ');
}

function claim(map: Map<string, number>, name: string, value: number, what: string): void {
  const key = keyOf(name);
  const held = map.get(key);
  if (held !== undefined && held !== value) {
    throw new LiqaError(
      'invalid_input',
      `data/months.ar.json: ${what} name "${name}" means both ${held} and ${value}`,
      {
        file: 'months.ar.json',
        name,
      },
    );
  }
  map.set(key, value);
}

function load(): MonthLexicon {
  const file = parseLexicon(MonthsFileSchema, monthsData, 'months.ar.json');
  const gregorianMonth = new Map<string, number>();
  const sets = new Map<string, string[]>();
  const ambiguousSets = new Set(file.gregorian.filter((s) => s.ambiguous).map((s) => s.set));
  for (const set of file.gregorian) {
    for (const { month, names } of set.months) {
      for (const name of names) {
        claim(gregorianMonth, name, month, 'Gregorian month');
        const key = keyOf(name);
        const listed = sets.get(key) ?? [];
        if (!listed.includes(set.set)) listed.push(set.set);
        sets.set(key, listed);
      }
    }
  }
  const gregorian = new Map<string, GregorianMonthName>();
  for (const [key, month] of gregorianMonth) {
    const listed = sets.get(key) ?? [];
    gregorian.set(key, { month, sets: listed, ambiguous: listed.every((s) => ambiguousSets.has(s)) });
  }

  const hijri = new Map<string, number>();
  for (const { month, names } of file.hijri) {
    for (const name of names) {
      if (gregorian.has(keyOf(name))) {
        throw new LiqaError('invalid_input', `data/months.ar.json: "${name}" is both a Hijri and a Gregorian month`, {
          file: 'months.ar.json',
          name,
        });
      }
      claim(hijri, name, month, 'Hijri month');
    }
  }
  const weekdays = new Map<string, number>();
  for (const { weekday, names } of file.weekdays) for (const name of names) claim(weekdays, name, weekday, 'weekday');
  return { gregorian, hijri, weekdays };
}

/**
 * The month and weekday names of `data/months.ar.json`, validated when the module loads, keyed by
 * `normalize()`d name with single spaces: look names up with the same folding. Gregorian names of
 * all naming sets share one map, since no two sets give one name to different months.
 *
 * @example
 * ```ts
 * MONTHS.gregorian.get('اغسطس')?.month //=> 8   (أغسطس, اغسطس)
 * MONTHS.gregorian.get('حزيران')?.month //=> 6
 * MONTHS.hijri.get('ذي القعده') //=> 11          (ذي القعدة after normalize())
 * MONTHS.weekdays.get('الاثنين') //=> 1
 * ```
 */
export const MONTHS: MonthLexicon = load();
