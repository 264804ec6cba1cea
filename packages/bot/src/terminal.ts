import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { isLiqaError } from '@liqa/core';
import { z } from 'zod';
import type { CommandContext } from './commands/command.js';
import { COMMANDS, findCommand } from './commands/index.js';
import { answerText } from './render/text.js';

/**
 * The same commands in a terminal, for trying liqa without Discord: `/met أكار`,
 * `/between أكار باشاغا`, `/between a:"فتحي باشاغا" b:Akar`. Words after the command fill its
 * options in order; `name:value` names one; quotes keep spaces.
 */

/** Splits a line into words, keeping quoted runs ("فتحي باشاغا") together. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  const pattern = /(\S+?:)?"([^"]*)"|(\S+?:)?«([^»]*)»|(\S+)/g;
  for (const m of line.matchAll(pattern)) {
    if (m[2] !== undefined) words.push(`${m[1] ?? ''}${m[2]}`);
    else if (m[4] !== undefined) words.push(`${m[3] ?? ''}${m[4]}`);
    else if (m[5] !== undefined) words.push(m[5]);
  }
  return words;
}

/** Turns a line's words into the command's raw options. */
export function parseLine(line: string): { name: string; options: Record<string, string> } | null {
  const [head, ...rest] = splitWords(line.trim());
  if (!head) return null;
  const name = head.replace(/^\//, '');
  const command = findCommand(name);
  const options: Record<string, string> = {};
  const loose: string[] = [];
  for (const word of rest) {
    const named = /^([a-z]+):(.*)$/.exec(word);
    if (named?.[1] && (command?.positional.includes(named[1]) || ['from', 'to', 'kind', 'depth'].includes(named[1]))) {
      options[named[1]] = named[2] ?? '';
    } else loose.push(word);
  }
  const positional = (command?.positional ?? []).filter((p) => !(p in options));
  // The last positional option takes the rest of the words: `/met فتحي باشاغا` is one name.
  positional.forEach((option, i) => {
    const words = i === positional.length - 1 ? loose.splice(0) : loose.splice(0, 1);
    if (words.length > 0) options[option] = words.join(' ');
  });
  return { name, options };
}

/** Runs one line and returns the text to show. */
export async function runLine(line: string, ctx: CommandContext): Promise<string> {
  const parsed = parseLine(line);
  if (!parsed) return '';
  const command = findCommand(parsed.name);
  if (!command) return `Unknown command /${parsed.name}. Commands: ${COMMANDS.map((c) => `/${c.data.name}`).join(' ')}`;
  const input = command.input.safeParse(parsed.options);
  if (!input.success) return z.prettifyError(input.error);
  try {
    const answer = await command.run(input.data, ctx);
    let imagePath: string | undefined;
    if (answer.image) {
      imagePath = join(tmpdir(), `liqa-${Date.now()}-${answer.image.name}`);
      await writeFile(imagePath, answer.image.data);
    }
    return answerText(answer, imagePath);
  } catch (error) {
    if (isLiqaError(error)) return error.message;
    ctx.log.error('command_failed', { line, error });
    return `Something went wrong; it has been logged. (${(error as Error).message})`;
  }
}

/** Reads commands from `input` until it ends (or `/quit`), answering on `output`. */
export async function runTerminal(
  ctx: CommandContext,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  first: readonly string[] = [],
): Promise<void> {
  const rl: Interface = createInterface({ input, output, terminal: false });
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const prompt = () => interactive && output.write('liqa> ');
  output.write('liqa — type /help, /met أكار, /between أكار باشاغا, /graph أكار; /quit to leave.\n');
  for (const line of first) output.write(`liqa> ${line}\n${await runLine(line, { ...ctx, local: true })}\n`);
  prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) output.write(`${await runLine(text, { ...ctx, local: true })}\n`);
    prompt();
  }
  rl.close();
}
