import type { ArgsDef } from 'citty';
import { z } from 'zod';
import { type Corpus, openCorpus } from '../corpus/corpus.js';
import type { MeetingFilter } from '../corpus/corpus-view.js';

/** The options every corpus command takes: where the corpus is, and the meeting filters. */
export const CORPUS_ARGS = {
  data: {
    type: 'string',
    description: 'Folder of the embedded store (default $LIQA_DATA_DIR or ~/.local/share/liqa)',
  },
  'database-url': {
    type: 'string',
    description: 'PostgreSQL URL instead of the embedded store (default $DATABASE_URL)',
  },
  json: { type: 'boolean', description: 'Print JSON instead of readable text' },
} as const satisfies ArgsDef;

export const FILTER_ARGS = {
  from: { type: 'string', description: 'First date kept: YYYY, YYYY-MM or YYYY-MM-DD' },
  to: { type: 'string', description: 'Last date kept: YYYY, YYYY-MM or YYYY-MM-DD' },
  kind: { type: 'string', description: 'Only meetings of this kind: meeting, reception, talks, visit, call' },
} as const satisfies ArgsDef;

const RANGE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export const corpusArgsSchema = z.object({
  data: z.string().min(1).optional(),
  'database-url': z
    .string()
    .regex(/^postgres(ql)?:\/\//, '--database-url must be a postgres:// URL')
    .optional(),
  json: z.boolean().default(false),
});

export const filterArgsSchema = z.object({
  from: z.string().regex(RANGE_DATE, '--from must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  to: z.string().regex(RANGE_DATE, '--to must be YYYY, YYYY-MM or YYYY-MM-DD').optional(),
  kind: z.enum(['meeting', 'reception', 'talks', 'visit', 'call']).optional(),
});

/** Opens the corpus the arguments (or the environment) name. */
export function openCorpusFromArgs(args: z.output<typeof corpusArgsSchema>): Promise<Corpus> {
  return openCorpus({ dataDir: args.data, databaseUrl: args['database-url'] });
}

export function filterOf(args: z.output<typeof filterArgsSchema>): MeetingFilter {
  return { from: args.from, to: args.to, kind: args.kind };
}

/** Runs `work` on the opened corpus and always closes it. */
export async function withCorpus<T>(args: z.output<typeof corpusArgsSchema>, work: (corpus: Corpus) => Promise<T>) {
  const corpus = await openCorpusFromArgs(args);
  try {
    return await work(corpus);
  } finally {
    await corpus.close();
  }
}
