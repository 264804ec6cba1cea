// parseArticle + extractMeetings over all cores with worker threads: the speed-up over one core.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { BenchArticle, CorpusReading } from './corpus.js';
import { fixed, mb, median, repeated, table } from './stats.js';
import type { Throughput } from './throughput.js';

const WORKER = new URL('./parallel-worker.mjs', import.meta.url);

function once<T>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

/** One parallel run; the clock starts once every worker holds its share and has warmed up. */
async function runParallel(
  articles: readonly BenchArticle[],
  threads: number,
): Promise<{ seconds: number; meetings: number }> {
  const workers = Array.from({ length: threads }, () => new Worker(WORKER));
  try {
    const shares = workers.map((_, k) => articles.filter((_, i) => i % threads === k));
    await Promise.all(
      workers.map((worker, k) => {
        const ready = once<string>(worker);
        worker.postMessage({ share: shares[k] });
        return ready;
      }),
    );
    const started = performance.now();
    const done = workers.map((worker) => once<{ meetings: number }>(worker));
    for (const worker of workers) worker.postMessage('go');
    const results = await Promise.all(done);
    return {
      seconds: (performance.now() - started) / 1000,
      meetings: results.reduce((sum, r) => sum + r.meetings, 0),
    };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Measures parse + extract on every core and compares it with the single-core figure. */
export async function benchParallel(
  reading: CorpusReading,
  single: Throughput & { meetings: number },
  repeat: number,
  log: (line: string) => void,
): Promise<string> {
  const threads = availableParallelism();
  const runs = await repeated(repeat, () => runParallel(reading.articles, threads));
  const seconds = median(runs.map((r) => r.seconds));
  const mbPerSecond = mb(reading.textBytes) / seconds;
  const speedUp = single.seconds / seconds;
  log(`parallel on ${threads} threads: ${fixed(mbPerSecond, 2)} MB/s, ${fixed(speedUp, 2)}× one core`);
  return [
    '## Parallel parse + extract',
    '',
    `parseArticle + extractMeetings on ${threads} worker threads (one per core), the articles dealt out in turn; median of ${repeat} runs; ${runs[0]?.meetings ?? 0} meetings found (one core: ${single.meetings}).`,
    '',
    table(
      ['threads', 'seconds', 'MB/s', 'articles/s', 'speed-up'],
      [
        ['1', fixed(single.seconds, 2), fixed(single.mbPerSecond, 2), fixed(single.articlesPerSecond, 0), '1.00×'],
        [
          String(threads),
          fixed(seconds, 2),
          fixed(mbPerSecond, 2),
          fixed(reading.articles.length / seconds, 0),
          `${fixed(speedUp, 2)}×`,
        ],
      ],
    ),
    '',
  ].join('\n');
}
