// Where parse + extract spend their time, stage by stage: a CPU profile (the V8 sampling profiler,
// as `--cpu-prof` records it) of one run over the corpus, each stage's share read off the call
// tree. It tells where the next speed-up is, which the throughput figures alone cannot.
import { Session } from 'node:inspector/promises';
import type { CorpusReading } from './corpus.js';
import { fixed, table } from './stats.js';
import { processArticles } from './throughput.js';

/** The stages reported, by the name of the function that runs each, nested as they call each other. */
export const STAGES: readonly { readonly name: string; readonly depth: number; readonly what: string }[] = [
  { name: 'parseArticle', depth: 0, what: 'reading an article' },
  { name: 'findBoilerplate', depth: 1, what: 'lines that are not the article' },
  { name: 'findDateline', depth: 1, what: 'place, agency and date at the top' },
  { name: 'splitSentences', depth: 1, what: 'sentences' },
  { name: 'extractMeetings', depth: 0, what: 'finding the meetings' },
  { name: 'findTriggers', depth: 1, what: 'meeting words, in every sentence' },
  { name: 'findPersonsFor', depth: 1, what: 'persons, in articles with a trigger' },
  {
    name: 'mayNamePartiesWithin',
    depth: 2,
    what: 'whether a sentence may name two persons, one after a trigger',
  },
  { name: 'findPersonsWith', depth: 2, what: 'the whole persons stage, where they may' },
  { name: 'tokenizeSentence', depth: 2, what: 'words of each sentence, within the two above' },
  { name: 'parseDates', depth: 1, what: 'dates, in sentences whose trigger has parties' },
  { name: 'candidatesOf', depth: 1, what: 'parties, date and place of each trigger' },
];

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string };
  readonly children?: readonly number[];
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Microseconds spent inside each named function (its callees included), from a V8 CPU profile. */
export function inclusiveTimes(
  profile: Profile,
  names: ReadonlySet<string>,
): { total: number; by: Map<string, number> } {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const selfTime = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    selfTime.set(id, (selfTime.get(id) ?? 0) + delta);
    total += delta;
  });
  const by = new Map<string, number>();
  for (const [id, time] of selfTime) {
    // Recursion puts a name on the stack more than once: it counts once for each sample.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      if (!names.has(name) || seen.has(name)) continue;
      seen.add(name);
      by.set(name, (by.get(name) ?? 0) + time);
    }
  }
  return { total, by };
}

/** Profiles one parse + extract run over `reading` and gives each stage's share as a Markdown section. */
export async function benchStages(reading: CorpusReading, log: (line: string) => void): Promise<string> {
  processArticles(reading.articles.slice(0, 500), true); // warm the JIT and the lexicons
  const session = new Session();
  session.connect();
  let profile: Profile;
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    processArticles(reading.articles, true);
    ({ profile } = (await session.post('Profiler.stop')) as { profile: Profile });
  } finally {
    session.disconnect();
  }
  const { by } = inclusiveTimes(profile, new Set(STAGES.map((s) => s.name)));
  const whole = (by.get('parseArticle') ?? 0) + (by.get('extractMeetings') ?? 0);
  const rows = STAGES.map((stage) => {
    const time = by.get(stage.name) ?? 0;
    const share = whole > 0 ? (100 * time) / whole : 0;
    log(`${stage.name}: ${fixed(share)}%`);
    return [`${'  '.repeat(stage.depth)}${stage.name}`, stage.what, `${fixed(time / 1e6, 2)}`, `${fixed(share)}%`];
  });
  return [
    '## Where the time goes',
    '',
    `One parse + extract run over the same ${reading.articles.length.toLocaleString('en')} articles under the V8 CPU profiler (which slows it a little); ` +
      'each stage with the stages it calls, as a share of parseArticle + extractMeetings. Indented stages are part of the one above.',
    '',
    table(['stage', 'what it does', 'seconds', 'share'], rows),
    '',
  ].join('\n');
}
