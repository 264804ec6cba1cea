import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_FILE, readCorpus } from '../../../../test/helpers/corpus.js';
import { readSeed } from '../../../../test/helpers/seeds.js';
import {
  planSources,
  readSources,
  type SourceArticle,
  type SourceError,
  type SourceItem,
  type SourcePlan,
} from '../../src/corpus/read-sources.js';
import { isLiqaError } from '../../src/errors.js';

/** windows-1256 bytes of a text, by inverting the decoder over the 256 byte values. */
function toWindows1256(text: string): Uint8Array {
  const decoder = new TextDecoder('windows-1256');
  const byteOf = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text], (char) => byteOf.get(char) as number);
}

async function readAll(plan: SourcePlan, options?: { maxArticleLength?: number }): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readSources(plan, options)) items.push(item);
  return items;
}

const articles = (items: readonly SourceItem[]): SourceArticle[] => items.flatMap((i) => (i.ok ? [i.article] : []));
const errors = (items: readonly SourceItem[]): SourceError[] => items.flatMap((i) => (i.ok ? [] : [i.error]));

/** bytesRead never goes back, and ends at the plan's total. */
function expectProgress(items: readonly SourceItem[], plan: SourcePlan): void {
  for (let i = 1; i < items.length; i++) {
    expect(items[i]!.bytesRead).toBeGreaterThanOrEqual(items[i - 1]!.bytesRead);
  }
  for (const item of items) expect(item.bytesRead).toBeLessThanOrEqual(plan.totalBytes);
  expect(items.at(-1)?.bytesRead).toBe(plan.totalBytes);
}

const SEED_1 = readSeed('001');
const SEED_2 = readSeed('002');
const SEED_3 = readSeed('003');

const jsonLine = (value: unknown) => JSON.stringify(value);

