// One meeting from many reports, on real papers: Mohammed bin Salman's meeting with Ramzan Kadyrov
// in Jeddah (July 2015), reported by several SaudiNewsNet papers on two crawl days, dated أمس by
// some and اليوم by others.
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../packages/core/src/corpus/corpus.js';
import { SqliteStore } from '../../packages/core/src/store/sqlite-store.js';
import { CORPUS_AVAILABLE, readCorpus } from '../helpers/corpus.js';

describe.skipIf(!CORPUS_AVAILABLE)('the same meeting in several papers', () => {
  it('is one meeting with every report as a source', async () => {
    const articles = [];
    for await (const a of readCorpus()) {
      if (!/^2015-07-2[12]#/.test(a.id) || !a.content.includes('قاديروف')) continue;
      articles.push({ id: a.id, title: a.title, text: a.content, published: a.date_extracted.slice(0, 10) });
    }
    expect(articles.map((a) => a.id)).toEqual(expect.arrayContaining(['2015-07-22#1127', '2015-07-22#833']));
    const corpus = await openCorpus({ store: await SqliteStore.open(':memory:') });
    await corpus.ingestArticles(articles);
    const meetings = await corpus.meetingsBetween('محمد بن سلمان', 'قاديروف');
    expect(meetings).toHaveLength(1);
    const sources = meetings[0]?.sources.map((s) => s.article) ?? [];
    expect(sources).toEqual(expect.arrayContaining(['2015-07-22#1127', '2015-07-22#833']));
    expect(meetings[0]?.place).toBe('جدة');
    await corpus.close();
  }, 120_000);
});
