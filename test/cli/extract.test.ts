// `liqa extract` as users and the scorer run it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SEEDS_DIR } from '../helpers/seeds.js';

const BIN = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');
const liqa = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 1 << 26 });

describe('liqa extract --jsonl', () => {
  it('writes one JSON line per article in the scorer’s format', () => {
    const text = readFileSync(join(SEEDS_DIR, '002_b84856964a7b5a3d.txt'), 'utf8');
    const input = `${JSON.stringify({ id: 'seed-002', title: null, text, published: null })}\n`;
    const run = liqa(['extract', '--jsonl'], input);
    expect(run.status).toBe(0);
    const [line] = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(line.id).toBe('seed-002');
    expect(line.meetings).toHaveLength(1);
    expect(line.meetings[0]).toMatchObject({ kind: 'meeting', status: 'occurred', date: '--08-25', place: 'بنغازي' });
    expect(line.meetings[0].participants.map((p: { name: string; side: number }) => [p.name, p.side])).toEqual([
      ['إبراهيم قالن', 0],
      ['خليفة حفتر', 1],
    ]);
    expect(line.meetings[0].evidence[0].text).toContain('زار كالين بنغازي واجتمع مع خليفة حفتر');
  });

  it('names the bad line, answers the others, and exits with 1', () => {
    const good = JSON.stringify({
      id: 'a',
      text: 'استقبل الأمير فيصل بن خالد أمس السفير الياباني.',
      published: '2015-08-10',
    });
    const run = liqa(['extract', '--jsonl'], `{"id": "broken", "text": \n${good}\n{"id": "b", "text": 42}\n`);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('stdin line 1');
    expect(run.stderr).toContain('stdin line 3');
    const ids = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a', 'b']);
  });
});

describe('liqa extract FILE', () => {
  it('prints the meetings readably, with transliterations and evidence', () => {
    const run = liqa(['extract', '--published', '2020-08-17', 'seeds/004_6008fad84a751262.txt']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('reception · occurred · 2020-08-17 (مساء اليوم) · فندق كورنثيا');
    expect(run.stdout).toMatch(/host : فتحي باشاغا \([^)]+\)/);
    expect(run.stdout).toContain('“استقبل وزير الداخلية بحكومة الوفاق غير الشرعية فتحي باشاغا');
  });

  it('prints JSON with --json and refuses a malformed date', () => {
    const run = liqa(['extract', '--json', 'seeds/002_b84856964a7b5a3d.txt']);
    expect(JSON.parse(run.stdout.trim()).meetings).toHaveLength(1);
    const bad = liqa(['extract', '--published', '17/08/2020', 'seeds/']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--published must be a date as YYYY-MM-DD');
  });
});
