import type { Store } from '../store/store.js';
import { DEFAULT_MAX_ARTICLE_LENGTH } from '../text/parse-article.js';
import { textHash } from './article-record.js';
import { ExtractPool } from './extract-pool.js';
import { checkIngestLimits, overArticleLimit, overLengthLimit } from './ingest-limits.js';
import { planSources, readSources, type SourceArticle, type SourceError } from './read-sources.js';
import { outcomeOf, type RecordOutcome } from './record-of.js';
import type { ArticleRecord } from './types.js';

/** Progress of an ingest, reported after each article. */
export interface IngestProgress {
  /** Input bytes read so far, and in all (compressed bytes for `.gz`). */
  readonly bytesRead: number;
  readonly totalBytes: number;
  /** Articles read so far (stored, skipped or failed). */
  readonly articles: number;
  /** Meetings found in the articles read so far. */
  readonly meetings: number;
  readonly errors: number;
}

/** Options of `Corpus.ingest`. */
export interface IngestOptions {
  /** Called after every article; keep it cheap. */
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Articles written per transaction, from 1 to 10,000: a crash loses at most the
   * batch in flight, and a re-run completes it. @default 200
   */
  batchSize?: number;
  /**
   * Longest article accepted, in UTF-16 code units: a longer file, JSONL line or article is an
   * `input_too_large` error in the summary, and the rest is still ingested.
   * @default DEFAULT_MAX_ARTICLE_LENGTH (10,000,000)
   */
  maxArticleLength?: number;
  /**
   * Most articles one call reads (a bot taking uploads sets it). Past the limit the ingest stops:
   * the articles before it are stored, and the summary's errors end with one `input_too_large`
   * error naming the first article left unread. @default no limit
   */
  maxArticles?: number;
  /** Publication date (`YYYY-MM-DD`) for articles whose input gives none. */
  published?: string;
  /**
   * Worker threads for parsing and extraction (the built package only; from the TypeScript
   * sources, ingest stays on the main thread). @default 1
   */
  workers?: number;
}

/** An article whose source gave it no text (an empty file, a JSONL line with empty `text`). */
export interface EmptyArticle {
  readonly id: string;
  /** Where it was read: `file` or `file:line`. */
  readonly origin: string;
}

/** What an ingest did. */
export interface IngestSummary {
  /** Articles read without error: `added + skipped + empty.length`. */
  readonly articles: number;
  /** Articles stored now. */
  readonly added: number;
  /** Articles already in the store (same id or same text), left as they were. */
  readonly skipped: number;
  /**
   * Articles with no text (only white space): nothing to read, so not stored, and not errors.
   * Scrapers give them for picture stories and pages whose body failed to load; left out of the
   * store, the article is taken in full if a later ingest brings its text.
   */
  readonly empty: readonly EmptyArticle[];
  /** Meeting reports found in the articles stored now. */
  readonly reports: number;
  /** Files and lines that gave no article, each naming the file (and line) and why. */
  readonly errors: readonly SourceError[];
  readonly seconds: number;
  /** Threads that parsed and extracted: 1 unless worker threads were asked for and available. */
  readonly threads: number;
}

/** One article from a caller rather than a file (`Corpus.ingestArticles`). */
export interface CorpusArticleInput {
  readonly id: string;
  readonly text: string;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  readonly format?: 'auto' | 'text' | 'html';
}

type Item =
  | { ok: true; article: SourceArticle; bytesRead: number }
  | { ok: false; error: SourceError; bytesRead: number };

/** Articles in flight per worker: enough to keep every worker busy while the main thread reads. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * Streams items into the store in batches: parse, extract, write. Articles already stored are
 * skipped before the costly extraction, which runs on worker threads when `options.workers` asks
 * for more than one (and the built package is used). Errors of one article are collected, never
 * thrown.
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<Item> | Iterable<Item>,
  totalBytes: number,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  checkIngestLimits(options);
  const started = performance.now();
  const batchSize = options.batchSize ?? 200;
  const maxArticles = options.maxArticles ?? Number.POSITIVE_INFINITY;
  const maxArticleLength = options.maxArticleLength ?? DEFAULT_MAX_ARTICLE_LENGTH;
  const recordOptions = { published: options.published, maxArticleLength: options.maxArticleLength };
  const pool = ExtractPool.create(options.workers ?? 1);
  const errors: SourceError[] = [];
  const empty: EmptyArticle[] = [];
  const seen = new Set<string>();
  let batch: ArticleRecord[] = [];
  let articles = 0;
  let added = 0;
  let skipped = 0;
  let reports = 0;
  let meetings = 0;
  let bytesRead = 0;
  const progress = () => options.onProgress?.({ bytesRead, totalBytes, articles, meetings, errors: errors.length });
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await store.addArticles(batch);
    added += result.added;
    skipped += result.skipped;
    reports += result.reports;
    batch = [];
  };
  const extract = async (article: SourceArticle): Promise<RecordOutcome> =>
    pool ? pool.run(article, recordOptions) : outcomeOf(article, recordOptions);
  // Extractions in flight, in input order; each settles into the batch or the errors.
  const inFlight: Array<{ article: SourceArticle; outcome: Promise<RecordOutcome> }> = [];
  const settle = async () => {
    const next = inFlight.shift();
    if (!next) return;
    const outcome = await next.outcome;
    if ('record' in outcome) {
      meetings += outcome.record.reports.length;
      batch.push(outcome.record);
      if (batch.length >= batchSize) await flush();
    } else {
      articles--;
      const { origin, id } = next.article;
      errors.push({
        file: origin,
        line: null,
        id,
        code: outcome.error.code,
        message: `${origin}: ${outcome.error.message}`,
      });
    }
    progress();
  };
  try {
    for await (const item of items) {
      bytesRead = item.bytesRead;
      if (!item.ok) {
        errors.push(item.error);
        progress();
        continue;
      }
      const { article } = item;
      if (articles >= maxArticles) {
        errors.push(overArticleLimit(article, maxArticles));
        progress();
        break;
      }
      if (article.text.length > maxArticleLength) {
        errors.push(overLengthLimit(article, maxArticleLength));
        progress();
        continue;
      }
      articles++;
      if (article.text.trim() === '') {
        empty.push({ id: article.id, origin: article.origin });
        progress();
        continue;
      }
      const hash = textHash(article.text);
      if (seen.has(hash) || (await store.hasArticle(article.id, hash))) {
        skipped++;
        progress();
        continue;
      }
      seen.add(hash);
      const outcome = extract(article);
      // settle() awaits each outcome in turn; when a worker dies, the outcomes queued behind the
      // awaited one reject too, and must not count as unhandled rejections (which end the process).
      outcome.catch(() => {});
      inFlight.push({ article, outcome });
      while (inFlight.length >= (pool ? pool.size * IN_FLIGHT_PER_WORKER : 1)) await settle();
    }
    while (inFlight.length > 0) await settle();
    await flush();
  } finally {
    await pool?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { articles, added, skipped, empty, reports, errors, seconds, threads: pool?.size ?? 1 };
}

/** Ingests files and folders (txt, html, jsonl, jsonl.gz) into the store. */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  checkIngestLimits(options);
  const plan = await planSources(paths);
  return ingestItems(
    store,
    readSources(plan, { maxArticleLength: options.maxArticleLength }),
    plan.totalBytes,
    options,
  );
}
