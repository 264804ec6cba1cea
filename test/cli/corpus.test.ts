// The corpus commands as a user runs them: ingest the seeds into a data folder, then ask.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.js';

const BIN = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');
let data: string;
const liqa = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args, '--data', data], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, DATABASE_URL: '' },
  });

describe('liqa ingest, who-met, between, person, timeline, export', () => {
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'liqa-cli-'));
    // Without progress: on a pipe it prints a line once 2 s have passed, which a busy machine reaches.
    const run = liqa(['ingest', SEEDS_DIR, '--no-progress']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Read 5 articles .*: 5 added, 0 already stored, 0 errors\./);
    expect(run.stdout).toMatch(/now holds 5 articles, \d+ people and \d+ meetings/);
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('says who Akar met, with the evidence sentences', () => {
    const run = liqa(['who-met', 'أكار']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^خلوصي أكار \(Hulusi Akar\) met \d+ people:/);
    for (const name of ['فتحي باشاغا', 'صلاح الدين النمروش', 'خالد المشري', 'فائز السراج'])
      expect(run.stdout).toContain(name);
    expect(run.stdout).toContain('“استقبل وزير الداخلية بحكومة الوفاق غير الشرعية فتحي باشاغا');
  });

  it('answers in JSON with --json', () => {
    const run = liqa(['between', 'Akar', 'باشاغا', '--json']);
    const meetings = JSON.parse(run.stdout) as { date: string | null; sources: unknown[] }[];
    expect(meetings.map((m) => m.date)).toEqual(['2020-12-26', '2020-12-26', '2020-08-17']);
    expect(meetings[2]?.sources).toHaveLength(2);
  });

  it('finds a person by a Latin spelling and lists the other spellings', () => {
    const run = liqa(['person', 'Akar']);
    expect(run.stdout).toMatch(/^خلوصي أكار \(Hulusi Akar\) {2}\[hulusi-akar\]/);
    expect(run.stdout).toContain('also:');
  });

  it('orders a timeline oldest first', () => {
    const run = liqa(['timeline', 'باشاغا', '--json']);
    const dates = (JSON.parse(run.stdout) as { date: string | null }[]).map((m) => m.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
  });

  it('exports GraphML to a file', () => {
    const out = join(data, 'graph.graphml');
    const run = liqa(['export', '--format', 'graphml', '--out', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<graphml');
  });

  it('counts articles with no text as empty, not as errors', () => {
    const file = join(data, 'empty.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'pictures', title: 'قصة مصورة', content: ' ' })}\n`);
    const run = liqa(['ingest', file, '--no-progress']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /Read 1 articles .*: 0 added, 0 already stored, 1 empty \(no text, not stored\), 0 errors\./,
    );
    const json = JSON.parse(liqa(['ingest', file, '--json']).stdout) as { empty: unknown[] };
    expect(json.empty).toEqual([{ id: 'pictures', origin: `${file}:1` }]);
  });

  it('takes the ingest limits as options, and refuses bad ones', () => {
    const file = join(data, 'two.jsonl');
    const line = (id: string) => JSON.stringify({ id, text: `استقبل الأمير خالد الفيصل السفير ${id}.` });
    writeFileSync(file, `${line('one')}\n${line('two-and-more')}\n`);
    const limited = liqa(['ingest', file, '--no-progress', '--max-articles', '1']);
    expect(limited.status).toBe(1);
    expect(limited.stdout).toMatch(/Read 1 articles .*: 1 added, 0 already stored, 1 errors\./);
    expect(limited.stderr).toContain(`${file}:2: not read, nor anything after it: one ingest takes at most 1 articles`);
    // A JSONL line is measured whole, before it is parsed: the first line just fits.
    const limit = String(line('one').length);
    const tooLong = liqa(['ingest', file, '--no-progress', '--max-article-length', limit]);
    expect(tooLong.stderr).toMatch(
      /two\.jsonl:2 \(id two-and-more\): the line is \d+ characters long, over the limit of \d+$/m,
    );
    for (const [flag, value, message] of [
      ['--batch-size', '20000', '--batch-size must be at most 10000'],
      ['--max-articles', '0', '--max-articles must be at least 1'],
      ['--max-article-length', '0', '--max-article-length must be at least 1'],
    ]) {
      const bad = liqa(['ingest', file, flag as string, value as string]);
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain(message);
    }
  });

  it('fails with one clear line for an unknown person, a bad option and an unreadable file', () => {
    const unknown = liqa(['who-met', 'Zzyzx']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^liqa: no person in the corpus is called "Zzyzx"/);
    const badDate = liqa(['who-met', 'أكار', '--from', 'August']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('--from must be YYYY, YYYY-MM or YYYY-MM-DD');
    const bad = join(data, 'bad.jsonl');
    writeFileSync(bad, '{"id": 1, "text": "نص"}\nnot json\n');
    const ingest = liqa(['ingest', bad, '--no-progress']);
    expect(ingest.status).toBe(1);
    expect(ingest.stderr).toContain(`${bad}:2`);
  });
});
