import type { Article, Sentence } from '../model.js';
import type { Candidate } from './candidate.js';
import { createPersonConfiguration, type PersonConfiguration } from './configuration.js';
import type { PersonLexicon } from './lexicon.js';
import { someWordOf, type TokenizedSentence, tokenizeSentence } from './tokens.js';

/**
 * An article's sentences as the persons stage reads them: each sentence's tokens and its
 * extractors' candidates, made on first need and kept. A reader that needs only some sentences
 * (see `mayNamePartiesWithin`) pays for those alone, and the whole stage run after it does not make
 * them again.
 */
export interface SentenceWork {
  readonly article: Article;
  readonly lexicon: PersonLexicon;
  readonly configuration: PersonConfiguration;
  /** The tokens of sentence `index`. */
  tokens(index: number): TokenizedSentence;
  /** What every extractor finds in sentence `index`, extractor after extractor. */
  candidates(index: number): readonly Candidate[];
  /** Whether sentence `index`'s candidates are made already. */
  extracted(index: number): boolean;
  /**
   * Whether `test` holds for a letter word of sentence `index` (a token's text, as
   * `text.slice(start, end)`): read from its tokens when they are made, and otherwise without
   * making them (see `someWordOf`).
   */
  someWord(index: number, test: (text: string, start: number, end: number) => boolean): boolean;
}

/**
 * The {@link SentenceWork} of one article, with nothing made yet.
 *
 * @example
 * ```ts
 * const work = sentenceWork(article, defaultPersonLexicon());
 * work.candidates(2).map((c) => c.rule) // only sentence 2 is tokenized and read
 * ```
 */
export function sentenceWork(
  article: Article,
  lexicon: PersonLexicon,
  configuration: PersonConfiguration = createPersonConfiguration(),
): SentenceWork {
  const tokenized: (TokenizedSentence | undefined)[] = [];
  const found: (readonly Candidate[] | undefined)[] = [];
  const tokens = (index: number): TokenizedSentence => {
    let sentence = tokenized[index];
    if (!sentence) {
      sentence = tokenizeSentence(article.text, article.sentences[index] as Sentence);
      tokenized[index] = sentence;
    }
    return sentence;
  };
  return {
    article,
    lexicon,
    configuration,
    tokens,
    candidates(index) {
      let candidates = found[index];
      if (!candidates) {
        const sentence = tokens(index);
        const list: Candidate[] = [];
        for (const extractor of configuration.extractors)
          list.push(...extractor.extract({ article, lexicon, sentence }));
        candidates = list;
        found[index] = candidates;
      }
      return candidates;
    },
    extracted: (index) => found[index] !== undefined,
    someWord(index, test) {
      const sentence = tokenized[index];
      if (sentence) return sentence.tokens.some((t) => t.word && test(t.text, 0, t.text.length));
      return someWordOf(article.text, article.sentences[index] as Sentence, test);
    },
  };
}
