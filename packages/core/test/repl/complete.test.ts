// Tab completion in the REPL: names inside quotes, paths for ingest(, JavaScript elsewhere.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompleterResult } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../../../test/helpers/seeds.js';
import { type Corpus, openCorpus } from '../../src/corpus/corpus.js';
import { type Completer, openString, pathCompletions, replCompleter } from '../../src/repl/complete.js';

describe('openString', () => {
  it('finds the string literal a line ends in, past closed strings and escaped quotes', () => {
    expect(openString("whoMet('أك")).toEqual({ start: 8, text: 'أك' });
    expect(openString('between("a", "Hul')).toEqual({ start: 14, text: 'Hul' });
    expect(openString("x('it\\'s")).toEqual({ start: 3, text: "it\\'s" });
    expect(openString("whoMet('أكار')")).toBeNull();
    expect(openString('whoMet(')).toBeNull();
    expect(openString("a = `b` + 'd")).toEqual({ start: 11, text: 'd' });
  });
});

describe('replCompleter', () => {
  let corpus: Corpus;
  const FALLBACK: CompleterResult = [['fallback'], ''];
  let complete: (line: string) => Promise<CompleterResult | undefined>;

  beforeAll(async () => {
    corpus = await openCorpus({ dataDir: ':memory:' });
    await corpus.ingest(SEEDS_DIR);
    const fallback: Completer = (_line, callback) => callback(null, FALLBACK);
    const completer = replCompleter((prefix) => corpus.suggest(prefix), fallback);
    complete = (line) =>
      new Promise((resolve, reject) => completer(line, (error, result) => (error ? reject(error) : resolve(result))));
  });
  afterAll(() => corpus.close());

  it('completes the Arabic names of people with a name word starting with the typed text', async () => {
    expect(await complete("whoMet('أك")).toEqual([['خلوصي أكار', 'سرهات أكسن'], 'أك']);
    expect(await complete("whoMet('اكا")).toEqual([['خلوصي أكار'], 'اكا']);
    expect(await complete("between('أكار', 'فت")).toEqual([['فتحي باشاغا'], 'فت']);
  });

  it('completes Latin input to Latin spellings', async () => {
    expect(await complete("person('Hulu")).toEqual([['Hulusi Akar'], 'Hulu']);
    expect(await complete("person('ak")).toEqual([['Hulusi Akar', 'Abdussamet Akcay', 'Serhat Aksen'], 'ak']);
  });

  it('falls back outside strings, in empty strings, and when no name fits', async () => {
    expect(await complete('who')).toBe(FALLBACK);
    expect(await complete("whoMet('")).toBe(FALLBACK);
    expect(await complete("whoMet('Zzyzx")).toBe(FALLBACK);
  });

  it('completes paths inside ingest(', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'liqa-complete-'));
    try {
      await mkdir(join(dir, 'news'));
      await writeFile(join(dir, 'news.jsonl'), '');
      await writeFile(join(dir, '.hidden'), '');
      expect(await complete(`ingest('${dir}/ne`)).toEqual([[`${dir}/news.jsonl`, `${dir}/news/`], `${dir}/ne`]);
      expect(await pathCompletions(`${dir}/`)).toEqual([`${dir}/news.jsonl`, `${dir}/news/`]);
      expect(await pathCompletions(`${dir}/.h`)).toEqual([`${dir}/.hidden`]);
      expect(await pathCompletions(`${dir}/missing/x`)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
