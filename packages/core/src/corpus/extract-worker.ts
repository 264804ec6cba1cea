import { parentPort } from 'node:worker_threads';
import { isLiqaError } from '../errors.js';
import type { SourceArticle } from './read-sources.js';
import { type RecordOptions, recordOf } from './record-of.js';

/**
 * A worker thread of {@link ExtractPool}: parses and extracts the articles it is sent and posts
 * back their records. A LiqaError (bad input) is posted back as data; anything else is a bug and
 * ends the worker with its stack, which the pool turns into a rejected ingest.
 */
parentPort?.on('message', (job: { id: number; article: SourceArticle; options: RecordOptions }) => {
  try {
    parentPort?.postMessage({ id: job.id, record: recordOf(job.article, job.options) });
  } catch (error) {
    if (!isLiqaError(error)) throw error;
    parentPort?.postMessage({ id: job.id, error: { code: error.code, message: error.message } });
  }
});
