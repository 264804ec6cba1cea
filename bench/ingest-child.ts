// Run in a child process by the ingest benchmark, so that its peak RSS is the ingest's own:
// `ingest TARGET FILE` ingests FILE into the store, `open TARGET` opens the corpus and asks one
// question (which builds the in-memory view). Prints one JSON line of figures.
import { availableParallelism } from 'node:os';
import { openCorpus } from '@liqa/core';
import { openTarget, type StoreTarget } from './store-target.js';

const [mode, targetJson, file] = process.argv.slice(2);
const target = JSON.parse(targetJson ?? '{}') as StoreTarget;
const store = await openTarget(target);
const started = performance.now();
const corpus = await openCorpus({ store });
let figures: Record<string, number>;
if (mode === 'ingest') {
  const summary = await corpus.ingest([file as string], { workers: availableParallelism() });
  figures = {
    seconds: (performance.now() - started) / 1000,
    added: summary.added,
    reports: summary.reports,
    threads: summary.threads,
  };
} else {
  const busiest = (await corpus.snapshot()).people[0];
  if (busiest) await corpus.whoMet(busiest.id);
  const stats = await corpus.stats();
  // After a full collection the heap holds what the open corpus keeps, not garbage of its build.
  (globalThis as { gc?: () => void }).gc?.();
  figures = {
    seconds: (performance.now() - started) / 1000,
    people: stats.people,
    meetings: stats.meetings,
    heapUsed: process.memoryUsage().heapUsed,
  };
}
await corpus.close();
process.stdout.write(`${JSON.stringify({ ...figures, maxRss: process.resourceUsage().maxRSS * 1024 })}\n`);
