// Per-person answers of a corpus against the dev gold: every pair of people the gold says met in
// an article should be answered by `meetingsBetween` with that article among the sources, and the
// pairs the corpus answers for those articles should be gold pairs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpus } from '../../packages/core/src/corpus/corpus.js';
import { meetingPairs } from '../../packages/core/src/corpus/export.js';
import { nameKey } from '../../packages/core/src/names/name-key.js';
import { SqliteStore } from '../../packages/core/src/store/sqlite-store.js';
import { CORPUS_AVAILABLE, readCorpus } from '../helpers/corpus.js';
import { SHARED_DIR } from '../helpers/seeds.js';

const DEV_GOLD = join(SHARED_DIR, 'gold', 'dev.jsonl');

interface GoldPerson {
  names: string[];
  en: string;
}
interface GoldLine {
  id: string;
  published: string | null;
  meetings: { sides: GoldPerson[][] }[];
}

/**
 * Measured when set: pair recall 0.863 (139/161), pair precision 0.859 (122/142). The wrong pairs
 * are extraction's (attendees put on the wrong side, a Houthi delegation), listed on failure.
 */
const FLOOR = { recall: 0.8, precision: 0.8 };

describe.skipIf(!existsSync(DEV_GOLD) || !CORPUS_AVAILABLE)('corpus answers against the dev gold', () => {
  it('agrees with the gold pairs, article by article', async () => {
    const gold = readFileSync(DEV_GOLD, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as GoldLine);
    const wanted = new Map(gold.map((g) => [g.id, g]));
    const corpus = await openCorpus({ store: await SqliteStore.open(':memory:') });
    const articles = [];
    for await (const a of readCorpus()) {
      const g = wanted.get(a.id);
      if (g) articles.push({ id: a.id, title: a.title, text: a.content, published: g.published });
      if (articles.length === wanted.size) break;
    }
    expect(articles).toHaveLength(wanted.size);
    await corpus.ingestArticles(articles);

    // Recall: each gold pair, asked by the gold's own spelling, is answered with its article.
    let goldPairs = 0;
    let found = 0;
    const goldKeys = new Map<string, Set<string>>();
    for (const g of gold) {
      const keys = new Set<string>();
      for (const meeting of g.meetings) {
        for (let i = 0; i < meeting.sides.length; i++) {
          for (let j = i + 1; j < meeting.sides.length; j++) {
            for (const a of meeting.sides[i] ?? []) {
              for (const b of meeting.sides[j] ?? []) {
                goldPairs++;
                for (const x of a.names) for (const y of b.names) keys.add([nameKey(x), nameKey(y)].sort().join('|'));
                const answer = await corpus.meetingsBetween(a.names[0] as string, b.names[0] as string).catch(() => []);
                if (answer.some((m) => m.sources.some((s) => s.article === g.id))) found++;
              }
            }
          }
        }
      }
      goldKeys.set(g.id, keys);
    }
    // Precision: each pair the corpus answers for a gold article is a gold pair of that article.
    const snapshot = await corpus.snapshot();
    const people = new Map(snapshot.people.map((p) => [p.id, p]));
    const wrong: string[] = [];
    let answered = 0;
    let right = 0;
    for (const meeting of snapshot.meetings) {
      for (const [a, b] of meetingPairs(meeting)) {
        for (const source of meeting.sources) {
          answered++;
          const spellings = (id: string) => {
            const p = people.get(id);
            return p ? [p.name, ...p.aliases].map(nameKey) : [];
          };
          const keys = goldKeys.get(source.article) ?? new Set();
          if (spellings(a).some((x) => spellings(b).some((y) => keys.has([x, y].sort().join('|'))))) right++;
          else wrong.push(`${source.article}: ${people.get(a)?.name} / ${people.get(b)?.name}`);
        }
      }
    }
    const recall = found / goldPairs;
    const precision = right / answered;
    const figures = JSON.stringify({ goldPairs, found, recall, answered, right, precision, wrong });
    expect(recall, figures).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(precision, figures).toBeGreaterThanOrEqual(FLOOR.precision);
    await corpus.close();
  });
});
