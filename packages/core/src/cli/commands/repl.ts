import { defineCommand } from 'citty';
import { z } from 'zod';
import { startRepl } from '../../repl/start-repl.js';
import { CORPUS_ARGS, corpusArgsSchema, openCorpusFromArgs } from '../corpus-args.js';
import { parseArgs } from '../output.js';

const { json: _json, ...STORE_ARGS } = CORPUS_ARGS;

const argsSchema = corpusArgsSchema.omit({ json: true }).extend({
  terminal: z.boolean().optional(),
});

/** `liqa repl`: a Node REPL with the corpus opened and its query functions in scope. */
export const replCommand = defineCommand({
  meta: {
    name: 'repl',
    description: "A Node REPL on the corpus: whoMet('أكار'), between(a, b), person('Akar'), timeline, graph, ingest",
  },
  args: {
    ...STORE_ARGS,
    terminal: {
      type: 'boolean',
      description:
        'Line editing and Tab completion even when stdin and stdout are pipes (default: when stdout is a terminal)',
    },
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    const corpus = await openCorpusFromArgs({ ...input, json: false });
    let started: Awaited<ReturnType<typeof startRepl>>;
    try {
      started = await startRepl(corpus, { terminal: input.terminal });
    } catch (error) {
      await corpus.close();
      throw error;
    }
    await started.closed;
  },
});
