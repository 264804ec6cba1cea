// The READMEs' examples run, and print what the READMEs show, so the docs cannot drift from the code.
//
// Marking (see test/helpers/markdown.ts):
// - ```js run     an ES module; runs with node, as a user's script beside `seeds/`;
// - ```sh run     a bash script, with `liqa` on the PATH;
// - ```text       right after a run block: what it prints on stdout. A line of only `…` stands for
//                 any lines, `…` in a line for any text;
// - ```text repl  a `liqa repl` session: the text after each `liqa> ` prompt is typed, one line
//                 each, into a fresh REPL; the rest is what the REPL prints.
// Each block runs in a fresh scratch folder set up as a user's project (test/helpers/user-project.ts)
// on the built package, with a store of its own. Every js and ts block of these pages must be
// marked to run: an example nobody runs is an example that rots. (The bot's README has no code
// example; test/bot/start.test.ts runs the `pnpm start` it shows.)
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CodeBlock, codeBlocks, expectOutput, runnableSnippets } from '../helpers/markdown.js';
import { ROOT } from '../helpers/seeds.js';
import { createUserProject } from '../helpers/user-project.js';

const PAGES = ['README.md', 'packages/core/README.md'];
const PROMPT = 'liqa> ';

/** Runs `work` in a fresh user project, and removes the project after. */
function inProject<T>(work: (dir: string, env: NodeJS.ProcessEnv) => T): T {
  const project = createUserProject();
  try {
    return work(project.dir, project.env);
  } finally {
    project.remove();
  }
}

function runBlock(block: CodeBlock) {
  return inProject((dir, env) => {
    if (block.lang === 'js') {
      writeFileSync(join(dir, 'snippet.mjs'), block.code);
      return spawnSync(process.execPath, ['snippet.mjs'], { cwd: dir, env, encoding: 'utf8' });
    }
    if (block.lang === 'sh') {
      return spawnSync('bash', ['-euo', 'pipefail', '-c', block.code], { cwd: dir, env, encoding: 'utf8' });
    }
    throw new Error(`line ${block.line}: cannot run a ${block.lang} block; mark only js and sh blocks \`run\``);
  });
}

/**
 * Types the session's input into `liqa repl` and rebuilds the screen a terminal would show: on a
 * pipe the REPL does not echo what is typed, so each input is put back after its prompt.
 */
function replaySession(transcript: string): string {
  const inputs = transcript
    .split('\n')
    .filter((line) => line.startsWith(PROMPT))
    .map((line) => line.slice(PROMPT.length));
  const result = inProject((dir, env) =>
    spawnSync(process.execPath, [join(dir, 'node_modules', '.bin', 'liqa'), 'repl'], {
      cwd: dir,
      env,
      encoding: 'utf8',
      input: `${inputs.join('\n')}\n`,
    }),
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const [banner = '', ...answers] = result.stdout.split(PROMPT);
  // The last prompt is the one stdin's end closed.
  expect(answers.pop()).toBe('');
  expect(answers).toHaveLength(inputs.length);
  return banner + answers.map((answer, i) => `${PROMPT}${inputs[i]}\n${answer}`).join('');
}

describe.each(PAGES)('%s', (page) => {
  const markdown = readFileSync(join(ROOT, page), 'utf8');
  const snippets = runnableSnippets(markdown);
  const sessions = codeBlocks(markdown).filter((b) => b.lang === 'text' && b.flags.includes('repl'));

  it('marks every JavaScript and TypeScript example to run', () => {
    const unmarked = codeBlocks(markdown).filter((b) => ['js', 'ts'].includes(b.lang) && !b.flags.includes('run'));
    expect(unmarked.map((b) => `line ${b.line}`)).toEqual([]);
    expect(snippets.length).toBeGreaterThan(0);
  });

  it.each(snippets.map((s) => [s.block.line, s]))('line %i runs and prints what follows it', (_line, snippet) => {
    const result = runBlock(snippet.block);
    if (result.status !== 0) expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    if (snippet.output) expectOutput(result.stdout, snippet.output.code);
  });

  it.each(sessions.map((b) => [b.line, b]))('the REPL session at line %i shows what it shows', (_line, block) => {
    expectOutput(replaySession(block.code), block.code);
  });
});
