import { afterEach, describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';
import { articleRecord, textHash } from '../../src/corpus/article-record.js';
import type { ArticleRecord, MeetingReport, ReportedParticipant } from '../../src/corpus/types.js';
import { isLiqaError, LiqaError } from '../../src/errors.js';
import { extractMeetings } from '../../src/meetings/extract-meetings.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/store/migrations.js';
import type { Store, StoredReports, StoreStats } from '../../src/store/store.js';
import { parseArticle } from '../../src/text/parse-article.js';

/** A row of `schema_migrations`, as the store wrote it. */
export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
  readonly applied_at: string;
}

/** What a store's test file can show the contract beyond the {@link Store} interface. */
export interface StoreContractHooks {
  /** The rows of `schema_migrations` at the location `open` opens, read without the store. */
  appliedMigrations?: () => Promise<AppliedMigration[]>;
}

// ---------------------------------------------------------------------------------------------
// Records: the seed articles as ingest would write them, and two made by hand for the edges.

/** The date the seeds are read as published on (they carry none themselves). */
const REFERENCE = '2024-05-01';

function seedRecord(prefix: string, meta: { published?: string; source?: string; url?: string }): ArticleRecord {
  const article = parseArticle(readSeed(prefix));
  const meetings = extractMeetings(article, { published: meta.published ?? REFERENCE });
  return articleRecord(article, meetings, { id: `seeds/${prefix}.txt`, origin: `seeds/${prefix}.txt`, ...meta });
}

const SEEDS: readonly ArticleRecord[] = [
  seedRecord('000', {}),
  seedRecord('001', { published: '2024-04-30', source: 'aljazeera.net' }),
  seedRecord('002', { published: '2023-08-26', url: 'https://example.org/news/002?a=1&b=2' }),
  seedRecord('003', {}),
  seedRecord('004', { published: REFERENCE, source: 'libyaobserver', url: 'https://example.org/004' }),
];

const seedReport = SEEDS[0]!.reports[0]!;

/** A record with what the seeds lack: non-ASCII id, all-null metadata, a report with nobody, odd text. */
const EDGE: ArticleRecord = (() => {
  const id = 'مقالات/خبر «١».jsonl:7';
  const participant = (p: Partial<ReportedParticipant>): ReportedParticipant => ({
    name: 'عبد الحميد الدبيبة',
    aliases: [],
    en: 'Abdul Hamid Dbeibah',
    role: null,
    known: null,
    side: 0,
    attendee: false,
    ...p,
  });
  const report = (index: number, r: Partial<MeetingReport>): MeetingReport => ({
    ...seedReport,
    article: id,
    index,
    participants: [],
    ...r,
  });
  return {
    article: { id, hash: textHash('edge'), title: null, published: null, source: null, url: null, origin: null },
    reports: [
      report(0, {
        kind: 'visit',
        status: 'planned',
        date: '--05-01',
        dateText: 'في الأول من أيار',
        place: null,
        sentence: 'قال "الدبيبة" إنّ \'اللقاء\'\nسيُعقد… 😀 في طرابلس؛ 100%',
        start: 0,
        end: 1_000_000,
        confidence: 1 / 3,
        participants: [
          participant({ aliases: ['الدبيبة', 'Dbeibah "the PM"'], role: 'رئيس الحكومة', side: 0, attendee: true }),
          participant({ name: "O'Brien", en: "O'Brien", known: 'x-obrien', side: 2 }),
        ],
      }),
      // A report in which nobody was recognised still comes back, with no participants.
      report(1, { date: null, dateText: null, place: 'طرابلس', confidence: 0.1 + 0.2, participants: [] }),
    ],
  };
})();

/** An article with no meeting: stored (its id and hash count), but not one of loadReports' articles. */
const NO_MEETING: ArticleRecord = articleRecord(parseArticle('طقس معتدل في طرابلس اليوم مع رياح خفيفة.'), [], {
  id: 'no-meeting',
  published: '2024-01-02',
});

/** The same article under another id: a copy of its text, so the same hash. */
function underAnotherId(record: ArticleRecord, id: string): ArticleRecord {
  return {
    article: { ...record.article, id },
    reports: record.reports.map((r) => ({ ...r, article: id })),
  };
}

