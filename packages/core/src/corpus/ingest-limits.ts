import { LiqaError } from '../errors.js';
import type { SourceArticle, SourceError } from './read-sources.js';

/**
 * Largest `batchSize` of an ingest: a batch is one transaction, held in memory with all its
 * reports until it commits, and a crash loses it whole.
 */
export const MAX_BATCH_SIZE = 10_000;

/** The limits an ingest takes (see `IngestOptions`). */
export interface IngestLimits {
  readonly batchSize?: number | undefined;
  readonly maxArticleLength?: number | undefined;
  readonly maxArticles?: number | undefined;
}

const isPositiveInteger = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;

/** Checks an ingest's limits before anything is read: a bad one throws `invalid_options`. */
export function checkIngestLimits({ batchSize, maxArticleLength, maxArticles }: IngestLimits): void {
  const bad = (name: string, rule: string, value: unknown) => {
    throw new LiqaError('invalid_options', `ingest: ${name} must be ${rule}, got ${String(value)}`, { [name]: value });
  };
  if (batchSize !== undefined && (!isPositiveInteger(batchSize) || batchSize > MAX_BATCH_SIZE)) {
    bad('batchSize', `a whole number from 1 to ${MAX_BATCH_SIZE}`, batchSize);
  }
  if (maxArticleLength !== undefined && !isPositiveInteger(maxArticleLength)) {
    bad('maxArticleLength', 'a positive whole number', maxArticleLength);
  }
  if (maxArticles !== undefined && !isPositiveInteger(maxArticles)) {
    bad('maxArticles', 'a positive whole number', maxArticles);
  }
}

/** The file and line of an article's origin (`file:line` for a JSONL line, else the file or caller's label). */
function whereRead(origin: string): { file: string; line: number | null } {
  const match = /^(.+):(\d+)$/.exec(origin);
  return match ? { file: match[1] as string, line: Number(match[2]) } : { file: origin, line: null };
}

/** The error of the first article past `maxArticles`: the ingest stops there. */
export function overArticleLimit(article: SourceArticle, maxArticles: number): SourceError {
  return {
    ...whereRead(article.origin),
    id: article.id,
    code: 'input_too_large',
    message: `${article.origin}: not read, nor anything after it: one ingest takes at most ${maxArticles} articles (maxArticles)`,
  };
}

/** The error of an article longer than `maxArticleLength` (files are measured as they are read). */
export function overLengthLimit(article: SourceArticle, maxArticleLength: number): SourceError {
  return {
    ...whereRead(article.origin),
    id: article.id,
    code: 'input_too_large',
    message: `${article.origin}: the article is ${article.text.length} characters long, over the limit of ${maxArticleLength} (maxArticleLength)`,
  };
}
