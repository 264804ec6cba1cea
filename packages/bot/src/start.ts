import { openCorpus } from '@liqa/core';
import { startDiscord } from './client.js';
import type { CommandContext } from './commands/command.js';
import { type BotConfig, loadConfig } from './config.js';
import { createLogger, type Logger } from './log.js';
import { runTerminal } from './terminal.js';

/**
 * Starts liqa's bot: validates the configuration, opens the corpus (ingesting `LIQA_INGEST` first),
 * then connects to Discord when `DISCORD_TOKEN` is set, or answers the same commands in the terminal.
 */
export async function start(
  options: {
    env?: NodeJS.ProcessEnv;
    log?: Logger;
    /** Terminal mode: lines answered before reading the input (`pnpm start` asks `/met أكار`). */
    ask?: readonly string[];
    input?: NodeJS.ReadableStream;
    output?: NodeJS.WritableStream;
  } = {},
): Promise<void> {
  const config: BotConfig = loadConfig(options.env);
  const log = options.log ?? createLogger();
  const corpus = await openCorpus({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  if (config.ingestOnStart.length > 0) {
    const summary = await corpus.ingest(config.ingestOnStart);
    const fields = {
      paths: config.ingestOnStart,
      added: summary.added,
      skipped: summary.skipped,
      empty: summary.empty.length,
      errors: summary.errors.length,
    };
    if (config.token) log.info('ingested', fields);
    else {
      // At a terminal, a sentence rather than a log record.
      const stats = await corpus.stats();
      (options.output ?? process.stdout).write(
        `Ingested ${config.ingestOnStart.join(', ')}: ${summary.added} new, ${summary.skipped} already stored, ${summary.empty.length > 0 ? `${summary.empty.length} empty (no text), ` : ''}${summary.errors.length} errors. The corpus holds ${stats.articles} articles, ${stats.people} people, ${stats.meetings} meetings.\n`,
      );
      for (const error of summary.errors.slice(0, 10)) log.warn('ingest_error', { message: error.message });
    }
  }
  const ctx: CommandContext = { corpus, config, log };
  if (config.token) {
    const client = await startDiscord(ctx);
    const stop = async () => {
      await client.destroy();
      await corpus.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  await runTerminal(ctx, options.input, options.output, options.ask);
  await corpus.close();
}
