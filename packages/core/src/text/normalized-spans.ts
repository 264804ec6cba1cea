import type { Sentence, Span } from '../model.js';
import { type NormalizedText, normalize, normalizedText } from './normalize.js';

// Several stages read the same lines and sentences normalized (boilerplate and headline; triggers
// and tokens): each is folded once, and kept as long as the span object lives.
const sentences = new WeakMap<Sentence, NormalizedText>();
const spanTexts = new WeakMap<Span, string>();

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

/**
 * `normalizedText(span.text)`, made once per span object: the boilerplate stage and the headline
 * search both read the top lines.
 *
 * @example
 * ```ts
 * normalizedSpanText(lines[0]) // the first line with every fold applied
 * ```
 */
export function normalizedSpanText(span: Span): string {
  let text = spanTexts.get(span);
  if (text === undefined) {
    text = normalizedText(span.text);
    spanTexts.set(span, text);
  }
  return text;
}
