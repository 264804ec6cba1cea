// Every corpus article goes through parseArticle and extractMeetings without an error, and the
// evidence of every meeting slices back to the article's text.
import { extractMeetings, parseArticle } from '@liqa/core';
import { describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, FULL_CORPUS, readCorpus } from '../helpers/corpus.js';

const EVERY = FULL_CORPUS ? 1 : 10;

describe.skipIf(!CORPUS_AVAILABLE)(
  `meeting extraction on SaudiNewsNet, ${FULL_CORPUS ? 'every article' : 'every 10th article'}`,
  () => {
    it(
      'extracts from every article without an error, with exact evidence',
      async () => {
        let articles = 0;
        let meetings = 0;
        const failures: string[] = [];
        for await (const item of readCorpus(EVERY)) {
          articles++;
          try {
            const article = parseArticle({ id: item.id, title: item.title, text: item.content });
            for (const meeting of extractMeetings(article, { published: item.date_extracted.slice(0, 10) })) {
              meetings++;
              for (const e of meeting.evidence) {
                if (article.text.slice(e.start, e.end) !== e.text)
                  failures.push(`${item.id}: evidence does not slice back`);
              }
              if (new Set(meeting.participants.map((p) => p.side)).size < 2)
                failures.push(`${item.id}: a meeting with one side`);
            }
          } catch (error) {
            failures.push(`${item.id}: ${(error as Error).message}`);
          }
        }
        expect(failures.slice(0, 20)).toEqual([]);
        expect(articles).toBeGreaterThan(FULL_CORPUS ? 31_000 : 3_000);
        // News reports meetings often; a run that finds almost none has broken a stage.
        expect(meetings).toBeGreaterThan(articles / 100);
      },
      CORPUS_TIMEOUT,
    );
  },
);
