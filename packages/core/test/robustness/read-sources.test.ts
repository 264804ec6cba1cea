// The JSONL reader (readSources, which the CLI and Corpus.ingest use) never throws on a broken
// file: every line gives one article, one error naming its file and line, or nothing (blank), the
// progress only grows and ends at the file's size, and a gzip cut short ends with one error.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSources, readSources, type SourceItem } from '../../src/corpus/read-sources.js';
import { hostileText, invalidUtf8 } from './hostile-input.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** A valid article line, with hostile text and metadata of every kind. */
const articleLine = fc
  .record(
    {
      id: fc.oneof(fc.string({ maxLength: 12 }), fc.integer()),
      text: fc.oneof(hostileText, fc.constantFrom('', ' ', '\u200F')),
      title: fc.option(hostileText),
      published: fc.option(fc.constantFrom('2015-08-10', '2015-02-30', '10/08/2015', '', '2015-08-10 12:00:00', 'x')),
      source: fc.option(fc.string({ maxLength: 10 })),
    },
    { requiredKeys: ['id'] },
  )
  .map((article) => encode(JSON.stringify(article)));

/** Lines that are not articles: cut JSON, other JSON values, bytes, a NUL, wrong field types. */
const brokenLine = fc.oneof(
  articleLine.chain((bytes) => fc.nat({ max: bytes.length }).map((n) => bytes.subarray(0, n))),
  fc
    .constantFrom(
      'null',
      '[]',
      '1',
      '"x"',
      '{',
      '}',
      '{"id":',
      '{"id":null,"text":"a"}',
      '{"id":"a","text":5}',
      '{"id":"a"}',
      '{"id":"","text":"a"}',
      '{"id":"a","content":"ب","date_extracted":"2015-07-21 02:51:32"}',
      '{"__proto__":{"polluted":1},"id":"p","text":"t"}',
      '{"id":"a","text":"\\ud800"}',
      `{"id":"deep","text":"a","x":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    )
    .map(encode),
  invalidUtf8.map((bytes) => bytes.map((b) => (b === 0x0a || b === 0x0d ? 0x20 : b))),
);

const lineEnd = fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\n  \n');

/** A JSONL file's bytes: lines of both kinds, any line ends, maybe a byte-order mark. */
const jsonlFile = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.oneof(articleLine, brokenLine), lineEnd), { maxLength: 25 }))
  .map(([bom, lines]) => {
    const parts: Uint8Array[] = bom ? [Uint8Array.from([0xef, 0xbb, 0xbf])] : [];
    for (const [line, end] of lines) parts.push(line, encode(end));
    return Buffer.concat(parts);
  });

let dir: string;
let files = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'liqa-fuzz-jsonl-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readAll(bytes: Uint8Array, name: string, maxArticleLength?: number): Promise<SourceItem[]> {
  const file = join(dir, `${files++}-${name}`);
  await writeFile(file, bytes);
  const plan = await planSources([file]);
  const items: SourceItem[] = [];
  for await (const item of readSources(plan, { maxArticleLength })) items.push(item);
  let previous = 0;
  for (const item of items) {
    expect(item.bytesRead).toBeGreaterThanOrEqual(previous);
    previous = item.bytesRead;
    if (item.ok) expect(typeof item.article.id).toBe('string');
    else expect(item.error.message.startsWith(file)).toBe(true);
  }
  if (items.length > 0) expect(items.at(-1)?.bytesRead).toBe(plan.totalBytes);
  return items;
}

describe('readSources on broken JSON lines', () => {
  it('gives one item per line that is not blank, until a line of binary data ends the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        jsonlFile,
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        async (bytes, max) => {
          const items = await readAll(bytes, 'lines.jsonl', max);
          const lines = new TextDecoder()
            .decode(bytes)
            .split(/\r\n|\r|\n/)
            .filter((line) => line.trim() !== '' && line !== '\uFEFF');
          const stop = items.findIndex((i) => !i.ok && i.error.code === 'unsupported_format');
          if (stop < 0) expect(items.length).toBe(lines.length);
          else expect(stop).toBe(items.length - 1);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a gzip as the plain file, and ends one cut short with one error naming the file', async () => {
    const outline = (items: SourceItem[]) => items.map((i) => (i.ok ? i.article.id : i.error.code));
    await fc.assert(
      fc.asyncProperty(jsonlFile, fc.double({ min: 0, max: 1, noNaN: true }), async (bytes, keep) => {
        const gz = gzipSync(bytes);
        const whole = await readAll(gz, 'whole.jsonl.gz');
        expect(outline(whole)).toEqual(outline(await readAll(bytes, 'plain.jsonl')));
        const cutAt = Math.max(2, Math.floor((gz.length - 1) * keep));
        const cut = await readAll(gz.subarray(0, cutAt), 'cut.jsonl.gz');
        const last = cut.at(-1);
        expect(last?.ok).toBe(false);
        if (last && !last.ok && last.error.code !== 'unsupported_format') {
          expect(last.error).toMatchObject({ code: 'file_unreadable' });
          expect(last.error.message).toMatch(/cut\.jsonl\.gz: the gzip data is truncated or corrupt/);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reads a 1 MB line, and names an over-long one by its id without parsing it', async () => {
    const text = 'استقبل الأمير خالد الفيصل اليوم السفير. '.repeat(26_000).slice(0, 1_000_000);
    const line = JSON.stringify({ id: 'big', text });
    const items = await readAll(encode(`${line}\n${line.slice(0, 500_000)}\n`), 'big.jsonl');
    expect(items.map((i) => (i.ok ? i.article.text.length : i.error.code))).toEqual([1_000_000, 'invalid_input']);
    const [tooLong] = await readAll(encode(`${line}\n`), 'too-long.jsonl', 999_999);
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'input_too_large', id: 'big', line: 1 } });
  });
});
