import { describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, FULL_CORPUS, readCorpus } from '../../../../test/helpers/corpus.js';
import { parseDates } from '../../src/dates/parse-dates.js';
import { checkMentions } from './helpers.js';

describe.skipIf(!CORPUS_AVAILABLE)('parseDates on the SaudiNewsNet corpus', () => {
  it('reads every sampled article, and every SPA dateline as one dual-calendar date', async () => {
    let articles = 0;
    let datelines = 0;
    for await (const article of readCorpus(FULL_CORPUS ? 1 : 25)) {
      const reference = article.date_extracted.slice(0, 10);
      const mentions = parseDates(article.content, { reference });
      checkMentions(article.content, mentions);
      for (const m of mentions) expect(m.resolution).not.toBe('unresolved');
      const spa = /^[^\n]{0,40}?\d{1,2} \S+ 14\d\d هـ الموافق \d{1,2} \S+ 20\d\d م/u.exec(article.content.trimStart());
      if (spa) {
        datelines++;
        expect(mentions.map((m) => m.rule)).toContain('dates/dual-calendar');
      }
      articles++;
    }
    expect(articles).toBeGreaterThan(1000);
    expect(datelines).toBeGreaterThan(0);
  });
});