/** The record with the first participant's name null, which the NOT NULL column rejects. */
function withNullName(record: ArticleRecord): ArticleRecord {
  return {
    ...record,
    reports: record.reports.map((r, i) =>
      i === 0
        ? {
            ...r,
            participants: r.participants.map((p, j) => (j === 0 ? { ...p, name: null as unknown as string } : p)),
          }
        : r,
    ),
  };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What loadReports should give back for these records, as records, in article id order. */
function expectedRecords(records: readonly ArticleRecord[]): ArticleRecord[] {
  return records.filter((r) => r.reports.length > 0).sort((a, b) => byCodePoint(a.article.id, b.article.id));
}

/** loadReports' answer as records: each stored article with its reports. */
function asRecords(stored: StoredReports): ArticleRecord[] {
  return [...stored.articles.values()]
    .sort((a, b) => byCodePoint(a.id, b.id))
    .map((article) => ({ article, reports: stored.reports.filter((r) => r.article === article.id) }));
}

function statsOf(records: readonly ArticleRecord[]): StoreStats {
  const reports = records.flatMap((r) => r.reports);
  return {
    articles: records.length,
    reports: reports.length,
    participants: reports.reduce((n, r) => n + r.participants.length, 0),
  };
}

/** Everything a reader can see of a store, to compare before and after. */
async function snapshot(store: Store) {
  return {
    stats: await store.stats(),
    revision: await store.revision(),
    reports: asRecords(await store.loadReports()),
  };
}

async function expectHolds(store: Store, records: readonly ArticleRecord[]) {
  expect(await store.stats()).toEqual(statsOf(records));
  const stored = await store.loadReports();
  expect(asRecords(stored)).toStrictEqual(expectedRecords(records));
  // Reports come ordered by article id (code point), then position.
  const order = stored.reports.map((r) => [r.article, r.index] as const);
  const sorted = [...order].sort((a, b) => byCodePoint(a[0], b[0]) || a[1] - b[1]);
  expect(order).toEqual(sorted);
  expect(stored.reports).toHaveLength(statsOf(records).reports);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the promise to reject');
    },
    (error: unknown) => error,
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * The contract every {@link Store} keeps, run by each store's test file. `open` opens the store at
 * the test's own location: each test starts on a new, empty one, and within a test every call opens
 * the same location again (the test file sets it up in `beforeEach` and removes it in `afterEach`).
 */
export function describeStoreContract(name: string, open: () => Promise<Store>, hooks: StoreContractHooks = {}): void {
  describe(name, () => {
    const opened = new Set<Store>();
    const openTracked = async () => {
      const store = await open();
      opened.add(store);
      return store;
    };
    const closeTracked = async (store: Store) => {
      opened.delete(store);
      await store.close();
    };
    afterEach(async () => {
      const stores = [...opened];
      opened.clear();
      for (const store of stores) await store.close();
    });

    it('the fixtures cover what a round trip must keep', () => {
      const all = [...SEEDS, EDGE];
      const reports = all.flatMap((r) => r.reports);
      const people = reports.flatMap((r) => r.participants);
      expect(SEEDS.every((r) => r.reports.length > 0)).toBe(true);
      expect(new Set(all.map((r) => r.article.hash)).size).toBe(all.length);
      expect(people.some((p) => p.attendee) && people.some((p) => !p.attendee)).toBe(true);
      expect(people.some((p) => p.aliases.length > 1) && people.some((p) => p.aliases.length === 0)).toBe(true);
      expect(people.some((p) => p.role === null) && people.some((p) => p.role !== null)).toBe(true);
      expect(reports.some((r) => r.place === null) && reports.some((r) => r.place !== null)).toBe(true);
      expect(reports.some((r) => r.date === null) && reports.some((r) => r.date !== null)).toBe(true);
      expect(all.some((r) => r.article.published === null) && all.some((r) => r.article.published !== null)).toBe(true);
      expect(people.some((p) => /[\u0600-\u06ff]/.test(p.name))).toBe(true);
    });

    it('a fresh store is at SCHEMA_VERSION and empty', async () => {
      const store = await openTracked();
      expect(await store.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(SCHEMA_VERSION).toBe(MIGRATIONS.at(-1)?.version);
      expect(await store.stats()).toEqual({ articles: 0, reports: 0, participants: 0 });
      expect(await store.revision()).toBe(0);
      const stored = await store.loadReports();
      expect(stored.articles.size).toBe(0);
      expect(stored.reports).toEqual([]);
      expect(await store.hasArticle(SEEDS[0]!.article.id, SEEDS[0]!.article.hash)).toBe(false);
      expect(await store.addArticles([])).toEqual({ added: 0, skipped: 0, reports: 0 });
      expect(await store.revision()).toBe(0);
    });

    it('addArticles stores articles, reports and participants, and loadReports gives back exactly the records', async () => {
      const store = await openTracked();
      // Not in id order: the store orders what it gives back.
      const records = [EDGE, ...[...SEEDS].reverse(), NO_MEETING];
      const result = await store.addArticles(records);
      expect(result).toEqual({ added: records.length, skipped: 0, reports: statsOf(records).reports });
      await expectHolds(store, records);
      const stored = await store.loadReports();
      // Only articles with a meeting are among loadReports' articles; the other is still stored.
      expect(stored.articles.has(NO_MEETING.article.id)).toBe(false);
      expect(await store.hasArticle(NO_MEETING.article.id)).toBe(true);
      // Spot checks on what a lossy round trip would break first.
      const edge = stored.reports.filter((r) => r.article === EDGE.article.id);
      expect(edge[0]?.confidence).toBe(1 / 3);
      expect(edge[1]?.confidence).toBe(0.1 + 0.2);
      expect(edge[0]?.participants.map((p) => p.attendee)).toEqual([true, false]);
      expect(edge[0]?.participants[0]?.aliases).toEqual(['الدبيبة', 'Dbeibah "the PM"']);
      expect(edge[1]?.participants).toEqual([]);
      expect(stored.articles.get(EDGE.article.id)).toStrictEqual(EDGE.article);
    });

    it('re-adding the same records, or the same text under another id, adds nothing and changes nothing', async () => {
      const store = await openTracked();
      await store.addArticles(SEEDS);
      const before = await snapshot(store);

      expect(await store.addArticles(SEEDS)).toEqual({ added: 0, skipped: SEEDS.length, reports: 0 });
      expect(await snapshot(store)).toStrictEqual(before);

      const copies = SEEDS.map((r, i) => underAnotherId(r, `copy-${i}`));
      expect(await store.addArticles(copies)).toEqual({ added: 0, skipped: copies.length, reports: 0 });
      expect(await snapshot(store)).toStrictEqual(before);
      expect(await store.hasArticle('copy-0')).toBe(false);
    });

    it('revision increases on each write that commits, and only then', async () => {
      const store = await openTracked();
      const r0 = await store.revision();
      await store.addArticles([SEEDS[0]!]);
      const r1 = await store.revision();
      expect(r1).toBeGreaterThan(r0);
      await store.addArticles([SEEDS[1]!, SEEDS[2]!]);
      const r2 = await store.revision();
      expect(r2).toBeGreaterThan(r1);
      await store.addArticles([SEEDS[0]!]);
      await store.addArticles([]);
      expect(await store.revision()).toBe(r2);
      // A batch with one new article among known ones commits.
      expect(await store.addArticles([SEEDS[0]!, SEEDS[3]!])).toEqual({
        added: 1,
        skipped: 1,
        reports: SEEDS[3]!.reports.length,
      });
      expect(await store.revision()).toBeGreaterThan(r2);
    });

    it('a batch that fails half way throws store_error and leaves the store exactly as it was', async () => {
      const store = await openTracked();
      await store.addArticles([SEEDS[0]!, SEEDS[1]!]);
      const before = await snapshot(store);
      // Good records first, so that they are written before the database rejects the last one.
      const batch = [SEEDS[2]!, SEEDS[3]!, withNullName(SEEDS[4]!)];

      const error = await rejection(store.addArticles(batch));
      expect(error).toBeInstanceOf(LiqaError);
      expect(isLiqaError(error) && error.code).toBe('store_error');

      expect(await snapshot(store)).toStrictEqual(before);
      for (const record of batch) expect(await store.hasArticle(record.article.id, record.article.hash)).toBe(false);
      // Nothing of the failed batch is left to get in the way of the same batch, corrected.
      expect(await store.addArticles([SEEDS[2]!, SEEDS[3]!, SEEDS[4]!])).toMatchObject({ added: 3, skipped: 0 });
      await expectHolds(store, SEEDS);
    });

    it('a record twice in one batch, or its text under two ids, is stored once', async () => {
      const store = await openTracked();
      const batch = [SEEDS[0]!, SEEDS[1]!, SEEDS[0]!, underAnotherId(SEEDS[1]!, 'copy-1')];
      expect(await store.addArticles(batch)).toEqual({
        added: 2,
        skipped: 2,
        reports: SEEDS[0]!.reports.length + SEEDS[1]!.reports.length,
      });
      await expectHolds(store, [SEEDS[0]!, SEEDS[1]!]);
    });

    it('reopening keeps the data and does not run the migrations again', async () => {
      const first = await openTracked();
      await first.addArticles([...SEEDS, EDGE]);
      const before = await snapshot(first);
      const applied = await hooks.appliedMigrations?.();
      await closeTracked(first);

      const second = await openTracked();
      expect(await second.schemaVersion()).toBe(SCHEMA_VERSION);
      expect(await snapshot(second)).toStrictEqual(before);
      if (hooks.appliedMigrations) {
        expect(applied?.map((m) => m.version)).toEqual(MIGRATIONS.map((m) => m.version));
        // The same rows, with the times they were first applied: nothing was applied again.
        expect(await hooks.appliedMigrations()).toStrictEqual(applied);
      }
      // And it goes on from where it was.
      expect(await second.addArticles([NO_MEETING])).toMatchObject({ added: 1 });
      expect(await second.revision()).toBeGreaterThan(before.revision);
      await closeTracked(second);

      const third = await openTracked();
      await expectHolds(third, [...SEEDS, EDGE, NO_MEETING]);
    });

    it('hasArticle finds an article by id or by the hash of its text', async () => {
      const store = await openTracked();
      const { id, hash } = SEEDS[2]!.article;
      await store.addArticles([SEEDS[2]!]);
      expect(await store.hasArticle(id)).toBe(true);
      expect(await store.hasArticle(id, 'not-a-hash')).toBe(true);
      expect(await store.hasArticle('another-id', hash)).toBe(true);
      expect(await store.hasArticle('another-id')).toBe(false);
      expect(await store.hasArticle('another-id', SEEDS[3]!.article.hash)).toBe(false);
    });

    it('close can be called twice', async () => {
      const store = await open();
      await store.close();
      await store.close();
    });
  });
}