let root: string;
/** Paths relative to the temp dir, the way a user would type them after `cd`. */
let at: (...parts: string[]) => string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'liqa-read-sources-'));
  at = (...parts) => join(root, ...parts);

  // A folder of articles: text with a sidecar, HTML, a nested folder, and files that are not articles.
  await mkdir(at('articles', 'sub'), { recursive: true });
  await writeFile(at('articles', 'a.txt'), SEED_1);
  await writeFile(
    at('articles', 'a.txt.meta.json'),
    jsonLine({
      id: 'seed-1',
      title: 'كوكصو : تركيا وقطر على أبواب تعاونات جديدة',
      published: '2019-12-08',
      source: 'alsharq',
      url: 'https://example.com/1',
    }),
  );
  await writeFile(at('articles', 'b.html'), `<html><head><title>T</title></head><body><p>${SEED_2}</p></body></html>`);
  await writeFile(at('articles', 'sub', 'c.htm'), `<p>${SEED_3}</p>`);
  await writeFile(at('articles', 'notes.md'), '# not an article');
  await writeFile(at('articles', 'data.json'), '{}');
  // Files that are refused, each with one error.
  await writeFile(at('articles', 'bad-sidecar.txt'), SEED_2);
  await writeFile(at('articles', 'bad-sidecar.txt.meta.json'), jsonLine({ published: '10/08/2015' }));
  await writeFile(
    at('articles', 'binary.txt'),
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  );
  await writeFile(at('articles', 'empty.txt'), '');
  await writeFile(at('articles', 'w1256.txt'), toWindows1256(SEED_3));

  // JSON lines: the eval format, SaudiNewsNet's, and broken lines between good ones.
  await writeFile(
    at('lines.jsonl'),
    [
      // A byte-order mark before the first line is dropped.
      `\uFEFF${jsonLine({ id: 'e1', title: 'عنوان', text: SEED_1, published: '2020-01-02' })}`,
      '{"id": "broken", "text": "unterminated',
      jsonLine({ id: 7, title: 'بلا نص' }),
      '',
      jsonLine({
        id: '2015-07-21#0',
        source: 'aawsat',
        url: 'http://aawsat.com/home/article/410826',
        date_extracted: '2015-07-21 02:51:32',
        title: 'بريطانيا',
        author: 'لندن',
        content: SEED_2,
      }),
      jsonLine({ id: 'bad-date', text: 'نص', published: '2015-02-30' }),
      jsonLine({ id: 'long', text: 'ا'.repeat(5000) }),
      jsonLine({ id: 'e2', text: SEED_3.slice(0, 2000) }),
    ].join('\n'),
  );

  // Gzipped JSON lines, truncated two thirds of the way through, and corrupted in the middle.
  const gzLines = Array.from({ length: 60 }, (_, i) => jsonLine({ id: `g${i}`, text: `${SEED_1.slice(i, i + 500)}` }));
  const gz = gzipSync(`${gzLines.join('\n')}\n`);
  await writeFile(at('truncated.jsonl.gz'), gz.subarray(0, Math.floor((gz.length * 2) / 3)));
  const corrupt = Uint8Array.from(gz);
  for (let i = Math.floor(corrupt.length / 2); i < corrupt.length / 2 + 64; i++)
    corrupt[i] = (corrupt[i] as number) ^ 0xa5;
  await writeFile(at('corrupt.jsonl.gz'), corrupt);
  // Gzip named like nothing in particular: recognised by its magic bytes when named explicitly.
  await writeFile(at('dump.data'), gz);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('planSources', () => {
  it('walks a folder recursively, sorted by path, taking article files and no sidecars', async () => {
    const plan = await planSources([at('articles')]);
    expect(plan.files.map((f) => [f.path.slice(root.length + 1).replaceAll('\\', '/'), f.kind])).toEqual([
      ['articles/a.txt', 'text'],
      ['articles/b.html', 'html'],
      ['articles/bad-sidecar.txt', 'text'],
      ['articles/binary.txt', 'text'],
      ['articles/empty.txt', 'text'],
      ['articles/sub/c.htm', 'html'],
      ['articles/w1256.txt', 'text'],
    ]);
    expect(plan.totalBytes).toBe(plan.files.reduce((sum, f) => sum + f.bytes, 0));
    expect(plan.files[4]?.bytes).toBe(0);
  });

  it('takes files named explicitly whatever their extension, and knows gzip by its magic bytes', async () => {
    const plan = await planSources([at('dump.data'), at('articles', 'notes.md'), at('lines.jsonl')]);
    expect(plan.files.map((f) => f.kind)).toEqual(['jsonl.gz', 'text', 'jsonl']);
  });

  it('refuses a missing path with file_unreadable, naming it', async () => {
    const missing = at('no-such-folder');
    const error = await planSources([at('articles'), missing]).catch((e: unknown) => e);
    expect(isLiqaError(error) && error.code).toBe('file_unreadable');
    expect((error as Error).message).toBe(`${missing}: no such file or folder`);
  });
});

