// `pnpm docs` builds the API reference of @liqa/core and @liqa/bot with no warning (typedoc.json
// treats them as errors), and every function @liqa/core exports, and every method of its Corpus,
// has TSDoc with an @example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/seeds.js';

/** The reflection kinds of TypeDoc's JSON output that this test reads. */
const KIND = { module: 2, function: 64, class: 128, method: 2048 } as const;

interface Comment {
  blockTags?: Array<{ tag: string }>;
}
interface Reflection {
  name: string;
  kind: number;
  comment?: Comment;
  signatures?: Array<{ comment?: Comment }>;
  children?: Reflection[];
  inheritedFrom?: unknown;
}

const hasExample = (r: Reflection) =>
  [r.comment, ...(r.signatures ?? []).map((s) => s.comment)].some((c) =>
    c?.blockTags?.some((t) => t.tag === '@example'),
  );

describe('pnpm docs (TypeDoc)', () => {
  let out: string;
  let run: ReturnType<typeof spawnSync>;
  let project: Reflection;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'liqa-docs-'));
    const typedoc = join(
      createRequire(join(ROOT, 'package.json')).resolve('typedoc/package.json'),
      '..',
      'bin',
      'typedoc',
    );
    // typedoc.json as `pnpm docs` reads it, written elsewhere, plus the JSON model to inspect.
    run = spawnSync(process.execPath, [typedoc, '--out', join(out, 'html'), '--json', join(out, 'api.json')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    if (run.status === 0) project = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as Reflection;
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('runs without a warning or an error', () => {
    const log = `${run.stdout}${run.stderr}`;
    expect(log).not.toMatch(/\[(warning|error)\]/);
    expect(run.status).toBe(0);
    expect(project.children?.map((m) => [m.name, m.kind])).toEqual([
      ['@liqa/bot', KIND.module],
      ['@liqa/core', KIND.module],
    ]);
  });

  it('has an @example for every function of @liqa/core and every method of Corpus', () => {
    const core = project.children?.find((m) => m.name === '@liqa/core');
    const exported = core?.children ?? [];
    const functions = exported.filter((r) => r.kind === KIND.function);
    const corpus = exported.find((r) => r.kind === KIND.class && r.name === 'Corpus');
    const methods = (corpus?.children ?? []).filter((r) => r.kind === KIND.method && !r.inheritedFrom);
    expect(functions.map((f) => f.name)).toEqual(
      expect.arrayContaining(['openCorpus', 'extractMeetings', 'parseArticle']),
    );
    expect(methods.map((m) => m.name)).toEqual(expect.arrayContaining(['whoMet', 'meetingsBetween', 'ingest']));
    const missing = [
      ...functions.filter((f) => !hasExample(f)).map((f) => f.name),
      ...methods.filter((m) => !hasExample(m)).map((m) => `Corpus.${m.name}`),
    ];
    expect(missing, 'exports with no @example in their TSDoc').toEqual([]);
  });
});
