// The SaudiNewsNet corpus beside the repository, read for the benchmarks: this reading (gunzip and
// JSON.parse, no liqa code) is the floor every other figure is compared with.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export const CORPUS_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'shared',
  'corpora',
  'saudinewsnet',
  'saudinewsnet.jsonl.gz',
);

/** One corpus article, as the benchmarks feed it to liqa. */
export interface BenchArticle {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** The crawl day, which the corpus README says is most likely the publication day. */
  readonly published: string;
}

export interface CorpusReading {
  readonly articles: BenchArticle[];
  /** UTF-8 bytes of every title and text: the "MB" of every MB/s figure. */
  readonly textBytes: number;
  readonly seconds: number;
}

interface RawArticle {
  id: string;
  title?: string;
  content?: string;
  date_extracted?: string;
}

/** Reads the whole corpus into memory: gunzip, split lines, JSON.parse. */
export function readCorpus(file = CORPUS_FILE): CorpusReading {
  if (!existsSync(file))
    throw new Error(`the SaudiNewsNet corpus is not at ${file}: the benchmarks need ../shared beside the repository`);
  const started = performance.now();
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
  const articles: BenchArticle[] = [];
  let textBytes = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    const raw = JSON.parse(line) as RawArticle;
    const article = {
      id: raw.id,
      title: raw.title ?? '',
      text: raw.content ?? '',
      published: (raw.date_extracted ?? '').slice(0, 10),
    };
    textBytes += Buffer.byteLength(article.title) + Buffer.byteLength(article.text);
    articles.push(article);
  }
  return { articles, textBytes, seconds: (performance.now() - started) / 1000 };
}
