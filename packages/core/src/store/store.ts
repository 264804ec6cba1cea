import type { ArticleRecord, MeetingReport, StoredArticle } from '../corpus/types.js';

/** What a store holds: every article with a meeting, and every report of a meeting. */
export interface StoredReports {
  /** The articles that report at least one meeting, by id. */
  readonly articles: ReadonlyMap<string, StoredArticle>;
  /** Every meeting report, ordered by article id then position. */
  readonly reports: readonly MeetingReport[];
}

/** What {@link Store.addArticles} did with a batch. */
export interface AddResult {
  /** Articles written. */
  readonly added: number;
  /** Articles skipped because one with the same id or the same text was already stored. */
  readonly skipped: number;
  /** Meeting reports written. */
  readonly reports: number;
}

/** Counts of what a store holds. */
export interface StoreStats {
  readonly articles: number;
  readonly reports: number;
  readonly participants: number;
}

/**
 * Where a corpus keeps its articles and their meeting reports. Two implementations share one schema
 * and one contract test suite: the embedded SQLite file and PostgreSQL. People and merged meetings
 * are derived from the reports by the corpus, so every store answers the same questions the same way.
 */
export interface Store {
  /** `sqlite` (embedded) or `postgres`. */
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives: a file path, or the server address without the password. */
  readonly location: string;
  /**
   * Writes the records in one transaction: either every new article with all its reports is stored,
   * or, on any error, nothing is. An article whose id or text hash is already stored is skipped.
   */
  addArticles(records: readonly ArticleRecord[]): Promise<AddResult>;
  /** True when an article with this id or this text hash is stored. */
  hasArticle(id: string, hash?: string): Promise<boolean>;
  /** Every meeting report with the metadata of its article. */
  loadReports(): Promise<StoredReports>;
  /** A number that changes whenever an ingest commits, so readers know when to reload. */
  revision(): Promise<number>;
  stats(): Promise<StoreStats>;
  /** The schema version the store is at (the last migration applied). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
