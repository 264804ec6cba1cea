// Throughput on one core: the floor (reading the corpus), parseArticle alone, and parseArticle +
// extractMeetings, each over the whole corpus, median of `repeat` runs.
import { extractMeetings, isLiqaError, parseArticle } from '@liqa/core';
import { type BenchArticle, type CorpusReading, readCorpus } from './corpus.js';
import { fixed, mb, median, repeated, table } from './stats.js';

export interface Throughput {
  readonly seconds: number;
  readonly mbPerSecond: number;
  readonly articlesPerSecond: number;
}

/** Parses (and with `extract`, extracts from) every article; returns the meetings found. */
export function processArticles(articles: readonly BenchArticle[], extract: boolean): number {
  let meetings = 0;
  for (const item of articles) {
    try {
      const article = parseArticle({ id: item.id, title: item.title, text: item.text, published: item.published });
      if (extract) meetings += extractMeetings(article, { published: item.published }).length;
    } catch (error) {
      // Empty articles are refused with a LiqaError, as in an ingest; anything else is a bug.
      if (!isLiqaError(error)) throw error;
    }
  }
  return meetings;
}

function throughput(seconds: number, reading: CorpusReading): Throughput {
  return {
    seconds,
    mbPerSecond: mb(reading.textBytes) / seconds,
    articlesPerSecond: reading.articles.length / seconds,
  };
}

function timeOnce(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) / 1000;
}

export interface ThroughputResult {
  readonly reading: CorpusReading;
  readonly floor: Throughput;
  readonly parse: Throughput;
  readonly extract: Throughput;
  readonly meetings: number;
  readonly section: string;
}

/** Measures the floor, parse and parse + extract on one core. */
export async function benchThroughput(
  corpusFile: string,
  repeat: number,
  log: (line: string) => void,
  every = 1,
): Promise<ThroughputResult> {
  const readings = await repeated(repeat, () => readCorpus(corpusFile));
  const full = readings[0] as CorpusReading;
  const floorSeconds = median(readings.map((r) => r.seconds));
  const articles = full.articles.filter((_, i) => i % every === 0);
  const reading: CorpusReading = {
    articles,
    textBytes: articles.reduce((sum, a) => sum + Buffer.byteLength(a.title) + Buffer.byteLength(a.text), 0),
    seconds: floorSeconds,
  };
  const floor = throughput(floorSeconds * (reading.textBytes / full.textBytes), reading);
  log(`floor: ${fixed(floor.mbPerSecond)} MB/s`);
  processArticles(articles.slice(0, 500), true); // warm the JIT and the lexicons
  const parse = throughput(
    median(await repeated(repeat, () => timeOnce(() => processArticles(articles, false)))),
    reading,
  );
  log(`parseArticle: ${fixed(parse.mbPerSecond, 2)} MB/s`);
  let meetings = 0;
  const extract = throughput(
    median(await repeated(repeat, () => timeOnce(() => (meetings = processArticles(articles, true))))),
    reading,
  );
  log(`parseArticle + extractMeetings: ${fixed(extract.mbPerSecond, 2)} MB/s (${meetings} meetings)`);
  const row = (name: string, t: Throughput) => [
    name,
    fixed(t.seconds, 2),
    fixed(t.mbPerSecond, 2),
    fixed(t.articlesPerSecond, 0),
    `${fixed(floor.mbPerSecond / t.mbPerSecond, 1)}×`,
  ];
  const section = [
    '## Throughput on one core',
    '',
    `${articles.length.toLocaleString('en')} articles, ${fixed(mb(reading.textBytes))} MB of text (UTF-8 titles and bodies); median of ${repeat} runs. ` +
      `The floor reads the corpus (gunzip + JSON.parse) with no liqa code; "× floor" is how many times slower a stage is. ` +
      `${meetings} meetings found.`,
    '',
    table(
      ['stage', 'seconds', 'MB/s', 'articles/s', '× floor'],
      [
        row('floor: gunzip + JSON.parse', floor),
        row('parseArticle', parse),
        row('parseArticle + extractMeetings', extract),
      ],
    ),
    '',
  ].join('\n');
  return { reading, floor, parse, extract, meetings, section };
}
