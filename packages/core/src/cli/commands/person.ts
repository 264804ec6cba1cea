import { defineCommand } from 'citty';
import { z } from 'zod';
import { CORPUS_ARGS, corpusArgsSchema, withCorpus } from '../corpus-args.js';
import { parseArgs } from '../output.js';
import { renderPerson } from '../render-corpus.js';

const argsSchema = corpusArgsSchema.extend({
  query: z.string().trim().min(1, 'give a name to look up, e.g. `liqa person Akar`'),
  limit: z.coerce.number().int().min(1).max(100).default(5),
});

/** `liqa person QUERY`: who is this, by any spelling. */
export const person = defineCommand({
  meta: { name: 'person', description: 'Find people by any spelling: canonical name, aliases, roles, counts' },
  args: {
    query: { type: 'positional', description: 'A name in Arabic or Latin letters, whole or in part', required: true },
    limit: { type: 'string', description: 'Most people to show (default 5)' },
    ...CORPUS_ARGS,
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    await withCorpus(input, async (corpus) => {
      const matches = await corpus.person(input.query, { limit: input.limit });
      if (input.json) {
        process.stdout.write(`${JSON.stringify(matches)}\n`);
        return;
      }
      if (matches.length === 0) {
        process.stdout.write(`Nobody in the corpus is called ${input.query}.\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${matches.map((m) => renderPerson(m.person, m.score)).join('\n\n')}\n`);
    });
  },
});