describe('readSources: files', () => {
  it('reads every file of a folder, with sidecar metadata, and one error for each bad file', async () => {
    const plan = await planSources([at('articles')]);
    const items = await readAll(plan);
    expect(items).toHaveLength(plan.files.length);
    expectProgress(items, plan);

    const read = articles(items);
    expect(read.map((a) => a.id)).toEqual([
      'seed-1',
      join(root, 'articles', 'b.html').replaceAll('\\', '/'),
      join(root, 'articles', 'empty.txt').replaceAll('\\', '/'),
      join(root, 'articles', 'sub', 'c.htm').replaceAll('\\', '/'),
      join(root, 'articles', 'w1256.txt').replaceAll('\\', '/'),
    ]);
    const [a, b, empty, c, w] = read;
    expect(a).toEqual({
      id: 'seed-1',
      title: 'كوكصو : تركيا وقطر على أبواب تعاونات جديدة',
      text: SEED_1,
      published: '2019-12-08',
      source: 'alsharq',
      url: 'https://example.com/1',
      format: 'text',
      origin: join(root, 'articles', 'a.txt').replaceAll('\\', '/'),
    });
    expect(b).toMatchObject({ format: 'html', title: null, published: null, source: null, url: null });
    expect(b?.text).toContain(SEED_2.slice(0, 100));
    expect(c?.format).toBe('html');
    expect(w).toMatchObject({ text: SEED_3, format: 'text' });
    // An empty file is an article with no text, as the source gives it: ingest counts it as empty.
    expect(empty).toMatchObject({ text: '', format: 'text' });

    const failed = errors(items);
    expect(failed.map((e) => [e.file.slice(root.length + 1), e.code])).toEqual([
      ['articles/bad-sidecar.txt', 'invalid_input'],
      ['articles/binary.txt', 'unsupported_format'],
    ]);
    expect(failed[0]?.message).toMatch(/bad-sidecar\.txt\.meta\.json: .*published/);
    expect(failed[1]?.message).toMatch(/binary\.txt: .*binary file, not text/);
    for (const error of failed) expect(error).toMatchObject({ line: null, id: null });
  });

  it('ids files by the path as given joined with the path inside the folder', async () => {
    const given = `${relative(process.cwd(), at('articles', 'sub'))}/`;
    const items = await readAll(await planSources([given]));
    expect(articles(items)[0]).toMatchObject({
      id: `${join(given, 'c.htm').replaceAll('\\', '/')}`,
      origin: `${join(given, 'c.htm').replaceAll('\\', '/')}`,
    });
    expect(articles(items)[0]?.id).not.toMatch(/^\/|\/\//);
  });

  it('refuses a file longer than maxArticleLength', async () => {
    const plan = await planSources([at('articles', 'a.txt')]);
    const [item] = await readAll(plan, { maxArticleLength: 100 });
    expect(item?.ok).toBe(false);
    expect(!item?.ok && item?.error.code).toBe('input_too_large');
  });

  it('refuses a bad maxArticleLength with invalid_options', async () => {
    const plan = await planSources([at('articles', 'a.txt')]);
    const error = await readAll(plan, { maxArticleLength: 0 }).catch((e: unknown) => e);
    expect(isLiqaError(error) && error.code).toBe('invalid_options');
  });

  it('reports files that disappeared after planning, and goes on', async () => {
    const gone = at('gone.txt');
    const goneLines = at('gone.jsonl');
    await writeFile(gone, SEED_1);
    await writeFile(goneLines, jsonLine({ id: 'x', text: SEED_1 }));
    const plan = await planSources([gone, goneLines, at('articles', 'a.txt')]);
    await rm(gone);
    await rm(goneLines);
    const items = await readAll(plan);
    expect(items.map((i) => i.ok)).toEqual([false, false, true]);
    const [text, lines] = errors(items);
    expect(text).toMatchObject({ code: 'file_unreadable', line: null });
    expect(text?.message).toMatch(/gone\.txt: cannot read/);
    expect(lines).toMatchObject({ code: 'file_unreadable', line: null });
    expect(lines?.message).toMatch(/gone\.jsonl: cannot read the file/);
    expectProgress(items, plan);
  });
});

describe('readSources: JSON lines', () => {
  it('reads good lines and gives one error for each bad one, with its line and id', async () => {
    const plan = await planSources([at('lines.jsonl')]);
    const items = await readAll(plan, { maxArticleLength: 4000 });
    expectProgress(items, plan);
    const file = at('lines.jsonl').replaceAll('\\', '/');

    expect(items.map((i) => (i.ok ? i.article.id : `error:${i.error.line}`))).toEqual([
      'e1',
      'error:2',
      'error:3',
      '2015-07-21#0',
      'error:6',
      'error:7',
      'e2',
    ]);
    const read = articles(items);
    expect(read[0]).toEqual({
      id: 'e1',
      title: 'عنوان',
      text: SEED_1,
      published: '2020-01-02',
      source: null,
      url: null,
      format: 'auto',
      origin: `${file}:1`,
    });
    expect(read[1]).toEqual({
      id: '2015-07-21#0',
      title: 'بريطانيا',
      text: SEED_2,
      published: '2015-07-21',
      source: 'aawsat',
      url: 'http://aawsat.com/home/article/410826',
      format: 'auto',
      origin: `${file}:5`,
    });
    expect(read[2]?.origin).toBe(`${file}:8`);

    const [broken, noText, badDate, long] = errors(items);
    expect(broken).toMatchObject({ file, line: 2, id: null, code: 'invalid_input' });
    expect(broken?.message).toMatch(new RegExp(`^${escapeRegExp(file)}:2: not valid JSON`));
    expect(noText).toMatchObject({ line: 3, id: '7', code: 'invalid_input' });
    expect(noText?.message).toMatch(new RegExp(`^${escapeRegExp(file)}:3 \\(id 7\\): ✖ an article needs text`));
    expect(badDate).toMatchObject({ line: 6, id: 'bad-date', code: 'invalid_input' });
    expect(badDate?.message).toMatch(/is not a real day → at published/);
    expect(long).toMatchObject({ line: 7, id: 'long', code: 'input_too_large' });
    expect(long?.message).toMatch(/:7 \(id long\): the line is \d+ characters long, over the limit of 4000/);
  });

  it('reads the lines of a truncated gzip before the break, then one error naming the file and the last line', async () => {
    const plan = await planSources([at('truncated.jsonl.gz'), at('articles', 'a.txt')]);
    expect(plan.files[0]?.kind).toBe('jsonl.gz');
    const items = await readAll(plan);
    expectProgress(items, plan);
    const errorIndex = items.findIndex((i) => !i.ok);
    const before = articles(items.slice(0, errorIndex));
    expect(before.length).toBeGreaterThan(10);
    expect(before.length).toBeLessThan(60);
    expect(before.map((a) => a.id)).toEqual(before.map((_, i) => `g${i}`));
    expect(before.map((a) => a.text)).toEqual(before.map((_, i) => SEED_1.slice(i, i + 500)));

    const error = errors(items)[0];
    const file = at('truncated.jsonl.gz').replaceAll('\\', '/');
    expect(error).toMatchObject({ file, line: before.length, code: 'file_unreadable' });
    expect(error?.message).toContain(`${file}: the gzip data is truncated or corrupt after line ${before.length}`);
    // The batch goes on with the next file.
    expect(items.at(-1)).toMatchObject({ ok: true, article: { id: 'seed-1' } });
  });

  it('reports corrupt gzip data as one error after the lines read before it', async () => {
    const plan = await planSources([at('corrupt.jsonl.gz')]);
    const items = await readAll(plan);
    expectProgress(items, plan);
    const failed = errors(items);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(items.at(-1)?.ok).toBe(false);
    expect(failed.at(-1)?.message).toMatch(/corrupt\.jsonl\.gz: the gzip data is truncated or corrupt/);
  });

  it('reads a whole gzip named explicitly without a .gz extension', async () => {
    const plan = await planSources([at('dump.data')]);
    const items = await readAll(plan);
    expectProgress(items, plan);
    expect(articles(items).map((a) => a.id)).toEqual(Array.from({ length: 60 }, (_, i) => `g${i}`));
  });

  it('stops early without error when the caller stops', async () => {
    const plan = await planSources([at('dump.data')]);
    const seen: string[] = [];
    for await (const item of readSources(plan)) {
      if (item.ok) seen.push(item.article.id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['g0', 'g1', 'g2']);
  });
});

describe.skipIf(!CORPUS_AVAILABLE)('readSources on the SaudiNewsNet corpus', () => {
  it('reads the corpus: ids and published days of the first 200 lines, and progress to the last byte', async () => {
    const expected: { id: string; day: string; title: string }[] = [];
    for await (const line of readCorpus()) {
      expected.push({ id: line.id, day: line.date_extracted.slice(0, 10), title: line.title });
      if (expected.length === 200) break;
    }

    const plan = await planSources([CORPUS_FILE]);
    expect(plan.files).toEqual([{ path: CORPUS_FILE, kind: 'jsonl.gz', bytes: plan.totalBytes }]);
    const first: SourceItem[] = [];
    let previous = 0;
    let last = 0;
    let count = 0;
    let empty = 0;
    const codes = new Set<string>();
    for await (const item of readSources(plan)) {
      if (first.length < 200) first.push(item);
      expect(item.bytesRead).toBeGreaterThanOrEqual(previous);
      previous = item.bytesRead;
      last = item.bytesRead;
      count++;
      if (!item.ok) codes.add(item.error.message.replace(/^.*\): /, ''));
      else if (item.article.text.trim() === '') empty++;
    }
    expect(first.every((i) => i.ok)).toBe(true);
    expect(articles(first).map((a) => ({ id: a.id, day: a.published, title: a.title }))).toEqual(expected);
    expect(articles(first)[0]).toMatchObject({ source: 'aawsat', origin: `${CORPUS_FILE}:1`, format: 'auto' });
    expect(last).toBe(plan.totalBytes);
    // One item a line, and no errors: articles crawled without content are read with empty text.
    expect(count).toBe(31_030);
    expect([...codes]).toEqual([]);
    expect(empty).toBe(354);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
