import { writeFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { z } from 'zod';
import { LiqaError } from '../../errors.js';
import { CORPUS_ARGS, corpusArgsSchema, filterArgsSchema, withCorpus } from '../corpus-args.js';
import { parseArgs } from '../output.js';

const argsSchema = corpusArgsSchema.merge(filterArgsSchema.pick({ from: true, to: true })).extend({
  format: z.enum(['json', 'csv', 'csv-people', 'graphml']).default('json'),
  out: z.string().min(1).optional(),
});

/** `liqa export --format json|csv|csv-people|graphml`: the corpus for other tools. */
export const exportCommand = defineCommand({
  meta: { name: 'export', description: 'Write people and meetings as JSON, CSV or GraphML (Gephi)' },
  args: {
    format: { type: 'string', description: 'json (default), csv (meetings), csv-people, or graphml' },
    out: { type: 'string', description: 'Write to this file instead of stdout' },
    from: { type: 'string', description: 'GraphML: first date kept' },
    to: { type: 'string', description: 'GraphML: last date kept' },
    ...CORPUS_ARGS,
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    await withCorpus(input, async (corpus) => {
      const text = await corpus.export(input.format, { from: input.from, to: input.to });
      if (input.out === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        await writeFile(input.out, text);
      } catch (cause) {
        throw new LiqaError('file_unreadable', `cannot write ${input.out}: ${(cause as Error).message}`, {}, { cause });
      }
      process.stderr.write(`liqa export: wrote ${input.format} to ${input.out}\n`);
    });
  },
});
