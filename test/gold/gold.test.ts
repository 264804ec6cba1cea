// Accuracy on the hand-made gold, computed by the project's scorer (../shared/eval/score.mjs) on
// the built CLI, exactly as `pnpm eval` does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED_DIR } from '../helpers/seeds.js';

const SCORER = join(SHARED_DIR, 'eval', 'score.mjs');
const CLI = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');

interface Figures {
  precision: number;
  recall: number;
  f1: number;
  whoWhen: number;
}

function score(gold: string): Figures {
  const run = spawnSync(
    process.execPath,
    [
      SCORER,
      '--gold',
      join(SHARED_DIR, 'gold', `${gold}.jsonl`),
      '--cmd',
      `"${process.execPath}" "${CLI}" extract --jsonl`,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  if (run.status !== 0) throw new Error(`scorer failed: ${run.stderr}`);
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  const figure = (pattern: RegExp) => Number(pattern.exec(line)?.[1] ?? Number.NaN);
  return {
    precision: figure(/P=([\d.]+)/),
    recall: figure(/R=([\d.]+)/),
    f1: figure(/F1=([\d.]+)/),
    whoWhen: figure(/who\+when recall ([\d.]+)/),
  };
}

describe.skipIf(!existsSync(SCORER))('accuracy on the gold (scored by ../shared/eval/score.mjs)', () => {
  it('seeds', () => {
    const figures = score('seeds');
    expect(figures.f1, JSON.stringify(figures)).toBeGreaterThanOrEqual(SEEDS_FLOOR.f1);
    expect(figures.whoWhen, JSON.stringify(figures)).toBeGreaterThanOrEqual(SEEDS_FLOOR.whoWhen);
  });

  it('dev', () => {
    const figures = score('dev');
    expect(figures.f1, JSON.stringify(figures)).toBeGreaterThanOrEqual(DEV_FLOOR.f1);
    expect(figures.precision, JSON.stringify(figures)).toBeGreaterThanOrEqual(DEV_FLOOR.precision);
    expect(figures.whoWhen, JSON.stringify(figures)).toBeGreaterThanOrEqual(DEV_FLOOR.whoWhen);
  });
});

// The targets: a change that takes extraction below them fails the suite. Measured when
// they were set: seeds P=1.000 R=1.000 F1=1.000, who+when 1.000; dev P=0.984 R=0.761 F1=0.858,
// who+when 0.786.
const SEEDS_FLOOR = { f1: 0.95, whoWhen: 0.9 };
const DEV_FLOOR = { f1: 0.85, precision: 0.9, whoWhen: 0.75 };
