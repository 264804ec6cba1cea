import { createHash } from 'node:crypto';
import { decodeText, type IngestSummary, isLiqaError } from '@liqa/core';
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Answer } from '../answer.js';
import { FetchError, fetchArticle } from '../fetch-article.js';
import type { Command, CommandContext } from './command.js';

const attachment = z.object({
  url: z.url(),
  name: z.string().max(200),
  size: z.number().int().nonnegative(),
  contentType: z.string().nullable(),
});

const input = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
    file: attachment.optional(),
    /** Terminal only: a local file or folder. */
    path: z.string().min(1).optional(),
  })
  .refine((i) => [i.url, i.file, i.path].filter(Boolean).length === 1, {
    message: 'give exactly one: url: (an article page) or file: (text, HTML or JSONL)',
  });

type Input = z.infer<typeof input>;

const JSONL = /\.(jsonl|ndjson)$/i;

/** What ingest reports back. */
function summaryAnswer(
  what: string,
  summary: Pick<IngestSummary, 'added' | 'skipped' | 'empty' | 'reports' | 'errors'>,
) {
  const empty = summary.empty.length;
  return {
    title: `أضيف: ${what}`,
    summary: [
      `${summary.added} مقالات جديدة، ${summary.skipped} موجودة سابقاً، `,
      empty > 0 ? `${empty} بلا نص، ` : '',
      `${summary.reports} لقاءات · ${summary.added} added, ${summary.skipped} already stored, `,
      empty > 0 ? `${empty} empty (no text, not stored), ` : '',
      `${summary.reports} meetings found`,
    ].join(''),
    items: shownErrors(summary.errors).map((e) => ({ heading: 'خطأ · error', lines: [e.message] })),
  };
}

const ERRORS_SHOWN = 10;

/**
 * The errors worth showing: the first ones, and always the last, which says where an ingest that
 * reached the article limit stopped.
 */
function shownErrors<T>(errors: readonly T[]): T[] {
  if (errors.length <= ERRORS_SHOWN) return [...errors];
  return [...errors.slice(0, ERRORS_SHOWN - 1), errors.at(-1) as T];
}

async function ingestBytes(ctx: CommandContext, bytes: Buffer, name: string, url: string | null, contentType: string) {
  const { maxIngestArticles, maxArticleLength } = ctx.config.limits;
  const limits = { maxArticles: maxIngestArticles, maxArticleLength };
  const isJsonl = JSONL.test(name) || /ndjson|jsonl/i.test(contentType);
  if (isJsonl) {
    // JSON lines go through the corpus's own reader, which names every bad line.
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'liqa-bot-'));
    try {
      const file = join(dir, 'articles.jsonl');
      await writeFile(file, bytes);
      return await ctx.corpus.ingest([file], limits);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const { text } = decodeText(bytes);
  const id = url ?? `${name}#${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  const format = /html/i.test(contentType) || /\.html?$/i.test(name) ? 'html' : 'auto';
  return ctx.corpus.ingestArticles([{ id, text, url, format }], limits);
}

/** `/ingest url:|file:` — add an article; only for members who may change the corpus. */
export const ingest = {
  data: new SlashCommandBuilder()
    .setName('ingest')
    .setDescription('Add an article: a page address, or a text, HTML or JSONL file')
    .addStringOption((o) => o.setName('url').setDescription('Address of an article page').setMaxLength(2000))
    .addAttachmentOption((o) => o.setName('file').setDescription('A text, HTML or JSONL file')),
  input,
  positional: ['path'],
  privileged: true,
  help: '/ingest url:|file: — إضافة مقال (للمشرفين) · add an article (moderators)',
  readOptions(interaction) {
    const file = interaction.options.getAttachment('file');
    return {
      url: interaction.options.getString('url') ?? undefined,
      file: file ? { url: file.url, name: file.name, size: file.size, contentType: file.contentType } : undefined,
    };
  },
  async run(options: Input, ctx): Promise<Answer> {
    const { limits } = ctx.config;
    try {
      if (options.path) {
        // A path names a file on the bot's machine: only its owner, at the terminal, may use it.
        if (!ctx.local)
          return {
            title: 'غير مسموح · Not allowed',
            summary: 'paths work only in the terminal',
            items: [],
            ephemeral: true,
          };
        return summaryAnswer(options.path, await ctx.corpus.ingest([options.path]));
      }
      if (options.file) {
        if (options.file.size > limits.maxAttachmentBytes) {
          throw new FetchError(`the file is ${options.file.size} bytes; the limit is ${limits.maxAttachmentBytes}`);
        }
        const fetched = await (ctx.fetch ?? fetchArticle)(options.file.url, {
          maxBytes: limits.maxAttachmentBytes,
          timeoutMs: limits.fetchTimeoutMs,
        });
        const type = options.file.contentType ?? fetched.contentType;
        return summaryAnswer(options.file.name, await ingestBytes(ctx, fetched.bytes, options.file.name, null, type));
      }
      const url = options.url as string;
      const fetched = await (ctx.fetch ?? fetchArticle)(url, {
        maxBytes: limits.maxFetchBytes,
        timeoutMs: limits.fetchTimeoutMs,
      });
      return summaryAnswer(
        url,
        await ingestBytes(ctx, fetched.bytes, new URL(fetched.url).pathname, fetched.url, fetched.contentType),
      );
    } catch (error) {
      if (error instanceof FetchError || isLiqaError(error)) {
        return { title: 'تعذّرت الإضافة · Could not add it', summary: error.message, items: [], ephemeral: true };
      }
      throw error;
    }
  },
} satisfies Command<Input>;
