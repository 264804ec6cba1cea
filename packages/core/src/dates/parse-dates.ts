import { LiqaError } from '../errors.js';
import type { DateMention } from '../model.js';
import { normalize } from '../text/normalize.js';
import { createDatesConfiguration } from './configuration.js';
import { parseReference, resolveDate } from './resolve-date.js';
import type { DateCandidate, DateContext, DateExtractor, DateRefiner } from './types.js';

/** Options of {@link parseDates}. */
export interface ParseDatesOptions {
  /**
   * The publication date, `YYYY-MM-DD`, against which اليوم, أمس, weekdays and dates without a
   * year are resolved. Without it they are `unresolved` (a day and month still give `--MM-DD`).
   *
   * @default null
   */
  readonly reference?: string | null;
  /** Extra extractors, run after the built-in ones. */
  readonly extractors?: readonly DateExtractor[];
  /**
   * Extra refiners, run after the built-in ones (so they see resolved candidates). A candidate
   * they add without a resolution is resolved at the end.
   */
  readonly refiners?: readonly DateRefiner[];
}

/** Global copies of patterns given without the `g` flag, made once per pattern. */
const GLOBAL_PATTERNS = new WeakMap<RegExp, RegExp>();

function globalPattern(pattern: RegExp): RegExp {
  if (pattern.global) return pattern;
  let copy = GLOBAL_PATTERNS.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags}g`);
    GLOBAL_PATTERNS.set(pattern, copy);
  }
  return copy;
}

function runExtractor(extractor: DateExtractor, context: DateContext, into: DateCandidate[]): void {
  const pattern = globalPattern(extractor.pattern);
  const text = context.normalized.text;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    // A pattern that can match nothing must still move on.
    if (match[0].length === 0) pattern.lastIndex++;
    const candidate = extractor.extract(match, context);
    if (candidate) into.push(candidate);
  }
  pattern.lastIndex = 0;
}

function checkOptions(options: unknown): ParseDatesOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object') throw new LiqaError('invalid_options', 'parseDates: options must be an object');
  const { reference, extractors, refiners } = options as ParseDatesOptions;
  if (reference !== undefined && reference !== null && typeof reference !== 'string') {
    throw new LiqaError('invalid_options', 'parseDates: reference must be a YYYY-MM-DD string or null');
  }
  if (extractors !== undefined && !Array.isArray(extractors)) {
    throw new LiqaError('invalid_options', 'parseDates: extractors must be an array');
  }
  if (refiners !== undefined && !Array.isArray(refiners)) {
    throw new LiqaError('invalid_options', 'parseDates: refiners must be an array');
  }
  return options as ParseDatesOptions;
}

function isWellPlaced(candidate: DateCandidate, text: string): boolean {
  const { start, end } = candidate;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length;
}

/**
 * Finds every date expression in `text` and resolves it as far as the words and the reference
 * date allow. Mentions come sorted and without overlaps, and each one slices back:
 * `text.slice(mention.start, mention.end) === mention.text`.
 *
 * It runs chrono-style: each extractor's regex runs over the `normalize()`d text and turns matches
 * into candidates, then the refiners map the candidate list in order (drop non-dates, keep the
 * longest of overlapping ones, merge dual-calendar and weekday+date pairs, read future tense,
 * resolve against the reference). Rules: `dates/gregorian-date`, `dates/day-month`,
 * `dates/month-year`, `dates/month`, `dates/hijri-date`, `dates/hijri-day-month`,
 * `dates/hijri-month`, `dates/numeric-date`, `dates/year`, `dates/relative-day`, `dates/weekday`,
 * `dates/relative-period`, `dates/dual-calendar`.
 *
 * @throws {LiqaError} `invalid_input` when `text` is not a string; `invalid_options` when the
 * options are malformed or `reference` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * parseDates('والتقى الوفد التركي أمس رئيس المجلس', { reference: '2020-12-27' })
 * //=> [{ start: 20, end: 23, text: 'أمس', value: '2020-12-26', precision: 'day',
 * //      calendar: 'gregorian', resolution: 'reference', rule: 'dates/relative-day' }]
 * parseDates('بريدة 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس')[0]?.value //=> '2015-08-10'
 * ```
 */
export function parseDates(text: string, options?: ParseDatesOptions): DateMention[] {
  if (typeof text !== 'string') {
    throw new LiqaError('invalid_input', `parseDates: expected a string, got ${text === null ? 'null' : typeof text}`);
  }
  const { reference: referenceText, extractors = [], refiners = [] } = checkOptions(options);
  let reference = null;
  if (referenceText !== undefined && referenceText !== null) {
    reference = parseReference(referenceText);
    if (!reference) {
      throw new LiqaError('invalid_options', `parseDates: reference "${referenceText}" is not a YYYY-MM-DD date`);
    }
  }
  const context: DateContext = { text, normalized: normalize(text), reference };
  const configuration = createDatesConfiguration();

  const found: DateCandidate[] = [];
  for (const extractor of [...configuration.extractors, ...extractors]) runExtractor(extractor, context, found);
  let candidates: readonly DateCandidate[] = found.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const refiner of [...configuration.refiners, ...refiners]) candidates = refiner.refine(candidates, context);

  return candidates
    .filter((candidate) => isWellPlaced(candidate, text))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((candidate) => {
      const resolved = candidate.resolved ?? resolveDate(candidate.calendar, candidate.parts, reference);
      return {
        start: candidate.start,
        end: candidate.end,
        text: text.slice(candidate.start, candidate.end),
        value: resolved.value,
        precision: resolved.precision,
        calendar: candidate.calendar,
        resolution: resolved.resolution,
        rule: candidate.rule,
      };
    });
}
