// Accuracy on the hand-made gold, computed by the project's scorer (../shared/eval/score.mjs) on
// the built CLI, exactly as `pnpm eval` does. The floors are the figures to hold; they fail the
// suite when a change makes extraction worse.
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

// The figures measured when the rules last changed, less a little: a change that loses accuracy
// fails here. The targets are higher (seeds F1 0.95 and who+when 0.90; dev F1 0.85 with
// precision 0.90 and who+when 0.75): raise these floors as the rules reach them.
const SEEDS_FLOOR = { f1: 0.85, whoWhen: 0.9 };
const DEV_FLOOR = { f1: 0.65, precision: 0.9, whoWhen: 0.5 };
