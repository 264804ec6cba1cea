import { LiqaError } from '../errors.js';
import { openStore, type StoreOptions } from '../store/open-store.js';
import type { Store, StoreStats } from '../store/store.js';
import {
  type CorpusGraph,
  CorpusView,
  type GraphOptions,
  type MeetingDate,
  type MeetingFilter,
  type WhoMetAnswer,
} from './corpus-view.js';
import { type CorpusSnapshot, toCsv, toGraphML, toJson } from './export.js';
import { type CorpusArticleInput, type IngestOptions, type IngestSummary, ingestItems, ingestPaths } from './ingest.js';
import { mergeMeetings } from './merge-meetings.js';
import type { PersonMatch, PersonSuggestion } from './person-search.js';
import { resolvePeople } from './resolve-people.js';
import type { CorpusMeeting, CorpusPerson } from './types.js';

/** Options of {@link openCorpus}. */
export interface OpenCorpusOptions extends StoreOptions {
  /** An opened store to use instead of opening one from `dataDir` / `databaseUrl`. */
  store?: Store;
  /**
   * How often, at most, a query checks whether another process has ingested into the store, in
   * milliseconds. @default 1000
   */
  refreshInterval?: number;
}

/** Export formats of {@link Corpus.export}. */
export type ExportFormat = 'json' | 'csv' | 'csv-people' | 'graphml';

/** What a corpus holds. */
export interface CorpusStats extends StoreStats {
  /** Resolved people who took part in at least one meeting. */
  readonly people: number;
  /** Meetings after merging the reports of the same meeting. */
  readonly meetings: number;
}

/**
 * Many articles, read into one store, and the questions it answers about people: who met whom,
 * when, where, and which sentences say so. People are resolved across articles and spellings, and
 * several reports of one meeting count as one meeting with all its sources.
 *
 * @example
 * ```ts
 * const corpus = await openCorpus({ dataDir: '.liqa' });
 * await corpus.ingest(['seeds/']);
 * const { met } = await corpus.whoMet('أكار');
 * met.map((m) => m.person.en); //=> ['Fathi Bashagha', 'Salah al-Din al-Namroush', 'Fayez al-Sarraj', …]
 * await corpus.close();
 * ```
 */
export class Corpus {
  /** Where the corpus is kept. */
  readonly store: Store;
  readonly #refreshInterval: number;
  #view: CorpusView | null = null;
  #revision = -1;
  #checkedAt = 0;

  /** Use {@link openCorpus}. */
  constructor(store: Store, options: { refreshInterval?: number } = {}) {
    this.store = store;
    this.#refreshInterval = options.refreshInterval ?? 1000;
  }

  /**
   * Reads files and folders (`.txt`, `.html`, `.jsonl`, `.jsonl.gz`) into the corpus. Articles already
   * stored (same id or same text) are skipped; a file or line that cannot be read is reported in
   * `errors` and the rest of the batch is still ingested.
   *
   * @example
   * ```ts
   * await corpus.ingest(['seeds/', 'news.jsonl.gz'], { workers: 4 });
   * //=> { articles: 31035, added: 31035, skipped: 0, reports: …, errors: [], … }
   * (await corpus.ingest('seeds/')).skipped; //=> 5 (already stored)
   * ```
   */
  async ingest(paths: string | readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
    const summary = await ingestPaths(this.store, typeof paths === 'string' ? [paths] : paths, options);
    await this.refresh();
    return summary;
  }

  /**
   * Ingests articles given as objects (from a scraper, a database, a test).
   *
   * @example
   * ```ts
   * await corpus.ingestArticles([
   *   { id: 'note-1', text: 'التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الدوحة اليوم.', published: '2015-08-03' },
   * ]);
   * (await corpus.whoMet('الجبير')).met.map((m) => [m.person.en, m.last]); //=> [['John Kerry', '2015-08-03']]
   * ```
   */
  async ingestArticles(
    articles: Iterable<CorpusArticleInput> | AsyncIterable<CorpusArticleInput>,
    options: IngestOptions = {},
  ): Promise<IngestSummary> {
    async function* items() {
      let n = 0;
      for await (const a of articles) {
        n++;
        yield {
          ok: true as const,
          bytesRead: 0,
          article: {
            id: a.id,
            title: a.title ?? null,
            text: a.text,
            published: a.published ?? null,
            source: a.source ?? null,
            url: a.url ?? null,
            format: a.format ?? ('auto' as const),
            origin: `article ${n} (${a.id})`,
          },
        };
      }
    }
    const summary = await ingestItems(this.store, items(), 0, options);
    await this.refresh();
    return summary;
  }

