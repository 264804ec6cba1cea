// Every corpus article goes through parseArticle without an error, and its spans hold.
import { parseArticle } from '@liqa/core';
import { describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, FULL_CORPUS, readCorpus } from '../helpers/corpus.js';

// A fixed sample of about 3,100 articles on every run; all 31,030 with LIQA_CORPUS=full (pnpm test:corpus).
const EVERY = FULL_CORPUS ? 1 : 10;

describe.skipIf(!CORPUS_AVAILABLE)(
  `SaudiNewsNet corpus, ${FULL_CORPUS ? 'every article' : 'every 10th article'}`,
  () => {
    it(
      'parses every article without an error, with exact spans',
      async () => {
        let articles = 0;
        let sentences = 0;
        const failures: string[] = [];
        for await (const item of readCorpus(EVERY)) {
          articles++;
          try {
            const article = parseArticle({ id: item.id, title: item.title, text: item.content });
            for (const s of article.sentences) {
              if (article.text.slice(s.start, s.end) !== s.text)
                failures.push(`${item.id}: sentence ${s.index} does not slice back`);
            }
            sentences += article.sentences.length;
          } catch (error) {
            failures.push(`${item.id}: ${(error as Error).message}`);
          }
        }
        expect(failures.slice(0, 20)).toEqual([]);
        expect(articles).toBeGreaterThan(FULL_CORPUS ? 31_000 : 3_000);
        expect(sentences).toBeGreaterThan(articles);
      },
      CORPUS_TIMEOUT,
    );
  },
);
