// Every script in examples/ runs as examples/README.md says and prints what it shows, so the
// examples and their page cannot drift from the library. They run in a scratch folder set up as a
// user's project (test/helpers/user-project.ts), on the built package.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSTGRES_REQUIRED, POSTGRES_URL, probePostgres } from '../../packages/core/test/store/postgres.js';
import { CORPUS_AVAILABLE, readCorpus } from '../helpers/corpus.js';
import { documentedCommand, expectOutput } from '../helpers/markdown.js';
import { ROOT } from '../helpers/seeds.js';
import { createUserProject, type UserProject } from '../helpers/user-project.js';

const README = readFileSync(join(ROOT, 'examples', 'README.md'), 'utf8');
const postgresUnavailable = await probePostgres();

/** The command examples/README.md gives for a script, and the outputs it shows. */
const documented = (script: string) => documentedCommand(README, `node examples/${script}`);

describe('examples', () => {
  let project: UserProject;
  beforeAll(() => {
    project = createUserProject();
  });
  afterAll(() => project?.remove());

  const run = (command: string, env: NodeJS.ProcessEnv = {}) =>
    spawnSync('bash', ['-c', command], { cwd: project.dir, env: { ...project.env, ...env }, encoding: 'utf8' });

  it('lists every script on its page', () => {
    const scripts = execFileSync('git', ['ls-files', '--others', '--cached', '--exclude-standard', 'examples'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => f.slice('examples/'.length))
      .sort();
    expect(scripts).toEqual([
      'extract-article.mjs',
      'graphml-for-gephi.mjs',
      'postgres.mjs',
      'who-met-in-august-2015.mjs',
    ]);
    for (const script of scripts) expect(documented(script).outputs.length).toBeGreaterThan(0);
  });

  it('extract-article.mjs prints the meetings of seed 004', () => {
    const { command, outputs } = documented('extract-article.mjs');
    const result = run(command);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectOutput(result.stdout, outputs[0]);
  });

  it('graphml-for-gephi.mjs writes the network of the seeds as GraphML', () => {
    const { command, outputs } = documented('graphml-for-gephi.mjs');
    const result = run(command);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expectOutput(result.stdout, outputs[0]);
    const graphml = readFileSync(join(project.dir, 'liqa.graphml'), 'utf8');
    expect(graphml).toMatch(/^<\?xml [^>]*\?>\n<graphml /);
    expect(graphml.match(/<node /g)).toHaveLength(22);
    expect(graphml.match(/<edge /g)).toHaveLength(50);
    expect(graphml).toContain('خلوصي أكار');
  });

  it.skipIf(!CORPUS_AVAILABLE)('who-met-in-august-2015.mjs answers from every 20th SaudiNewsNet article', async () => {
    const slice = join(project.dir, 'saudinewsnet-every-20th.jsonl');
    const lines: string[] = [];
    for await (const article of readCorpus(20)) lines.push(JSON.stringify(article));
    writeFileSync(slice, `${lines.join('\n')}\n`);
    const { command } = documented('who-met-in-august-2015.mjs');
    const result = run(command.replace(/\S+saudinewsnet\.jsonl\.gz/, slice));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'Read 1552 articles.',
      'جون كيري (John Kerry) met 2 people in August 2015:',
      '- سيرغي لافروف (Sergey Lavrov)',
      expect.stringMatching(/^ {4}2015-08-06 meeting in ماليزيا, reported by \w+, \w+$/),
      expect.stringMatching(/^ {4}2015-08-03 meeting in الدوحة, reported by \w+$/),
      expect.stringMatching(/^ {4}2015-08-03 meeting, reported by \w+$/),
      '- عادل بن أحمد الجبير (Adel Al-Jubeir)',
      expect.stringMatching(/^ {4}2015-08-03 meeting in الدوحة, reported by \w+$/),
      '',
    ]);
  });

  describe('postgres.mjs', () => {
    const unavailable = postgresUnavailable;
    it.skipIf(unavailable !== null && !POSTGRES_REQUIRED)(
      `stores the seeds in PostgreSQL through DATABASE_URL, and adds nothing the second time${unavailable ? ` (skipped: ${unavailable})` : ''}`,
      async () => {
        if (unavailable !== null) throw new Error(`LIQA_REQUIRE_POSTGRES=1 but ${unavailable}`);
        // A database of its own, dropped after: the example uses the URL as a user gives it.
        const database = `liqa_example_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 10_000 });
        admin.on('error', () => {});
        await admin.connect();
        try {
          await admin.query(`CREATE DATABASE ${database}`);
          const url = new URL(POSTGRES_URL);
          url.pathname = `/${database}`;
          const { command, outputs } = documented('postgres.mjs');
          const ownUrl = command.replace(/^DATABASE_URL=\S+ /, '');
          // The page shows the URL of scripts/postgres.sh; this run names its own database.
          const shownAs = (stdout: string) =>
            stdout.replace(/^postgres at .*$/m, 'postgres at postgres://liqa:***@127.0.0.1:5432/liqa');
          for (const shown of outputs) {
            const result = run(ownUrl, { DATABASE_URL: url.toString() });
            expect(result.stderr).toBe('');
            expect(result.status).toBe(0);
            expect(result.stdout).toMatch(new RegExp(`^postgres at postgres://[^\\n]*/${database}\\n`));
            expectOutput(shownAs(result.stdout), shown);
          }
        } finally {
          await admin.query(`DROP DATABASE IF EXISTS ${database}`);
          await admin.end();
        }
      },
    );
  });
});
