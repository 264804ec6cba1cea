// The same corpus on PostgreSQL: set DATABASE_URL and openCorpus() stores the articles and meetings
// there instead of the embedded SQLite file, so several scripts, bots and machines share one corpus.
//
//   DATABASE_URL=postgres://liqa:liqa@127.0.0.1:5432/liqa node examples/postgres.mjs seeds/
//
// The tables are created (and migrated) on first use. Running it again adds nothing: an article
// already stored, by id or by text, is skipped.
// biome-ignore-all lint/suspicious/noConsole: an example prints its answer.
import { openCorpus } from '@liqa/core';

const [folder] = process.argv.slice(2);
if (!process.env.DATABASE_URL || !folder) {
  console.error('usage: DATABASE_URL=postgres://user:password@host:5432/db node postgres.mjs FOLDER');
  process.exit(2);
}

const corpus = await openCorpus(); // reads $DATABASE_URL
try {
  const { added, skipped } = await corpus.ingest(folder);
  const stats = await corpus.stats();
  console.log(`${corpus.store.kind} at ${corpus.store.location}`);
  console.log(
    `${added} articles added, ${skipped} already stored; the corpus holds ${stats.articles} articles and ${stats.meetings} meetings.`,
  );
  const meetings = await corpus.meetingsBetween('Akar', 'Bashagha');
  console.log(`Hulusi Akar and Fathi Bashagha met ${meetings.length} times:`);
  for (const m of meetings) {
    const sources = m.sources.length === 1 ? '1 source' : `${m.sources.length} sources`;
    console.log(`  ${m.date} ${m.kind}${m.place ? ` at ${m.place}` : ''} (${sources})`);
  }
} finally {
  await corpus.close();
}
