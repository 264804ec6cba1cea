import { availableParallelism } from 'node:os';
import { defineCommand } from 'citty';
import { z } from 'zod';
import { MAX_BATCH_SIZE } from '../../corpus/ingest-limits.js';
import { DEFAULT_MAX_ARTICLE_LENGTH } from '../../text/parse-article.js';
import { CORPUS_ARGS, corpusArgsSchema, withCorpus } from '../corpus-args.js';
import { parseArgs } from '../output.js';
import { progressReporter } from '../progress.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_ERRORS_SHOWN = 20;

const argsSchema = corpusArgsSchema.extend({
  _: z.array(z.string()).min(1, 'give files or folders to ingest, e.g. `liqa ingest seeds/`'),
  published: z.string().regex(ISO_DAY, '--published must be a date as YYYY-MM-DD').optional(),
  'batch-size': z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_BATCH_SIZE, `--batch-size must be at most ${MAX_BATCH_SIZE}`)
    .default(200),
  'max-article-length': z.coerce.number().int().min(1, '--max-article-length must be at least 1').optional(),
  'max-articles': z.coerce.number().int().min(1, '--max-articles must be at least 1').optional(),
  workers: z.coerce.number().int().min(1, '--workers must be at least 1').max(256).default(availableParallelism()),
  progress: z.boolean().default(true),
});

/** The summary's word on articles with no text, when there are any: they are neither stored nor errors. */
const emptyNote = (count: number) => (count === 0 ? '' : `${count} empty (no text, not stored), `);

/** `liqa ingest PATH…`: read articles into the corpus, with progress and a summary. */
export const ingest = defineCommand({
  meta: { name: 'ingest', description: 'Read articles (txt, html, jsonl, jsonl.gz, folders) into the corpus' },
  args: {
    ...CORPUS_ARGS,
    published: { type: 'string', description: 'Publication date (YYYY-MM-DD) for articles that give none' },
    'batch-size': { type: 'string', description: `Articles per transaction (default 200, at most ${MAX_BATCH_SIZE})` },
    'max-article-length': {
      type: 'string',
      description: `Longest article taken, in characters; longer ones are errors (default ${DEFAULT_MAX_ARTICLE_LENGTH})`,
    },
    'max-articles': { type: 'string', description: 'Stop after this many articles (default: no limit)' },
    workers: { type: 'string', description: 'Threads that parse and extract (default: one per core)' },
    progress: { type: 'boolean', description: 'Show progress on stderr (--no-progress to hide)', default: true },
  },
  async run({ args }) {
    const input = parseArgs(argsSchema, args);
    await withCorpus(input, async (corpus) => {
      const progress = input.progress ? progressReporter() : null;
      const summary = await corpus.ingest(input._, {
        published: input.published,
        batchSize: input['batch-size'],
        maxArticleLength: input['max-article-length'],
        maxArticles: input['max-articles'],
        workers: input.workers,
        onProgress: progress ? (p) => progress.update(p) : undefined,
      });
      progress?.done();
      // A whole corpus can have hundreds of bad lines: show the first ones, count the rest.
      for (const error of summary.errors.slice(0, MAX_ERRORS_SHOWN))
        process.stderr.write(`liqa ingest: ${error.message}\n`);
      if (summary.errors.length > MAX_ERRORS_SHOWN) {
        process.stderr.write(
          `liqa ingest: … and ${summary.errors.length - MAX_ERRORS_SHOWN} more errors (--json lists them all)\n`,
        );
      }
      const stats = await corpus.stats();
      if (input.json) {
        process.stdout.write(`${JSON.stringify({ ...summary, store: corpus.store.location, corpus: stats })}\n`);
      } else {
        process.stdout.write(
          `${[
            `Read ${summary.articles} articles in ${summary.seconds.toFixed(1)} s${summary.threads > 1 ? ` on ${summary.threads} threads` : ''}: ${summary.added} added, ${summary.skipped} already stored, ${emptyNote(summary.empty.length)}${summary.errors.length} errors.`,
            `Found ${summary.reports} meeting reports in the new articles.`,
            `The corpus (${corpus.store.location}) now holds ${stats.articles} articles, ${stats.people} people and ${stats.meetings} meetings.`,
          ].join('\n')}\n`,
        );
      }
      if (summary.errors.length > 0) process.exitCode = 1;
    });
  },
});
