import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Corpus, openCorpus, SqliteStore } from '@liqa/core';
import type { CommandContext } from '../../src/commands/command.js';
import { loadConfig } from '../../src/config.js';
import { memoryLogger } from '../../src/log.js';

/** The repository's seeds folder (with the sidecars that give two of them a publication date). */
export const SEEDS_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..', '..', 'seeds');

/** A corpus of the five seeds, in memory. */
export async function seedsCorpus(): Promise<Corpus> {
  const corpus = await openCorpus({ store: await SqliteStore.open(':memory:') });
  await corpus.ingest([SEEDS_DIR]);
  return corpus;
}

/** A command context on the seeds' corpus, with a logger that keeps its records. */
export async function seedsContext(
  env: NodeJS.ProcessEnv = {},
): Promise<CommandContext & { log: ReturnType<typeof memoryLogger> }> {
  return { corpus: await seedsCorpus(), config: loadConfig(env), log: memoryLogger() };
}
