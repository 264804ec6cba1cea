// Query latency over a full-corpus store: whoMet, meetingsBetween, person (fuzzy) and autocomplete,
// each from 10,000 queries drawn from the people the store holds (tinybench, p50 and p99).
import { type Corpus, type CorpusSnapshot, openCorpus } from '@liqa/core';
import { Bench } from 'tinybench';
import { ms, table } from './stats.js';
import { openTarget, type StoreKind, type StoreTarget } from './store-target.js';

/** Queries of each kind, by default. */
export const QUERIES = 10_000;

/** A fixed pseudo-random sequence (mulberry32), so that every run asks the same questions. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Query inputs as users type them: names in Arabic or Latin, misspelt names, prefixes, real pairs. */
export function drawQueries(snapshot: CorpusSnapshot, count = QUERIES) {
  const random = seededRandom(2015);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const people = snapshot.people;
  const pairs = snapshot.meetings
    .map((m) => [m.participants[0]?.name, m.participants[1]?.name])
    .filter((p): p is [string, string] => Boolean(p[0] && p[1]));
  const names: string[] = [];
  const fuzzy: string[] = [];
  const prefixes: string[] = [];
  const between: Array<[string, string]> = [];
  for (let i = 0; i < count; i++) {
    const person = pick(people);
    const name = random() < 0.5 || !person.en ? person.name : person.en;
    names.push(name);
    // A misspelling: one letter dropped from the middle.
    const cut = 1 + Math.floor(random() * Math.max(1, name.length - 2));
    fuzzy.push(name.slice(0, cut) + name.slice(cut + 1));
    prefixes.push(name.slice(0, 2 + Math.floor(random() * 3)));
    between.push(random() < 0.7 && pairs.length > 0 ? pick(pairs) : [pick(people).name, pick(people).name]);
  }
  return { names, fuzzy, prefixes, between };
}

type Row = { store: string; query: string; p50: number; p99: number };

async function latencies(corpus: Corpus, label: string, count: number, log: (line: string) => void): Promise<Row[]> {
  const queries = drawQueries(await corpus.snapshot(), count);
  const cycle = <T>(items: readonly T[]) => {
    let i = 0;
    return () => items[i++ % items.length] as T;
  };
  // Questions about a person nobody holds are answered with an error: a query too.
  const quietly = (promise: Promise<unknown>) => promise.catch(() => undefined);
  const nextName = cycle(queries.names);
  const nextPair = cycle(queries.between);
  const nextFuzzy = cycle(queries.fuzzy);
  const nextPrefix = cycle(queries.prefixes);
  const bench = new Bench({ iterations: count, time: 0, warmupIterations: 200, warmupTime: 0 });
  bench
    .add('whoMet', () => quietly(corpus.whoMet(nextName())))
    .add('meetingsBetween', () => {
      const [a, b] = nextPair();
      return quietly(corpus.meetingsBetween(a, b));
    })
    .add('person (fuzzy)', () => quietly(corpus.person(nextFuzzy(), { limit: 10 })))
    .add('autocomplete', () => quietly(corpus.suggest(nextPrefix(), { limit: 25 })));
  await bench.run();
  return bench.tasks.map((task) => {
    const latency = task.result?.latency;
    const row = { store: label, query: task.name, p50: latency?.p50 ?? Number.NaN, p99: latency?.p99 ?? Number.NaN };
    log(`${label} ${task.name}: p50 ${ms(row.p50)}, p99 ${ms(row.p99)}`);
    return row;
  });
}

export async function benchQueries(
  stores: ReadonlyMap<StoreKind, StoreTarget>,
  count: number,
  log: (line: string) => void,
): Promise<string> {
  const rows: Row[] = [];
  for (const [kind, target] of stores) {
    const corpus = await openCorpus({ store: await openTarget(target) });
    try {
      rows.push(...(await latencies(corpus, kind === 'sqlite' ? 'SQLite (embedded)' : 'PostgreSQL', count, log)));
    } finally {
      await corpus.close();
    }
  }
  return [
    '## Query latency',
    '',
    `${count.toLocaleString('en')} queries of each kind over the full-corpus store, drawn (fixed seed) from the people it holds: names in Arabic or Latin letters for whoMet, real pairs (70%) and random pairs for meetingsBetween, names with one letter dropped for the fuzzy search, 2–4 letter prefixes for autocomplete. tinybench; answers come from the corpus's in-memory view, which checks the store for new articles at most once a second.`,
    '',
    table(
      ['store', 'query', 'p50', 'p99'],
      rows.map((r) => [r.store, r.query, ms(r.p50), ms(r.p99)]),
    ),
    '',
  ].join('\n');
}
