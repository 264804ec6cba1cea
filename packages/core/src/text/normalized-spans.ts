import type { Sentence } from '../model.js';
import { TATWEEL } from './charsets.js';
import { offsetViews } from './code-units.js';
import {
  BROKEN_WORD_REACH,
  type FoldedText,
  foldWithPositions,
  type NormalizedText,
  normalize,
  normalizedText,
} from './normalize.js';

// Several stages read the same sentences normalized with their offset map (triggers and tokens):
// each is cut from the kept fold once, and dropped with it when the next article is folded (a
// map of the last article's, not a weak map of every sentence's, which costs the collector).
let keptSentences = new Map<Sentence, NormalizedText>();
const TATWEEL_CODE = TATWEEL.charCodeAt(0);

/**
 * `normalize(sentence.text)`: the trigger and person stages both read it. Offsets in the result
 * are relative to the sentence's start. With the article's text (of which `sentence` is a span),
 * it is cut from the article's fold when that is kept (see {@link keptFold} and
 * {@link foldedSpan}), once per sentence object while the fold is kept.
 *
 * @example
 * ```ts
 * normalizedSentence(article.sentences[0], article.text).text // the sentence with every fold applied
 * ```
 */
export function normalizedSentence(sentence: Sentence, articleText?: string): NormalizedText {
  // A sentence is a small part of its article: the article is never folded for it alone.
  const fold = articleText === undefined ? null : keptFold(articleText);
  if (!fold) return normalize(sentence.text);
  let normalized = keptSentences.get(sentence);
  if (!normalized) {
    normalized = foldedSpan(fold, sentence.start, sentence.end);
    keptSentences.set(sentence, normalized);
  }
  return normalized;
}

/** Longest text whose fold is kept for the next stage: a huge one is not held in memory. */
const KEPT_FOLD_LIMIT = 1 << 20;
let lastFold: FoldedText | null = null;

/**
 * {@link foldWithPositions} of an article's text, kept for the last text: the boilerplate,
 * headline and trigger stages cut their lines and sentences from one fold of the article.
 *
 * @example
 * ```ts
 * foldedSpanText(articleFold(article.text), sentence.start, sentence.end)
 * ```
 */
export function articleFold(text: string): FoldedText {
  const kept = keptFold(text);
  if (kept) return kept;
  const fold = foldWithPositions(text);
  lastFold = text.length <= KEPT_FOLD_LIMIT ? fold : null;
  keptSentences = new Map();
  return fold;
}

/**
 * The fold {@link articleFold} keeps, when it is of `text`; null otherwise: for stages that read
 * a little of the text, and would not fold it all.
 */
export function keptFold(text: string): FoldedText | null {
  return lastFold !== null && lastFold.original === text ? lastFold : null;
}

/** True when a tatweel lies within reach of a broken word of offset `at` (read there only, not beyond). */
function nearTatweel(text: string, at: number): boolean {
  const end = Math.min(text.length, at + BROKEN_WORD_REACH);
  for (let i = Math.max(0, at - BROKEN_WORD_REACH); i < end; i++) if (text.charCodeAt(i) === TATWEEL_CODE) return true;
  return false;
}

/**
 * True when `[start, end)` must be folded by itself: a word broken on purpose across its edge
 * (اتهـ.ـامات) folds otherwise in the span alone, and every such word holds a tatweel.
 */
function foldsAlone(fold: FoldedText, start: number, end: number): boolean {
  return fold.tatweel && (nearTatweel(fold.original, start) || nearTatweel(fold.original, end));
}

/**
 * `normalizedText(fold.original.slice(start, end))`, cut from the fold of the whole text. A word
 * broken on purpose across the span's edge (اتهـ.ـامات) folds otherwise in the span alone: near a
 * tatweel the span is folded by itself.
 *
 * @example
 * ```ts
 * foldedSpanText(articleFold(text), line.start, line.end) === normalizedText(line.text) //=> true
 * ```
 */
export function foldedSpanText(fold: FoldedText, start: number, end: number): string {
  if (foldsAlone(fold, start, end)) return normalizedText(fold.original.slice(start, end));
  return fold.text.slice(fold.positions[start], fold.positions[end]);
}

/**
 * `normalize(fold.original.slice(start, end))`, its text cut from the fold of the whole text and
 * its offset maps read from the fold's positions: what the characters from `i` to `i + 1` fold to
 * came from `i`. Near a tatweel the span is folded by itself (see {@link foldedSpanText}).
 *
 * @example
 * ```ts
 * foldedSpan(articleFold(text), sentence.start, sentence.end) // equal to normalize(sentence.text)
 * ```
 */
export function foldedSpan(fold: FoldedText, start: number, end: number): NormalizedText {
  const original = fold.original.slice(start, end);
  if (foldsAlone(fold, start, end)) return normalize(original);
  const { positions } = fold;
  const from = positions[start] as number;
  const [starts, ends] = offsetViews((positions[end] as number) - from);
  for (let i = start; i < end; i++) {
    for (let k = positions[i] as number; k < (positions[i + 1] as number); k++) {
      starts[k - from] = i - start;
      ends[k - from] = i + 1 - start;
    }
  }
  return { original, text: fold.text.slice(from, positions[end]), starts, ends };
}

/**
 * `normalizedText(text.slice(start, end))`, cut from the article's fold when it is kept (see
 * {@link keptFold}): the meetings stage reads many short spans of an article the earlier stages
 * folded whole.
 *
 * @example
 * ```ts
 * normalizedSpanText(article.text, trigger.end, sentence.end) === normalizedText(article.text.slice(trigger.end, sentence.end)) //=> true
 * ```
 */
export function normalizedSpanText(text: string, start: number, end: number): string {
  const fold = keptFold(text);
  return fold ? foldedSpanText(fold, start, end) : normalizedText(text.slice(start, end));
}

/**
 * `normalize(text.slice(start, end))`, cut from the article's fold when it is kept (see
 * {@link normalizedSpanText}).
 *
 * @example
 * ```ts
 * normalizedSpan(article.text, trigger.end, sentence.end).text // the rest of the sentence, normalized
 * ```
 */
export function normalizedSpan(text: string, start: number, end: number): NormalizedText {
  const fold = keptFold(text);
  return fold ? foldedSpan(fold, start, end) : normalize(text.slice(start, end));
}
