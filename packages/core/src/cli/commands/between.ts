import { defineCommand } from 'citty';
import { z } from 'zod';
import { CORPUS_ARGS, corpusArgsSchema, FILTER_ARGS, filterArgsSchema, filterOf, withCorpus } from '../corpus-args.js';
import { parseArgs } from '../output.js';
import { personLabel, renderCorpusMeeting } from '../render-corpus.js';

const argsSchema = corpusArgsSchema.merge(filterArgsSchema).extend({
  a: z.string().trim().min(1, 'give two names, e.g. `liqa between أكار باشاغا`'),
  b: z.string().trim().min(1, 'give two names, e.g. `liqa between أكار باشاغا`'),
});

/** `liqa between A B`: every meeting of two people. */
export const between = defineCommand({
  meta: { name: 'between', description: 'Every meeting of two people, newest first' },
  args: {
    a: { type: 'positional', description: 'One person', required: true },
    b: { type: 'positional', description: 'The other person', required: true },
    ...FILTER_ARGS,
    ...CORPUS_ARGS,
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    await withCorpus(input, async (corpus) => {
      const meetings = await corpus.meetingsBetween(input.a, input.b, filterOf(input));
      if (input.json) {
        process.stdout.write(`${JSON.stringify(meetings)}\n`);
        return;
      }
      const [a, b] = await Promise.all([corpus.person(input.a, { limit: 1 }), corpus.person(input.b, { limit: 1 })]);
      const names = [a[0], b[0]].map((m) => (m ? personLabel(m.person) : '?')).join(' and ');
      const head = `${names}: ${meetings.length} meeting${meetings.length === 1 ? '' : 's'}`;
      process.stdout.write(`${[head, ...meetings.map((m) => renderCorpusMeeting(m, '  '))].join('\n')}\n`);
    });
  },
});
