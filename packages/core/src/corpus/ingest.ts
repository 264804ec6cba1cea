import { isLiqaError } from '../errors.js';
import { extractMeetings } from '../meetings/extract-meetings.js';
import type { Store } from '../store/store.js';
import { parseArticle } from '../text/parse-article.js';
import { articleRecord, textHash } from './article-record.js';
import { planSources, readSources, type SourceArticle, type SourceError } from './read-sources.js';
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
   * Articles written per transaction: a crash loses at most the batch in flight, and a re-run
   * completes it. @default 200
   */
  batchSize?: number;
  /** Publication date (`YYYY-MM-DD`) for articles whose input gives none. */
  published?: string;
}

/** What an ingest did. */
export interface IngestSummary {
  /** Articles read without error. */
  readonly articles: number;
  /** Articles stored now. */
  readonly added: number;
  /** Articles already in the store (same id or same text), left as they were. */
  readonly skipped: number;
  /** Meeting reports found in the articles stored now. */
  readonly reports: number;
  /** Files and lines that gave no article, each naming the file (and line) and why. */
  readonly errors: readonly SourceError[];
  readonly seconds: number;
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

/** Parses and extracts one article into the record the store keeps. */
export function recordOf(article: SourceArticle, published: string | undefined): ArticleRecord {
  const parsed = parseArticle(
    { id: article.id, title: article.title, text: article.text, published: article.published ?? published ?? null },
    { format: article.format },
  );
  const meetings = extractMeetings(parsed, { published: parsed.published });
  return articleRecord(parsed, meetings, {
    id: article.id,
    hash: textHash(article.text),
    published: parsed.published,
    source: article.source,
    url: article.url,
    origin: article.origin,
  });
}

/**
 * Streams items into the store in batches: parse, extract, write. Articles already stored are
 * skipped before the costly extraction. Errors of one article are collected, never thrown.
 */
export async function ingestItems(
  store: Store,
  items: AsyncIterable<Item> | Iterable<Item>,
  totalBytes: number,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 200;
  const errors: SourceError[] = [];
  let batch: ArticleRecord[] = [];
  const batchHashes = new Set<string>();
  let articles = 0;
  let added = 0;
  let skipped = 0;
  let reports = 0;
  let meetings = 0;
  let bytesRead = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await store.addArticles(batch);
    added += result.added;
    skipped += result.skipped;
    reports += result.reports;
    batch = [];
    batchHashes.clear();
  };
  for await (const item of items) {
    bytesRead = item.bytesRead;
    if (!item.ok) {
      errors.push(item.error);
    } else {
      const { article } = item;
      articles++;
      const hash = textHash(article.text);
      if (batchHashes.has(hash) || (await store.hasArticle(article.id, hash))) {
        skipped++;
      } else {
        try {
          const record = recordOf(article, options.published);
          meetings += record.reports.length;
          batch.push(record);
          batchHashes.add(hash);
        } catch (error) {
          if (!isLiqaError(error)) throw error;
          articles--;
          errors.push({
            file: article.origin,
            line: null,
            id: article.id,
            code: error.code,
            message: `${article.origin}: ${error.message}`,
          });
        }
      }
      if (batch.length >= batchSize) await flush();
    }
    options.onProgress?.({ bytesRead, totalBytes, articles, meetings, errors: errors.length });
  }
  await flush();
  return { articles, added, skipped, reports, errors, seconds: (performance.now() - started) / 1000 };
}

/** Ingests files and folders (txt, html, jsonl, jsonl.gz) into the store. */
export async function ingestPaths(
  store: Store,
  paths: readonly string[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const plan = await planSources(paths);
  return ingestItems(store, readSources(plan), plan.totalBytes, options);
}
