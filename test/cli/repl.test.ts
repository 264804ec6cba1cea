// `liqa repl` as a user drives it: the built CLI, keys typed on stdin, and the screen a terminal
// would show (test/helpers/screen.ts). `--terminal` turns on line editing and Tab over pipes.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Screen } from '../helpers/screen.js';
import { ROOT } from '../helpers/seeds.js';

const BIN = join(ROOT, 'packages', 'core', 'bin', 'liqa.mjs');
const ENV = { ...process.env, DATABASE_URL: '', LIQA_DATA_DIR: '' };
/** How long to wait for the screen to show something before failing with what it does show. */
const PATIENCE_MS = 30_000;

/** A REPL in a child process, with the screen its output draws. */
class Session {
  readonly screen = new Screen();
  readonly child: ChildProcessWithoutNullStreams;
  readonly #exited: Promise<number | null>;
  #waiters: Array<() => void> = [];

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [BIN, 'repl', ...args], { cwd: ROOT, env: ENV });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (chunk: string) => {
      this.screen.write(chunk);
      for (const wake of this.#waiters) wake();
    });
    this.#exited = new Promise((resolve) => this.child.on('exit', resolve));
  }

  type(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** Resolves once `test` holds for the screen; fails, showing the screen, if it never does. */
  until(what: string, test: (screen: Screen) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!test(this.screen)) return;
        clearTimeout(timer);
        this.#waiters = this.#waiters.filter((w) => w !== check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== check);
        reject(new Error(`the screen never showed ${what}:\n${this.screen.text()}`));
      }, PATIENCE_MS);
      this.#waiters.push(check);
      check();
    });
  }

  /** Types a line and waits for its answer, up to the next prompt. */
  async enter(line: string, answer: string | RegExp): Promise<void> {
    this.type(`${line}\r`);
    await this.until(`${String(answer)} then a prompt`, (s) => {
      const text = s.text();
      return (typeof answer === 'string' ? text.includes(answer) : answer.test(text)) && s.currentLine() === 'liqa>';
    });
  }

  exit(): Promise<number | null> {
    this.child.stdin.end();
    return this.#exited;
  }
}

describe('liqa repl', () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'liqa-repl-'));
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('ingests the seeds, answers whoMet, completes names with Tab, and explains an unknown name', async () => {
    const repl = new Session(['--data', data, '--terminal']);
    await repl.until('the prompt', (s) => s.currentLine() === 'liqa>');
    expect(repl.screen.text()).toMatch(/^liqa on .*liqa\.sqlite: 0 articles, 0 people, 0 meetings\.\nIn scope: whoMet/);

    await repl.enter("ingest('seeds')", 'Read 5 articles: 5 added');

    await repl.enter("whoMet('أكار')", 'met 6 people');
    const answer = repl.screen.text().split("liqa> whoMet('أكار')\n")[1] ?? '';
    const rows = answer.split('\n');
    expect(rows[0]).toBe('خلوصي أكار (Hulusi Akar) met 6 people:');
    expect(rows[1]).toMatch(/^met {2,}meetings {2}last {8}first$/);
    expect(rows[3]).toMatch(/^فتحي باشاغا \(Fathi Bashagha\) +3 +2020-12-26 {2}2020-08-17$/);
    expect(rows.slice(3, 9).map((row) => row.split(/ {2,}/)[0])).toEqual([
      'فتحي باشاغا (Fathi Bashagha)',
      'صلاح الدين النمروش (Salah al-Din al-Namroush)',
      'فائز السراج (Fayez al-Sarraj)',
      'خالد المشري (Khalid al-Mishri)',
      'أحمد معيتيق (Ahmed Maiteeq)',
      'خالد بن محمد العطية (Khalid bin Mohammed Al-Attiyah)',
    ]);

    // Two people have a name word starting with أك: the second Tab lists both, and one more
    // letter leaves one, whose whole name replaces what was typed. Readline completes only on a
    // Tab that ends what it reads at once (a Tab inside pasted text is text), so each Tab ends a
    // write, and the next write waits until the screen shows this one was read.
    repl.type("whoMet('أك\t");
    await repl.until('the typed call', (s) => s.currentLine() === "liqa> whoMet('أك");
    repl.type('\t');
    // On a pipe the terminal has no width, so readline lists one name a line.
    await repl.until(
      'both completions, then the line as typed',
      (s) => s.text().includes("liqa> whoMet('أك\nخلوصي أكار\nسرهات أكسن\n") && s.currentLine() === "liqa> whoMet('أك",
    );
    repl.type('ا\t');
    await repl.until('the completed name', (s) => s.currentLine() === "liqa> whoMet('خلوصي أكار");
    await repl.enter("')", /liqa> whoMet\('خلوصي أكار'\)\nخلوصي أكار \(Hulusi Akar\) met 6 people:/);

    // Latin names complete to the Latin spelling.
    repl.type("(await between('Hulu\t");
    await repl.until('the Latin name', (s) => s.currentLine() === "liqa> (await between('Hulusi Akar");
    await repl.enter("', 'باشاغا'))[0]", /\n2020-12-26 meeting · خلوصي أكار \(Hulusi Akar\), .* ↔ .*فتحي باشاغا/);

    await repl.enter('.json', '"participants": [');

    await repl.enter("whoMet('Zzyzx')", 'Uncaught LiqaError: no person in the corpus is called "Zzyzx"');
    const error = repl.screen.text().split("liqa> whoMet('Zzyzx')\n")[1] ?? '';
    expect(error.split('\n')).toEqual(['Uncaught LiqaError: no person in the corpus is called "Zzyzx"', 'liqa>']);

    expect(await repl.exit()).toBe(0);
  });

  it('reads a piped session line by line, each waiting for the one before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'liqa-repl-pipe-'));
    try {
      const run = spawnSync(process.execPath, [BIN, 'repl', '--data', dir], {
        cwd: ROOT,
        env: ENV,
        encoding: 'utf8',
        input: "ingest('seeds')\nwhoMet('أكار').then((a) => a.met.length)\n.json\nstats()\n",
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout.split('liqa> ').slice(1)).toEqual([
        expect.stringMatching(/^Read 5 articles: 5 added, 0 already stored, 0 errors; 11 meeting reports/),
        '6\n',
        '6\n',
        expect.stringMatching(/^5 articles, 22 people, 10 meetings/),
        '',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
