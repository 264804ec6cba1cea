import { defineCommand } from 'citty';
import { z } from 'zod';
import { CORPUS_ARGS, corpusArgsSchema, FILTER_ARGS, filterArgsSchema, filterOf, withCorpus } from '../corpus-args.js';
import { parseArgs } from '../output.js';
import { renderMet } from '../render-corpus.js';

const argsSchema = corpusArgsSchema.merge(filterArgsSchema).extend({
  name: z.string().trim().min(1, 'give a name, e.g. `liqa who-met أكار`'),
});

/** `liqa who-met NAME`: everyone a person met. */
export const whoMet = defineCommand({
  meta: { name: 'who-met', description: 'Everyone a person met, most recent first, with the evidence' },
  args: {
    name: { type: 'positional', description: 'The person, in any spelling (Arabic or Latin)', required: true },
    ...FILTER_ARGS,
    ...CORPUS_ARGS,
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    await withCorpus(input, async (corpus) => {
      const answer = await corpus.whoMet(input.name, filterOf(input));
      process.stdout.write(input.json ? `${JSON.stringify(answer)}\n` : `${renderMet(answer.person, answer.met)}\n`);
    });
  },
});
