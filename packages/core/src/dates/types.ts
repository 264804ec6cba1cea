/**
 * The shapes the dates stage passes around: what an extractor proposes ({@link DateCandidate}),
 * what it sees ({@link DateContext}), and the two interfaces that run everything, chrono-style:
 * {@link DateExtractor} (one regex match → one candidate or null) and {@link DateRefiner}
 * (candidate list → new candidate list).
 */
import type { DateMention, DatePrecision, Span } from '../model.js';
import type { NormalizedText } from '../text/normalize.js';
import type { CalendarDate } from './calendars.js';
import type { DateDirection, PeriodUnit } from './date-words.js';

/**
 * What the words of a date expression say, before any reference date is used. Numbers are in the
 * candidate's calendar (a Hijri month is 1 = محرم). Only the fields the words give are set.
 */
export interface DateParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  /** 0 = الأحد … 6 = السبت, as `Date.getUTCDay()`. */
  readonly weekday?: number;
  /** Days after the reference date: 0 اليوم, -1 أمس, -2 أمس الأول, 1 غدا. */
  readonly dayOffset?: number;
  /** A period counted from the reference: الأسبوع الماضي is `{ unit: 'week', offset: -1 }`. `month`/`day` then sit inside it. */
  readonly period?: { readonly unit: PeriodUnit; readonly offset: number };
  /**
   * Where a date with no year (or a bare weekday) falls: `last` (الماضي), `next` (المقبل), `current`
   * (الجاري). Unset means the news default; `future` is set by the future-tense refiner.
   */
  readonly direction?: DateDirection | 'future';
}

/** The resolved value of a candidate, as {@link DateMention} carries it. */
export interface DateResolution {
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly resolution: DateMention['resolution'];
}

/** A date expression proposed by an extractor: a span of the original text, a rule, and the parts read from it. */
export interface DateCandidate extends Span {
  /** The rule that read it, as `dates/<rule>`. */
  readonly rule: string;
  /** The calendar the parts are in. */
  readonly calendar: 'gregorian' | 'hijri';
  readonly parts: DateParts;
  /** Set by the `resolve-reference` refiner; `parseDates` resolves any candidate still without it. */
  readonly resolved?: DateResolution;
}

/** What every extractor and refiner sees: the text, its normalized form, and the reference date. */
export interface DateContext {
  /** The original text: every candidate's offsets point into it. */
  readonly text: string;
  /** `normalize(text)`: extractor patterns run on `normalized.text`. */
  readonly normalized: NormalizedText;
  /** The reference (publication) date, or null. */
  readonly reference: CalendarDate | null;
}

/** Reads one kind of date expression: a regex over normalized text, and what a match means. */
export interface DateExtractor {
  /** A name for debugging, e.g. `gregorian-date`. */
  readonly name: string;
  /** Compiled once; run over `context.normalized.text`. Needs the `u` flag; the engine adds `g` when missing. */
  readonly pattern: RegExp;
  /** Turns one match into a candidate (map offsets with `candidateAt`), or null to skip it. Must not throw. */
  extract(match: RegExpExecArray, context: DateContext): DateCandidate | null;
}

/** Maps the candidate list to a new one (merge, filter, resolve). Never mutates its input. */
export interface DateRefiner {
  /** A name for debugging, e.g. `merge-dual-calendar`. */
  readonly name: string;
  refine(candidates: readonly DateCandidate[], context: DateContext): readonly DateCandidate[];
}

/** The ordered extractors and refiners of the dates stage. */
export interface DatesConfiguration {
  readonly extractors: DateExtractor[];
  readonly refiners: DateRefiner[];
}
