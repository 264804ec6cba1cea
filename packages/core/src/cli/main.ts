import { type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import { isLiqaError } from '../errors.js';
import { between } from './commands/between.js';
import { exportCommand } from './commands/export.js';
import { extract } from './commands/extract.js';
import { ingest } from './commands/ingest.js';
import { person } from './commands/person.js';
import { read } from './commands/read.js';
import { replCommand } from './commands/repl.js';
import { timeline } from './commands/timeline.js';
import { whoMet } from './commands/who-met.js';

declare const __LIQA_VERSION__: string | undefined;

/** The `liqa` command and its subcommands. */
export const main: CommandDef = defineCommand({
  meta: {
    name: 'liqa',
    version: typeof __LIQA_VERSION__ === 'string' ? __LIQA_VERSION__ : '0.0.0',
    description: 'Read Arabic news: who met whom, when and where, with the sentence that says so',
  },
  subCommands: {
    read,
    extract,
    ingest,
    'who-met': whoMet,
    between,
    person,
    timeline,
    export: exportCommand,
    repl: replCommand,
  },
});

/**
 * Runs the CLI on `argv` (without `node` and the script). Errors a user can fix are printed as one
 * line with exit code 2 (bad arguments) or 1 (input that could not be read); anything else is a bug
 * and keeps its stack trace.
 */
export async function runMain(argv: string[]): Promise<void> {
  try {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      const sub = argv.find((a) => !a.startsWith('-'));
      const subCommands = main.subCommands as Record<string, CommandDef>;
      const target = sub && subCommands[sub] ? subCommands[sub] : main;
      // Rendered and written here rather than by citty's logger, which stays silent in some environments.
      process.stdout.write(`${await renderUsage(target, target === main ? undefined : main)}\n`);
      return;
    }
    if (argv.length === 1 && argv[0] === '--version') {
      process.stdout.write(`${(main.meta as { version: string }).version}\n`);
      return;
    }
    await runCommand(main, { rawArgs: argv });
  } catch (error) {
    if (isLiqaError(error)) {
      process.stderr.write(`liqa: ${error.message}\n`);
      process.exitCode = error.code === 'invalid_options' ? 2 : 1;
      return;
    }
    if (error instanceof Error && /^E_/.test(String((error as { code?: unknown }).code))) {
      // citty's own argument errors (unknown command, missing argument).
      process.stderr.write(`liqa: ${error.message}\nRun \`liqa --help\` for usage.\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}
