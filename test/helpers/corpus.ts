import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { SHARED_DIR } from './seeds.js';

/** The SaudiNewsNet corpus beside the repository (test data; never shipped). */
export const CORPUS_FILE = join(SHARED_DIR, 'corpora', 'saudinewsnet', 'saudinewsnet.jsonl.gz');
export const CORPUS_AVAILABLE = existsSync(CORPUS_FILE);
/** `LIQA_CORPUS=full` runs corpus tests on every article; by default they take a fixed sample. */
export const FULL_CORPUS = process.env.LIQA_CORPUS === 'full';
/** Time one corpus test may take: the whole corpus takes minutes on one core, the sample seconds. */
export const CORPUS_TIMEOUT = FULL_CORPUS ? 1_200_000 : 180_000;

/** One SaudiNewsNet article, with the fields the tests use. */
export interface CorpusArticle {
  id: string;
  source: string;
  title: string;
  content: string;
  date_extracted: string;
}

/**
 * Streams the corpus, one article at a time, keeping every `every`-th article (1 = all).
 * The sample is fixed (by position), so runs are comparable.
 */
export async function* readCorpus(every = 1): AsyncGenerator<CorpusArticle> {
  const lines = createInterface({
    input: createReadStream(CORPUS_FILE).pipe(createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let index = 0;
  for await (const line of lines) {
    if (line.length === 0) continue;
    if (index++ % every !== 0) continue;
    yield JSON.parse(line) as CorpusArticle;
  }
}
