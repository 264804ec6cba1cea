import type { Sentence } from '../model.js';
import { type NormalizedText, normalize } from './normalize.js';

// Several stages read each sentence normalized (triggers, tokens): it is folded once, and kept
// as long as the sentence object lives.
const cache = new WeakMap<Sentence, NormalizedText>();

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
  let normalized = cache.get(sentence);
  if (!normalized) {
    normalized = normalize(sentence.text);
    cache.set(sentence, normalized);
  }
  return normalized;
}
