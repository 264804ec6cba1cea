import { TRIGGERS, type TriggerForm } from '../lexicon/meeting-lexicon.js';
import type { Article, Span } from '../model.js';
import { toOriginalSpan } from '../text/normalize.js';
import { articleFold, foldedSpanText, normalizedSentence } from '../text/normalized-spans.js';

/** Words in a sentence that report a meeting, with what the lexicon says of them. */
export interface Trigger extends Span, TriggerForm {
  /** Index of the sentence holding the trigger. */
  readonly sentence: number;
  /** Written with the purpose prefix ل (للقاء، لإجراء محادثات): a meeting to come. */
  readonly purpose: boolean;
}

/**
 * Most triggers read in one sentence. Each one reads the clause around it, so a "sentence" of
 * thousands of meeting words (headlines run together, machine-made text) would make extraction
 * quadratic; prose has few (SaudiNewsNet's 31,030 articles have at most 7 in a sentence).
 */
export const MAX_TRIGGERS_PER_SENTENCE = 20;

/**
 * Every meeting trigger of the article's sentences (التقى، استقبل، بحث، لقاء، اتصال هاتفي …), in
 * text order, matched on normalized text and located in the original; at most
 * {@link MAX_TRIGGERS_PER_SENTENCE} in a sentence.
 *
 * @example
 * ```ts
 * findTriggers(parseArticle('وفي 25 أغسطس/آب، زار كالين بنغازي واجتمع مع خليفة حفتر.')).map((t) => t.text)
 * //=> ['زار', 'اجتمع']
 * ```
 */
export function findTriggers(article: Article): Trigger[] {
  const triggers: Trigger[] = [];
  // Most sentences hold no trigger: their folded text, cut from the article's, is enough to tell.
  const fold = articleFold(article.text);
  for (const sentence of article.sentences) {
    const matches = TRIGGERS.matcher.matchAll(foldedSpanText(fold, sentence.start, sentence.end));
    if (matches.length === 0) continue;
    const normalized = normalizedSentence(sentence, article.text);
    let found = 0;
    for (const match of matches) {
      const form = TRIGGERS.forms.get(match.term);
      if (!form) continue;
      const span = toOriginalSpan(normalized, match.termStart, match.end);
      const prefix = normalized.text.slice(match.start, match.termStart);
      const start = sentence.start + span.start;
      const end = sentence.start + span.end;
      // A literal, not spreads: V8 adds fields to a spread copy slowly.
      triggers.push({
        rule: form.rule,
        kind: form.kind,
        tense: form.tense,
        needs: form.needs,
        start,
        end,
        text: article.text.slice(start, end),
        sentence: sentence.index,
        purpose: prefix.endsWith('ل'),
      });
      if (++found === MAX_TRIGGERS_PER_SENTENCE) break;
    }
  }
  return triggers;
}
