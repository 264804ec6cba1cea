// The snippet marking the docs tests rely on (test/helpers/markdown.ts): what runs, what it must print.
import { describe, expect, it } from 'vitest';
import { codeBlocks, documentedCommand, outputMatches, runnableSnippets } from '../helpers/markdown.js';

const PAGE = [
  '# Title',
  '',
  '```js run',
  "console.log('a');",
  '```',
  '',
  '```text',
  'a',
  '```',
  '',
  '```ts',
  'not run',
  '```',
  '',
  '- a list item:',
  '  ```sh run',
  '  liqa who-met أكار',
  '  ```',
  '',
  'More prose.',
  '',
  '```text',
  'first',
  '```',
  '',
  '```text',
  'second',
  '```',
].join('\n');

describe('runnable snippets', () => {
  it('finds fenced blocks with their language, flags and line, indented ones included', () => {
    expect(codeBlocks(PAGE).map((b) => [b.lang, b.flags, b.line])).toEqual([
      ['js', ['run'], 3],
      ['text', [], 7],
      ['ts', [], 11],
      ['sh', ['run'], 16],
      ['text', [], 22],
      ['text', [], 26],
    ]);
    expect(codeBlocks(PAGE)[3]?.code).toBe('liqa who-met أكار');
  });

  it('pairs each run block with the text block after it', () => {
    expect(runnableSnippets(PAGE).map((s) => [s.block.line, s.output?.code ?? null])).toEqual([
      [3, 'a'],
      [16, 'first'],
    ]);
    expect(documentedCommand(PAGE, 'liqa who-met')).toEqual({
      command: 'liqa who-met أكار',
      outputs: ['first', 'second'],
    });
  });

  it('matches output line by line, with … for any lines or any text in a line', () => {
    expect(outputMatches('a\nb  \n\n', 'a\nb')).toBe(true);
    expect(outputMatches('a\nb', 'a\nc')).toBe(false);
    expect(outputMatches('a\nb', 'a')).toBe(false);
    expect(outputMatches('a\nx\ny\nb', 'a\n…\nb')).toBe(true);
    expect(outputMatches('a\nb', 'a\n  …\nb')).toBe(true);
    expect(outputMatches('a\nb\nc', 'a\n…')).toBe(true);
    expect(outputMatches('liqa on /tmp/x/liqa.sqlite: 5 articles', 'liqa on …/liqa.sqlite: 5 articles')).toBe(true);
    expect(outputMatches('liqa on /tmp/x/liqa.sqlite: 6 articles', 'liqa on …/liqa.sqlite: 5 articles')).toBe(false);
    expect(outputMatches('a (b) [c] *', 'a (b) [c] *')).toBe(true);
  });
});
