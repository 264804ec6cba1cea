import { parentPort } from 'node:worker_threads';
import type { SourceArticle } from './read-sources.js';
import { outcomeOf, type RecordOptions } from './record-of.js';

/**
 * A worker thread of {@link ExtractPool}: parses and extracts the articles it is sent and posts
 * back their records. A LiqaError (bad input) is posted back as data; anything else is a bug and
 * ends the worker with its stack, which the pool turns into a rejected ingest.
 */
parentPort?.on('message', (job: { id: number; article: SourceArticle; options: RecordOptions }) => {
  parentPort?.postMessage({ id: job.id, ...outcomeOf(job.article, job.options) });
});
