// Read a folder of articles and write the meeting network as GraphML, for Gephi or yEd: one node
// per person (Arabic name, Latin spelling, meetings), one edge per pair who met (weight = meetings).
//
//   node examples/graphml-for-gephi.mjs seeds/ liqa.graphml
//
// In Gephi: File › Open, then Layout › ForceAtlas 2, and size the nodes by `meetings`.
// biome-ignore-all lint/suspicious/noConsole: an example prints its answer.
import { writeFile } from 'node:fs/promises';
import { openCorpus } from '@liqa/core';

const [folder, out = 'liqa.graphml'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node graphml-for-gephi.mjs FOLDER [OUT.graphml]');
  process.exit(2);
}

// An in-memory corpus: nothing is kept once the script ends.
const corpus = await openCorpus({ dataDir: ':memory:' });
try {
  const { added, errors } = await corpus.ingest(folder);
  for (const error of errors) console.error(error.message);
  const graph = await corpus.graph();
  await writeFile(out, await corpus.export('graphml'));
  console.log(
    `Read ${added} articles; wrote ${out}: ${graph.nodes.length} people, ${graph.edges.length} pairs who met.`,
  );
  const busiest = [...graph.nodes].sort((a, b) => b.meetings - a.meetings).slice(0, 3);
  console.log(`Most meetings: ${busiest.map((n) => `${n.en} (${n.meetings})`).join(', ')}.`);
} finally {
  await corpus.close();
}
