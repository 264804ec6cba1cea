import { availableParallelism } from 'node:os';
import repl, { type REPLEval, type REPLServer } from 'node:repl';
import { inspect } from 'node:util';
import { progressReporter } from '../cli/progress.js';
import type { Corpus } from '../corpus/corpus.js';
import type { GraphOptions, MeetingFilter } from '../corpus/corpus-view.js';
import type { IngestOptions } from '../corpus/ingest.js';
import { type Completer, replCompleter } from './complete.js';
import { formatResult } from './format.js';

/** Options of {@link startRepl}. */
export interface StartReplOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /**
   * Line editing and tab completion, as in a terminal. @default whether `output` is a terminal
   */
  terminal?: boolean;
  /** Where `ingest(…)` draws its progress bar; none when null. @default stderr when it is a terminal */
  progress?: NodeJS.WriteStream | null;
}

/** A running REPL, and a promise that settles once it has been left and the corpus closed. */
export interface LiqaRepl {
  readonly server: REPLServer;
  readonly closed: Promise<void>;
}

/** The names the REPL puts in scope, in the order the banner lists them. */
export const SCOPE_NAMES = [
  'whoMet',
  'between',
  'when',
  'person',
  'timeline',
  'graph',
  'ingest',
  'stats',
  'suggest',
  'corpus',
] as const;

/** The query functions of the REPL: the corpus's methods under short names, `ingest` with all cores. */
export function replScope(corpus: Corpus, progress: NodeJS.WriteStream | null): Record<string, unknown> {
  return {
    whoMet: (person: string, filter?: MeetingFilter) => corpus.whoMet(person, filter),
    between: (a: string, b: string, filter?: MeetingFilter) => corpus.meetingsBetween(a, b, filter),
    when: (a: string, b: string, filter?: MeetingFilter) => corpus.when(a, b, filter),
    person: (query: string, options?: { limit?: number }) => corpus.person(query, options),
    timeline: (person: string, filter?: MeetingFilter) => corpus.timeline(person, filter),
    graph: (about?: string | GraphOptions) => corpus.graph(typeof about === 'string' ? { person: about } : about),
    ingest: async (paths: string | readonly string[], options: IngestOptions = {}) => {
      const bar = progress ? progressReporter(progress) : null;
      try {
        return await corpus.ingest(paths, {
          workers: availableParallelism(),
          onProgress: bar ? (p) => bar.update(p) : undefined,
          ...options,
        });
      } finally {
        bar?.done();
      }
    },
    stats: () => corpus.stats(),
    suggest: (prefix: string) => corpus.suggest(prefix),
    corpus,
  };
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  (typeof value === 'object' || typeof value === 'function') &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';

/**
 * Opens a Node REPL on a corpus: the query functions in scope, promises awaited before they print,
 * answers drawn as lines and tables, names completed with Tab inside quotes, and `.json` for the
 * last result as JSON. Lines are evaluated one after the other even when they arrive together (a
 * pasted or piped session), so `ingest(…)` has finished before the next line asks. Leaving the REPL
 * closes the corpus.
 */
export async function startRepl(corpus: Corpus, options: StartReplOptions = {}): Promise<LiqaRepl> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const terminal = options.terminal ?? (output as NodeJS.WriteStream).isTTY === true;
  const colors =
    terminal && typeof (output as NodeJS.WriteStream).hasColors === 'function'
      ? (output as NodeJS.WriteStream).hasColors()
      : false;
  const progress = options.progress === undefined ? (process.stderr.isTTY ? process.stderr : null) : options.progress;

  const stats = await corpus.stats();
  output.write(
    `liqa on ${corpus.store.location}: ${stats.articles} articles, ${stats.people} people, ${stats.meetings} meetings.\n` +
      `In scope: whoMet('أكار'), between('أكار', 'باشاغا'), when(a, b), person('Akar'), timeline(name), graph(name), ingest('path'), stats(), suggest(prefix), corpus.\n` +
      'Tab completes names inside quotes; .json prints the last result as JSON; .help lists the commands; .exit leaves.\n',
  );

  const inspectOptions = { ...repl.writer.options, colors };
  const server = repl.start({
    prompt: 'liqa> ',
    input,
    output,
    terminal,
    useColors: colors,
    ignoreUndefined: true,
    // Node's inline preview assumes a completion starts with the typed text; a name completed from
    // a later word (أك → خلوصي أكار) would preview as garbage.
    preview: false,
    writer: (value: unknown) => formatResult(value, { colors }) ?? inspect(value, inspectOptions),
  });

  const install = () => {
    for (const [name, value] of Object.entries(replScope(corpus, progress))) {
      Object.defineProperty(server.context, name, { value, enumerable: true, configurable: false, writable: false });
    }
  };
  install();
  server.on('reset', install);

  // One line at a time: each waits for the one before it, promise included.
  let queue: Promise<void> = Promise.resolve();
  const serially = (task: () => Promise<void>) => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };
  let last: unknown;
  const evaluate = server.eval;
  (server as { eval: REPLEval }).eval = function awaitingEval(code, context, file, callback) {
    serially(
      () =>
        new Promise<void>((done) => {
          const finish = (error: Error | null, value?: unknown) => {
            if (error === null && value !== undefined) last = value;
            try {
              callback(error, value);
            } finally {
              done();
            }
          };
          evaluate.call(server, code, context, file, (error, value) => {
            if (error || !isThenable(value)) finish(error, value);
            else
              value.then(
                (settled) => finish(null, settled),
                (reason) => finish(asError(reason)),
              );
          });
        }),
    );
  };

  server.defineCommand('json', {
    help: 'Print the last result as JSON',
    action() {
      serially(async () => {
        output.write(last === undefined ? 'No result yet.\n' : `${toJson(last)}\n`);
      }).then(() => server.displayPrompt());
    },
  });

  const completer = server.completer as Completer;
  (server as { completer: Completer }).completer = replCompleter(
    (prefix) => corpus.suggest(prefix),
    (line, callback) => completer.call(server, line, callback),
  );

  const closed = new Promise<void>((resolve, reject) => {
    server.on('exit', () => {
      queue.then(() => corpus.close()).then(resolve, reject);
    });
  });
  return { server, closed };
}

function toJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? 'undefined';
  } catch (error) {
    return `The last result is not JSON: ${(error as Error).message}`;
  }
}

function asError(reason: unknown): Error {
  return reason instanceof Error || (typeof reason === 'object' && reason !== null && 'message' in reason)
    ? (reason as Error)
    : new Error(`rejected with ${inspect(reason)}`);
}
