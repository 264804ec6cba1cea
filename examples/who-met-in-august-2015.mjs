// Who met John Kerry (or anyone) in August 2015, according to the SaudiNewsNet corpus: 31,030
// Saudi news articles of July–August 2015, as JSON lines (gzipped), read into an in-memory corpus.
//
//   node examples/who-met-in-august-2015.mjs saudinewsnet.jsonl.gz Kerry
//
// The name may be in Arabic or Latin letters, whole or in part (Kerry, كيري, جون كيري). The whole
// corpus takes a few minutes to read; to ask many questions, ingest it once (`liqa ingest`) and
// open the stored corpus with `openCorpus()`.
// biome-ignore-all lint/suspicious/noConsole: an example prints its answer.
import { availableParallelism } from 'node:os';
import { openCorpus } from '@liqa/core';

const [corpusFile, name = 'Kerry'] = process.argv.slice(2);
if (!corpusFile) {
  console.error('usage: node who-met-in-august-2015.mjs CORPUS.jsonl.gz [NAME]');
  process.exit(2);
}

const corpus = await openCorpus({ dataDir: ':memory:' });
try {
  // Parsing and extraction on every core (worker threads).
  const read = await corpus.ingest(corpusFile, { workers: availableParallelism() });
  console.log(`Read ${read.articles} articles.`);
  const { person, met } = await corpus.whoMet(name, { from: '2015-08', to: '2015-08' });
  console.log(`${person.name} (${person.en}) met ${met.length} people in August 2015:`);
  for (const { person: other, meetings } of met) {
    console.log(`- ${other.name} (${other.en})`);
    for (const meeting of meetings) {
      const where = meeting.place ? ` in ${meeting.place}` : '';
      const papers = [...new Set(meeting.sources.map((s) => s.source))].join(', ');
      console.log(`    ${meeting.date} ${meeting.kind}${where}, reported by ${papers}`);
    }
  }
} finally {
  await corpus.close();
}
