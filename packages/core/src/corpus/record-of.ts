import { isLiqaError, type LiqaErrorCode } from '../errors.js';
import { extractMeetings } from '../meetings/extract-meetings.js';
import { parseArticle } from '../text/parse-article.js';
import { articleRecord, textHash } from './article-record.js';
import type { SourceArticle } from './read-sources.js';
import type { ArticleRecord } from './types.js';

/** How {@link recordOf} reads an article: the ingest options that reach parsing. */
export interface RecordOptions {
  /** Publication date for an article that gives none. */
  readonly published?: string | undefined;
  /** Longest text accepted, in UTF-16 code units (parseArticle's `maxLength`). */
  readonly maxArticleLength?: number | undefined;
}

/** Parses and extracts one article into the record the store keeps. */
export function recordOf(article: SourceArticle, options: RecordOptions = {}): ArticleRecord {
  const { published, maxArticleLength } = options;
  const parsed = parseArticle(
    { id: article.id, title: article.title, text: article.text, published: article.published ?? published ?? null },
    { format: article.format, ...(maxArticleLength === undefined ? {} : { maxLength: maxArticleLength }) },
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

/** The record of an article, or why its input was refused (a LiqaError, as data that crosses threads). */
export type RecordOutcome = { record: ArticleRecord } | { error: { code: LiqaErrorCode; message: string } };

/**
 * {@link recordOf}, with bad input (a LiqaError) returned as data, on the main thread and on worker
 * threads alike; any other error is a bug and is thrown.
 */
export function outcomeOf(article: SourceArticle, options: RecordOptions = {}): RecordOutcome {
  try {
    return { record: recordOf(article, options) };
  } catch (error) {
    if (!isLiqaError(error)) throw error;
    return { error: { code: error.code, message: error.message } };
  }
}
