import { expect } from 'vitest';

/**
 * Runnable snippets in Markdown, for the tests that keep the READMEs and examples true.
 *
 * A fenced block whose info string has the word `run` after its language (```` ```js run ````,
 * ```` ```sh run ````; GitHub shows only the language) is a snippet the tests execute. The next
 * fenced block, when its language is `text`, is the output the snippet must print on stdout. In an
 * output block, a line holding only `…` (indented or not) stands for any number of lines, and `…` inside a line for
 * any text, so the docs may leave out what changes between runs or does not matter.
 */

/** A fenced code block: its language, the words after it, its text, and the line it starts on. */
export interface CodeBlock {
  readonly lang: string;
  readonly flags: readonly string[];
  readonly code: string;
  readonly line: number;
}

/** A block to run and, when the docs show one, the output it must print. */
export interface Snippet {
  readonly block: CodeBlock;
  readonly output: CodeBlock | null;
}

/** Every fenced (```) code block of a Markdown text, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', fence = '```', info = ''] = open;
    const [lang = '', ...flags] = info.trim().split(/\s+/);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] as string).trim().startsWith(fence); j++) {
      body.push(
        (lines[j] as string).startsWith(indent) ? (lines[j] as string).slice(indent.length) : (lines[j] as string),
      );
    }
    blocks.push({ lang, flags, code: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The blocks marked `run`, each with the `text` block after it, if there is one. */
export function runnableSnippets(markdown: string): Snippet[] {
  const blocks = codeBlocks(markdown);
  return blocks.flatMap((block, i) => {
    if (!block.flags.includes('run')) return [];
    const next = blocks[i + 1];
    return [{ block, output: next && next.lang === 'text' ? next : null }];
  });
}

/**
 * The shell block of a page that holds `command`, and the `text` blocks right after it (prose may
 * come between): the command as the page gives it, and the outputs it shows.
 */
export function documentedCommand(markdown: string, command: string): { command: string; outputs: string[] } {
  const blocks = codeBlocks(markdown);
  const at = blocks.findIndex((b) => b.lang === 'sh' && b.code.includes(command));
  if (at === -1) throw new Error(`no sh block runs ${command}`);
  const outputs: string[] = [];
  for (const block of blocks.slice(at + 1)) {
    if (block.lang !== 'text') break;
    outputs.push(block.code);
  }
  return { command: (blocks[at] as CodeBlock).code.trim(), outputs };
}

const lines = (text: string) => {
  const list = text.split('\n').map((line) => line.trimEnd());
  while (list.length > 0 && list.at(-1) === '') list.pop();
  return list;
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lineMatches = (actual: string, expected: string) =>
  new RegExp(`^${expected.split('…').map(escapeRegExp).join('.*')}$`, 'u').test(actual);

/** Fails, showing both, when `stdout` is not the output a page shows. */
export function expectOutput(stdout: string, shown: string | undefined): void {
  if (shown === undefined || !outputMatches(stdout, shown)) expect(stdout).toBe(shown);
}

/** Whether `actual` output matches the `expected` output block (`…` lines and `…` in a line are wildcards). */
export function outputMatches(actual: string, expected: string): boolean {
  const got = lines(actual);
  const want = lines(expected);
  const match = (i: number, j: number): boolean => {
    if (j === want.length) return i === got.length;
    if (want[j]?.trim() === '…') {
      for (let k = i; k <= got.length; k++) if (match(k, j + 1)) return true;
      return false;
    }
    return i < got.length && lineMatches(got[i] as string, want[j] as string) && match(i + 1, j + 1);
  };
  return match(0, 0);
}
