import type { Sentence } from '../model.js';
import { TATWEEL } from './charsets.js';
import {
  BROKEN_WORD_REACH,
  type FoldedText,
  foldWithPositions,
  type NormalizedText,
  normalize,
  normalizedText,
} from './normalize.js';

// Several stages read the same sentences normalized with their offset map (triggers and tokens):
// each is folded once, and kept as long as the sentence object lives.
const sentences = new WeakMap<Sentence, NormalizedText>();

/**
 * `normalize(sentence.text)`, made once per sentence object: the trigger and person stages both
 * read it. Offsets in the result are relative to the sentence's start.
 *
 * @example
 * ```ts
 * normalizedSentence(article.sentences[0]).text // the sentence with every fold applied
 * ```
 */
export function normalizedSentence(sentence: Sentence): NormalizedText {
  let normalized = sentences.get(sentence);
  if (!normalized) {
    normalized = normalize(sentence.text);
    sentences.set(sentence, normalized);
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
  if (lastFold !== null && lastFold.original === text) return lastFold;
  const fold = foldWithPositions(text);
  lastFold = text.length <= KEPT_FOLD_LIMIT ? fold : null;
  return fold;
}

/** True when a tatweel lies within reach of a broken word of offset `at`. */
function nearTatweel(text: string, at: number): boolean {
  const from = Math.max(0, at - BROKEN_WORD_REACH);
  const found = text.indexOf(TATWEEL, from);
  return found >= 0 && found < at + BROKEN_WORD_REACH;
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
  const text = fold.original;
  if (fold.tatweel && (nearTatweel(text, start) || nearTatweel(text, end))) {
    return normalizedText(text.slice(start, end));
  }
  return fold.text.slice(fold.positions[start], fold.positions[end]);
}
