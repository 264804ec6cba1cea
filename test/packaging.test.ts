// The built package as its users get it: packed, checked by publint and attw, and loaded from
// both module systems. Runs on the `dist/` that `pnpm install` (prepare) or `pnpm build` made.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/seeds.js';

const CORE = join(ROOT, 'packages', 'core');
const BIN = join(ROOT, 'node_modules', '.bin');
const built = existsSync(join(CORE, 'dist', 'index.js')) && existsSync(join(CORE, 'dist', 'index.cjs'));

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

describe('@liqa/core as published', () => {
  let packDir = '';
  let tarball = '';

  beforeAll(() => {
    if (!built) throw new Error('packages/core/dist is missing: run `pnpm build` first');
    packDir = mkdtempSync(join(tmpdir(), 'liqa-pack-'));
    execFileSync('pnpm', ['pack', '--pack-destination', packDir], { cwd: CORE, stdio: 'ignore' });
    const file = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
    if (!file) throw new Error('pnpm pack made no tarball');
    tarball = join(packDir, file);
  });
  afterAll(() => {
    if (packDir) rmSync(packDir, { recursive: true, force: true });
  });

  it('passes publint', async () => {
    const { publint } = await import('publint');
    const { messages } = await publint({ pkgDir: CORE, pack: 'pnpm', level: 'warning' });
    expect(messages.map((m) => `${m.type}: ${m.code} ${JSON.stringify(m.args)}`)).toEqual([]);
  });

  it('passes arethetypeswrong for ESM, CJS and TypeScript consumers', () => {
    let report = '';
    try {
      report = execFileSync(join(BIN, 'attw'), [tarball, '--format', 'json'], { encoding: 'utf8' });
    } catch (error) {
      report = String((error as { stdout?: string }).stdout ?? error);
    }
    const analysis = JSON.parse(report) as { analysis: { problems: unknown[] } };
    expect(analysis.analysis.problems).toEqual([]);
  });

  it('imports from ESM', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "const m = await import('@liqa/core'); console.log(typeof m.parseArticle, typeof m.parseDates, m.normalize('إردوغان').text)",
    ]);
    expect(out.trim()).toBe('function function اردوغان');
  });

  it('requires from CommonJS', () => {
    const out = node([
      '-e',
      "const m = require('@liqa/core'); console.log(typeof m.parseArticle, typeof m.parseDates, m.normalize('آكار').text)",
    ]);
    expect(out.trim()).toBe('function function اكار');
  });

  it('does not ship the seeds or the corpus', () => {
    const list = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    expect(list).toContain('package/dist/index.cjs');
    expect(list).not.toMatch(/seeds\/|saudinewsnet|\.jsonl/);
  });
});
