import { defineCommand } from 'citty';
import { z } from 'zod';
import { CORPUS_ARGS, corpusArgsSchema, FILTER_ARGS, filterArgsSchema, filterOf, withCorpus } from '../corpus-args.js';
import { parseArgs } from '../output.js';
import { renderCorpusMeeting } from '../render-corpus.js';

const argsSchema = corpusArgsSchema.merge(filterArgsSchema).extend({
  name: z.string().trim().min(1, 'give a name, e.g. `liqa timeline أكار`'),
});

/** `liqa timeline NAME`: a person's meetings in time order. */
export const timeline = defineCommand({
  meta: { name: 'timeline', description: "A person's meetings in time order, oldest first" },
  args: {
    name: { type: 'positional', description: 'The person, in any spelling', required: true },
    ...FILTER_ARGS,
    ...CORPUS_ARGS,
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    await withCorpus(input, async (corpus) => {
      const meetings = await corpus.timeline(input.name, filterOf(input));
      process.stdout.write(
        input.json
          ? `${JSON.stringify(meetings)}\n`
          : `${meetings.map((m) => renderCorpusMeeting(m)).join('\n') || 'No meetings.'}\n`,
      );
    });
  },
});
