/**
 * Helpers for extractors and refiners: build a candidate from offsets of the normalized text, and
 * look at the normalized words around a candidate.
 */
import { firstNotBefore } from '../sorted.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { DateCandidate, DateContext, DateParts } from './types.js';

/** Marks that belong to the character before them (tatweel in هـ, tanween in غداً): a span ending there takes them too. */
const TRAILING_MARK = /[\u0640\p{M}]/u;
/** A word of normalized text: letters and marks, or digits. */
const LAST_WORD = /[\p{L}\p{M}\p{N}]+$/u;
const FIRST_WORD = /^[\p{L}\p{M}\p{N}]+/u;
/** How far to look for a neighbouring word. */
const NEIGHBOUR_CHARS = 40;

/**
 * A candidate for `[start, end)` of `context.normalized.text`, with offsets mapped back to the
 * original text (so `text.slice(start, end) === candidate.text`).
 *
 * @example
 * ```ts
 * candidateAt(context, match.index, match.index + match[0].length, 'dates/year', 'gregorian', { year: 2019 })
 * ```
 */
export function candidateAt(
  context: DateContext,
  start: number,
  end: number,
  rule: string,
  calendar: DateCandidate['calendar'],
  parts: DateParts,
): DateCandidate {
  const at = toOriginalSpan(context.normalized, start, end);
  let stop = at.end;
  while (stop < context.text.length && TRAILING_MARK.test(context.text[stop] as string)) stop++;
  return { start: at.start, end: stop, text: context.text.slice(at.start, stop), rule, calendar, parts };
}

/**
 * The offset in `context.normalized.text` of the first normalized character that comes from
 * `offset` of the original text or after it.
 */
export function normalizedOffset(context: DateContext, offset: number): number {
  return firstNotBefore(context.normalized.starts, (start) => start < offset);
}

/** The normalized text of a candidate (or of any span of the original text). */
export function normalizedText(context: DateContext, span: { start: number; end: number }): string {
  return context.normalized.text.slice(normalizedOffset(context, span.start), normalizedOffset(context, span.end));
}

/** The normalized text just before a span: up to `chars` characters. */
export function normalizedBefore(context: DateContext, span: { start: number }, chars = NEIGHBOUR_CHARS): string {
  const at = normalizedOffset(context, span.start);
  return context.normalized.text.slice(Math.max(0, at - chars), at);
}

/** The normalized text just after a span: up to `chars` characters. */
export function normalizedAfter(context: DateContext, span: { end: number }, chars = NEIGHBOUR_CHARS): string {
  const at = normalizedOffset(context, span.end);
  return context.normalized.text.slice(at, at + chars);
}

/** The word right before a span, separated from it by spaces only; '' when there is none. */
export function wordBefore(context: DateContext, span: { start: number }): string {
  const before = normalizedBefore(context, span);
  const trimmed = before.replace(/[ \t]+$/, '');
  if (trimmed.length === before.length && before.length > 0) return '';
  return LAST_WORD.exec(trimmed)?.[0] ?? '';
}

/** The word right after a span, separated from it by spaces only; '' when there is none. */
export function wordAfter(context: DateContext, span: { end: number }): string {
  const after = normalizedAfter(context, span);
  const trimmed = after.replace(/^[ \t]+/, '');
  if (trimmed.length === after.length && after.length > 0) return '';
  return FIRST_WORD.exec(trimmed)?.[0] ?? '';
}