  /**
   * Rebuilds the people and meetings from the store when it has changed since the last look.
   * Queries do this by themselves at most every `refreshInterval` ms; call it to see another
   * process's ingest at once.
   *
   * @example
   * ```ts
   * await corpus.refresh();
   * ```
   */
  async refresh(): Promise<void> {
    const revision = await this.store.revision();
    this.#checkedAt = Date.now();
    if (this.#view !== null && revision === this.#revision) return;
    const { articles, reports } = await this.store.loadReports();
    const people = resolvePeople(reports);
    this.#view = new CorpusView(people, mergeMeetings(reports, articles, people));
    this.#revision = revision;
  }

  async #current(): Promise<CorpusView> {
    if (this.#view === null || Date.now() - this.#checkedAt >= this.#refreshInterval) await this.refresh();
    return this.#view as CorpusView;
  }

  /**
   * People matching a name in any spelling, Arabic or Latin, best first (`Akar`, `اكار`, `آكار` and
   * `خلوصي أكار` all find Hulusi Akar).
   *
   * @example
   * ```ts
   * (await corpus.person('Akar')).map((m) => [m.person.id, m.score, m.matched]); //=> [['hulusi-akar', 1, 'أكار']]
   * ```
   */
  async person(query: string, options: { limit?: number } = {}): Promise<PersonMatch[]> {
    return (await this.#current()).find(checkQuery(query), options.limit);
  }

  /**
   * Completions for a name being typed: people with a name word starting with `prefix`.
   *
   * @example
   * ```ts
   * await corpus.suggest('باش'); //=> [{ id: 'fathi-bashagha', name: 'فتحي باشاغا', en: 'Fathi Bashagha', meetings: 3 }]
   * ```
   */
  async suggest(prefix: string, options: { limit?: number } = {}): Promise<PersonSuggestion[]> {
    return (await this.#current()).suggest(String(prefix ?? ''), options.limit);
  }

  /**
   * Everyone the person met, most recent first, each with the meetings and their evidence.
   *
   * @example
   * ```ts
   * const { person, met } = await corpus.whoMet('أكار', { from: '2020-08', to: '2020-08' });
   * person.en; //=> 'Hulusi Akar'
   * met.map((m) => m.person.en); //=> ['Ahmed Maiteeq', 'Fathi Bashagha', 'Fayez al-Sarraj', …]
   * met[0].meetings[0].sources[0].sentence; //=> 'وبحث رئيس المجلس الرئاسي لحكومة الوفاق غير الشرعية فائز السراج، …'
   * ```
   */
  async whoMet(person: string, filter: MeetingFilter = {}): Promise<WhoMetAnswer> {
    return (await this.#current()).whoMet(checkQuery(person), filter);
  }

  /**
   * Every meeting of two people, newest first.
   *
   * @example
   * ```ts
   * (await corpus.meetingsBetween('Akar', 'باشاغا')).map((m) => [m.date, m.place, m.sources.length]);
   * //=> [['2020-12-26', null, 1], ['2020-12-26', 'مقر وزارة داخلية الوفاق', 1], ['2020-08-17', 'فندق كورنثيا', 2]]
   * ```
   */
  async meetingsBetween(a: string, b: string, filter: MeetingFilter = {}): Promise<CorpusMeeting[]> {
    return (await this.#current()).between(checkQuery(a), checkQuery(b), filter);
  }

  /**
   * The dates two people met, newest first.
   *
   * @example
   * ```ts
   * (await corpus.when('Akar', 'باشاغا')).at(-1);
   * //=> { date: '2020-08-17', kind: 'reception', place: 'فندق كورنثيا', meeting: 'seeds/001_65443733ff0e7f94.txt#0', sources: 2 }
   * ```
   */
  async when(a: string, b: string, filter: MeetingFilter = {}): Promise<MeetingDate[]> {
    return (await this.meetingsBetween(a, b, filter)).map((m) => ({
      date: m.date,
      kind: m.kind,
      place: m.place,
      meeting: m.id,
      sources: m.sources.length,
    }));
  }

  /**
   * A person's meetings in time order, oldest first (undated ones at the end).
   *
   * @example
   * ```ts
   * (await corpus.timeline('باشاغا')).map((m) => [m.date, m.kind]);
   * //=> [['2020-08-17', 'reception'], ['2020-12-26', 'meeting'], ['2020-12-26', 'meeting']]
   * ```
   */
  async timeline(person: string, filter: MeetingFilter = {}): Promise<CorpusMeeting[]> {
    const meetings = (await this.#current()).timeline(checkQuery(person), filter);
    return [...meetings.filter((m) => m.date !== null), ...meetings.filter((m) => m.date === null)];
  }

  /**
   * The meeting network around a person, or of the whole corpus.
   *
   * @example
   * ```ts
   * const { nodes, edges } = await corpus.graph({ person: 'أكار', depth: 1 });
   * [nodes.length, edges.length]; //=> [11, 20]
   * edges[0]; //=> { source: 'adnan-ozbal', target: 'fathi-bashagha', weight: 2, meetings: [ … ] }
   * ```
   */
  async graph(options: GraphOptions = {}): Promise<CorpusGraph> {
    return (await this.#current()).graph(options);
  }

  /**
   * Every person and meeting, as plain data: what the exports are made from.
   *
   * @example
   * ```ts
   * const { people, meetings } = await corpus.snapshot();
   * toCsv({ people, meetings: meetings.filter((m) => m.kind === 'call') }, 'meetings');
   * ```
   */
  async snapshot(): Promise<CorpusSnapshot> {
    const view = await this.#current();
    const people = [...view.people.values()].sort((a, b) => b.meetings - a.meetings || (a.id < b.id ? -1 : 1));
    return { people, meetings: view.meetings };
  }

  /**
   * The corpus as JSON, CSV (meetings, or `csv-people`) or GraphML (for Gephi).
   *
   * @example
   * ```ts
   * await writeFile('liqa.graphml', await corpus.export('graphml', { from: '2020' }));
   * ```
   */
  async export(format: ExportFormat, options: { from?: string; to?: string } = {}): Promise<string> {
    const snapshot = await this.snapshot();
    switch (format) {
      case 'json':
        return toJson(snapshot);
      case 'csv':
        return toCsv(snapshot, 'meetings');
      case 'csv-people':
        return toCsv(snapshot, 'people');
      case 'graphml':
        return toGraphML(snapshot, options);
      default:
        throw new LiqaError(
          'invalid_options',
          `export: unknown format ${JSON.stringify(format)}; use json, csv, csv-people or graphml`,
        );
    }
  }

  /**
   * Look up one resolved person by id.
   *
   * @example
   * ```ts
   * (await corpus.getPerson('hulusi-akar'))?.en; //=> 'Hulusi Akar'
   * ```
   */
  async getPerson(id: string): Promise<CorpusPerson | null> {
    return (await this.#current()).people.get(id) ?? null;
  }

  /**
   * How many articles, reports, people and meetings the corpus holds.
   *
   * @example
   * ```ts
   * await corpus.stats(); //=> { articles: 5, reports: 11, participants: 45, people: 22, meetings: 10 }
   * ```
   */
  async stats(): Promise<CorpusStats> {
    const view = await this.#current();
    return { ...(await this.store.stats()), people: view.people.size, meetings: view.meetings.length };
  }

  /**
   * Closes the store (the SQLite file, or the PostgreSQL connections).
   *
   * @example
   * ```ts
   * await corpus.close();
   * ```
   */
  async close(): Promise<void> {
    await this.store.close();
  }
}

function checkQuery(query: unknown): string {
  if (typeof query !== 'string' || query.trim() === '') {
    throw new LiqaError(
      'invalid_input',
      `expected a person's name, got ${query === '' ? 'an empty string' : typeof query}`,
    );
  }
  return query.trim();
}

/**
 * Opens a corpus: on PostgreSQL when `databaseUrl` (or `$DATABASE_URL`) is set, else on the embedded
 * SQLite store under `dataDir` (default `~/.local/share/liqa`).
 *
 * @example
 * ```ts
 * const corpus = await openCorpus({ dataDir: '.liqa' });
 * ```
 */
export async function openCorpus(options: OpenCorpusOptions = {}): Promise<Corpus> {
  const store = options.store ?? (await openStore(options));
  const corpus = new Corpus(store, { refreshInterval: options.refreshInterval });
  await corpus.refresh();
  return corpus;
}
