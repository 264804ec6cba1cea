// The limits of an ingest: batch size, article length and articles per call, each with a clear
// error and the rest of the input handled as the limit says.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { type Corpus, openCorpus } from '../../src/corpus/corpus.js';
import { isLiqaError } from '../../src/errors.js';
import { SqliteStore } from '../../src/store/sqlite-store.js';

const seeds = () => SEED_FILES.map((file) => ({ id: file, text: readSeed(file) }));

let corpus: Corpus;
let dir: string;
beforeEach(async () => {
  corpus = await openCorpus({ store: await SqliteStore.open(':memory:') });
  dir = await mkdtemp(join(tmpdir(), 'liqa-limits-'));
});
afterEach(async () => {
  await corpus.close();
  await rm(dir, { recursive: true, force: true });
});

/** The error code a promise rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isLiqaError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('ingest limits', () => {
  it('refuses a bad limit before reading anything, naming it', async () => {
    for (const [options, message] of [
      [{ batchSize: 0 }, 'batchSize must be a whole number from 1 to 10000, got 0'],
      [{ batchSize: 10_001 }, 'batchSize must be a whole number from 1 to 10000, got 10001'],
      [{ batchSize: 2.5 }, 'batchSize must be'],
      [{ maxArticleLength: -1 }, 'maxArticleLength must be a positive whole number, got -1'],
      [{ maxArticles: Number.NaN }, 'maxArticles must be a positive whole number, got NaN'],
    ] as const) {
      expect(await codeOf(corpus.ingestArticles(seeds(), options))).toContain(`invalid_options: ingest: ${message}`);
      expect(await codeOf(corpus.ingest([dir], options))).toContain(`invalid_options: ingest: ${message}`);
    }
    expect((await corpus.stats()).articles).toBe(0);
  });

  it('refuses an article longer than maxArticleLength, and ingests the rest', async () => {
    const short = { id: 'short', text: 'استقبل الأمير خالد الفيصل اليوم السفير الياباني.' };
    const long = { id: 'long', text: `${short.text} ${'وبحث معه العلاقات. '.repeat(10)}` };
    const summary = await corpus.ingestArticles([long, short], { maxArticleLength: 100 });
    expect(summary).toMatchObject({ articles: 1, added: 1 });
    expect(summary.errors).toEqual([
      {
        file: 'article 1 (long)',
        line: null,
        id: 'long',
        code: 'input_too_large',
        message: `article 1 (long): the article is ${long.text.length} characters long, over the limit of 100 (maxArticleLength)`,
      },
    ]);
    // Files are measured as they are read, and a line over the limit names its line and id.
    const file = join(dir, 'lines.jsonl');
    await writeFile(
      file,
      `${JSON.stringify(long)}\n${JSON.stringify({ ...short, id: 'short-2', text: `${short.text} ` })}\n`,
    );
    const fromFile = await corpus.ingest(file, { maxArticleLength: 100 });
    expect(fromFile).toMatchObject({ articles: 1, added: 1 });
    expect(fromFile.errors.map((e) => [e.line, e.id, e.code])).toEqual([[1, 'long', 'input_too_large']]);
    expect(fromFile.errors[0]?.message).toMatch(
      /lines\.jsonl:1 \(id long\): the line is \d+ characters long, over the limit of 100$/,
    );
  });

  it('stops after maxArticles articles: those before are stored, the first one past is named', async () => {
    const summary = await corpus.ingestArticles(seeds(), { maxArticles: 3, batchSize: 2 });
    expect(summary).toMatchObject({ articles: 3, added: 3, skipped: 0 });
    expect(summary.errors.map((e) => [e.id, e.code])).toEqual([[SEED_FILES[3], 'input_too_large']]);
    expect(summary.errors[0]?.message).toBe(
      `article 4 (${SEED_FILES[3]}): not read, nor anything after it: one ingest takes at most 3 articles (maxArticles)`,
    );
    expect((await corpus.stats()).articles).toBe(3);
    // The limit counts articles read, stored or not: the next call goes on from where this one stopped.
    const rest = await corpus.ingestArticles(seeds(), { maxArticles: 5 });
    expect(rest).toMatchObject({ articles: 5, added: 2, skipped: 3, errors: [] });
  });

  it('stops reading a file at maxArticles, not counting its bad lines', async () => {
    const file = join(dir, 'seeds.jsonl');
    const lines = seeds().map((s) => JSON.stringify(s));
    await writeFile(file, [lines[0], 'not json', ...lines.slice(1)].join('\n'));
    const summary = await corpus.ingest(file, { maxArticles: 2 });
    expect(summary).toMatchObject({ articles: 2, added: 2 });
    expect(summary.errors.map((e) => [e.file.replace(/^.*\//, ''), e.line, e.code])).toEqual([
      ['seeds.jsonl', 2, 'invalid_input'],
      ['seeds.jsonl', 4, 'input_too_large'],
    ]);
  });
});
