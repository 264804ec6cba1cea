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

/** UTF-8 bytes of the titles and texts of `articles`. */
function articleBytes(articles: readonly BenchArticle[]): number {
  return articles.reduce((sum, a) => sum + Buffer.byteLength(a.title) + Buffer.byteLength(a.text), 0);
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

/** The seconds of one round: the floor, parse alone, and parse + extract, timed back to back. */
interface Round {
  readonly floor: number;
  readonly parse: number;
  readonly extract: number;
}

/**
 * Measures the floor, parse and parse + extract on one core. Each round reads the corpus (the
 * floor), then parses it, then parses and extracts it, so that a stage's ratio to the floor is
 * taken within one round: the machine's speed swings by up to a third within the hour, and a
 * floor read in another minute would say more of the machine than of liqa. Every figure is the
 * median over the rounds.
 */
export async function benchThroughput(
  corpusFile: string,
  repeat: number,
  log: (line: string) => void,
  every = 1,
): Promise<ThroughputResult> {
  let articles: BenchArticle[] = [];
  let share = 1;
  let meetings = 0;
  const rounds = await repeated(repeat, (run): Round => {
    // Only the first reading's articles are kept; the others are read for their time alone.
    const corpus = readCorpus(corpusFile);
    if (run === 0) {
      articles = corpus.articles.filter((_, i) => i % every === 0);
      share = articleBytes(articles) / corpus.textBytes;
      processArticles(articles.slice(0, 500), true); // warm the JIT and the lexicons
    }
    const parse = timeOnce(() => processArticles(articles, false));
    const extract = timeOnce(() => (meetings = processArticles(articles, true)));
    log(
      `run ${run + 1}: floor ${fixed(corpus.seconds, 2)} s, parse ${fixed(parse, 2)} s, parse + extract ${fixed(extract, 2)} s`,
    );
    return { floor: corpus.seconds * share, parse, extract };
  });
  const reading: CorpusReading = {
    articles,
    textBytes: articleBytes(articles),
    seconds: median(rounds.map((r) => r.floor)),
  };
  const floor = throughput(reading.seconds, reading);
  const parse = throughput(median(rounds.map((r) => r.parse)), reading);
  const extract = throughput(median(rounds.map((r) => r.extract)), reading);
  // Each stage's ratio to the floor of its own round, the median of them.
  const timesFloor = (stage: (r: Round) => number) => median(rounds.map((r) => stage(r) / r.floor));
  const ratios = new Map<Throughput, number>([
    [floor, 1],
    [parse, timesFloor((r) => r.parse)],
    [extract, timesFloor((r) => r.extract)],
  ]);
  log(`floor: ${fixed(floor.mbPerSecond)} MB/s`);
  log(`parseArticle: ${fixed(parse.mbPerSecond, 2)} MB/s, ${fixed(ratios.get(parse) ?? 0, 1)}× the floor`);
  log(
    `parseArticle + extractMeetings: ${fixed(extract.mbPerSecond, 2)} MB/s, ${fixed(ratios.get(extract) ?? 0, 1)}× the floor (${meetings} meetings)`,
  );
  const row = (name: string, t: Throughput) => [
    name,
    fixed(t.seconds, 2),
    fixed(t.mbPerSecond, 2),
    fixed(t.articlesPerSecond, 0),
    `${fixed(ratios.get(t) ?? 0, 1)}×`,
  ];
  const section = [
    '## Throughput on one core',
    '',
    `${articles.length.toLocaleString('en')} articles, ${fixed(mb(reading.textBytes))} MB of text (UTF-8 titles and bodies); median of ${repeat} runs. ` +
      `The floor reads the corpus (gunzip + JSON.parse) with no liqa code; "× floor" is how many times slower a stage is, ` +
      `the median of each run's own ratio: a run reads the corpus, then parses it, then parses and extracts, so that the ` +
      `ratio is taken while the machine runs at one speed. ${meetings} meetings found.`,
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
