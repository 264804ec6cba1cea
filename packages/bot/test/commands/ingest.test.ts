import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/commands/ingest.js';
import type { FetchLimits } from '../../src/fetch-article.js';
import { FetchError } from '../../src/fetch-article.js';
import { SEEDS_DIR, seedsContext } from '../helpers/seeds-corpus.js';

// A seed with a line added: a text the seeds' corpus does not hold yet.
const page = `${readFileSync(join(SEEDS_DIR, '002_b84856964a7b5a3d.txt'), 'utf8')}\nتحديث.`;

describe('/ingest', () => {
  let ctx: Awaited<ReturnType<typeof seedsContext>>;
  beforeEach(async () => {
    ctx = await seedsContext();
  });
  afterEach(() => ctx.corpus.close());

  it('adds an article page fetched from its address, under that address', async () => {
    const fetched: string[] = [];
    const fetch = async (url: string, limits: FetchLimits) => {
      fetched.push(`${url} ${limits.maxBytes}`);
      return {
        bytes: Buffer.from(`<html><body><p>${page}</p></body></html>`),
        contentType: 'text/html; charset=utf-8',
        url,
      };
    };
    const answer = await ingest.run(ingest.input.parse({ url: 'https://news.example/kalin' }), { ...ctx, fetch });
    expect(fetched).toEqual(['https://news.example/kalin 5000000']);
    expect(answer.summary).toMatch(/^1 مقالات جديدة/);
    expect(answer.ephemeral).toBeUndefined();
  });

  it('says a page with no text was read but not stored', async () => {
    const fetch = async (url: string) => ({ bytes: Buffer.from('  \n'), contentType: 'text/plain', url });
    const answer = await ingest.run(ingest.input.parse({ url: 'https://news.example/pictures' }), { ...ctx, fetch });
    expect(answer.summary).toMatch(/^0 مقالات جديدة، 0 موجودة سابقاً، 1 بلا نص، /);
    expect(answer.summary).toContain('1 empty (no text, not stored)');
    expect(answer.items).toEqual([]);
  });

  it('says why a fetch was refused, privately', async () => {
    const fetch = async () => {
      throw new FetchError('that address is not allowed');
    };
    const answer = await ingest.run(ingest.input.parse({ url: 'http://127.0.0.1/' }), { ...ctx, fetch });
    expect(answer).toMatchObject({ ephemeral: true, summary: 'that address is not allowed' });
  });

  it('refuses an attachment over the size limit without downloading it', async () => {
    const answer = await ingest.run(
      ingest.input.parse({
        file: { url: 'https://cdn.example/a.txt', name: 'a.txt', size: 9_000_000, contentType: 'text/plain' },
      }),
      { ...ctx, fetch: async () => Promise.reject(new Error('must not fetch')) },
    );
    expect(answer.ephemeral).toBe(true);
    expect(answer.summary).toContain('the limit is 5000000');
  });

  it('reads a JSONL attachment line by line, naming a bad line', async () => {
    const jsonl = `${JSON.stringify({ id: 'x1', text: page, published: '2020-08-26' })}\nnot json\n`;
    const answer = await ingest.run(
      ingest.input.parse({
        file: { url: 'https://cdn.example/b.jsonl', name: 'b.jsonl', size: jsonl.length, contentType: null },
      }),
      { ...ctx, fetch: async (url) => ({ bytes: Buffer.from(jsonl), contentType: 'application/octet-stream', url }) },
    );
    expect(answer.summary).toMatch(/^1 مقالات جديدة/);
    expect(answer.items[0]?.lines[0]).toMatch(/articles\.jsonl:2/);
  });

  it('reads at most LIQA_MAX_INGEST_ARTICLES articles of a JSONL file, and says where it stopped', async () => {
    const limited = await seedsContext({ LIQA_MAX_INGEST_ARTICLES: '2' });
    try {
      const lines = ['a', 'b', 'c', 'd'].map((id) => JSON.stringify({ id, text: `${page}\n${id}` }));
      const jsonl = `${lines.join('\n')}\n`;
      const answer = await ingest.run(
        ingest.input.parse({
          file: { url: 'https://cdn.example/many.jsonl', name: 'many.jsonl', size: jsonl.length, contentType: null },
        }),
        { ...limited, fetch: async (url) => ({ bytes: Buffer.from(jsonl), contentType: 'application/x-ndjson', url }) },
      );
      expect(answer.summary).toMatch(/^2 مقالات جديدة/);
      expect(answer.items.map((i) => i.lines[0])).toEqual([
        expect.stringMatching(
          /articles\.jsonl:3: not read, nor anything after it: one ingest takes at most 2 articles/,
        ),
      ]);
      expect((await limited.corpus.stats()).articles).toBe(7);
    } finally {
      await limited.corpus.close();
    }
  });

  it('refuses a page longer than LIQA_MAX_ARTICLE_LENGTH', async () => {
    const limited = await seedsContext({ LIQA_MAX_ARTICLE_LENGTH: '1000' });
    try {
      const fetch = async (url: string) => ({ bytes: Buffer.from(page), contentType: 'text/plain', url });
      const answer = await ingest.run(ingest.input.parse({ url: 'https://news.example/long' }), { ...limited, fetch });
      expect(answer.summary).toMatch(/^0 مقالات جديدة/);
      expect(answer.items[0]?.lines[0]).toMatch(/over the limit of 1000 \(maxArticleLength\)$/);
    } finally {
      await limited.corpus.close();
    }
  });

  it('takes a local path only in the terminal', async () => {
    const fromDiscord = await ingest.run(ingest.input.parse({ path: SEEDS_DIR }), ctx);
    expect(fromDiscord.ephemeral).toBe(true);
    const local = await ingest.run(ingest.input.parse({ path: SEEDS_DIR }), { ...ctx, local: true });
    expect(local.summary).toMatch(/0 مقالات جديدة، 5 موجودة سابقاً/);
  });

  it('wants exactly one of url and file', () => {
    expect(ingest.input.safeParse({}).success).toBe(false);
    expect(ingest.input.safeParse({ url: 'ftp://x.example/a' }).success).toBe(false);
  });
});
