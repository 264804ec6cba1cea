// A worker thread of the parallel benchmark: receives its share of the corpus, waits for "go",
// parses and extracts every article, and posts back the meetings it found.
import { parentPort } from 'node:worker_threads';
import type { BenchArticle } from './corpus.js';
import { processArticles } from './throughput.js';

let share: BenchArticle[] = [];
parentPort?.on('message', (message: { share: BenchArticle[] } | 'go') => {
  if (message === 'go') {
    parentPort?.postMessage({ meetings: processArticles(share, true) });
    return;
  }
  share = message.share;
  processArticles(share.slice(0, 200), true); // warm up, as the single-core run does
  parentPort?.postMessage('ready');
});
