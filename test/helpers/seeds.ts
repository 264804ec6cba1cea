import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The seed articles kept in the repository as sample data. */
export const SEEDS_DIR = join(ROOT, 'seeds');
/** The shared folder beside the repository (gold, corpus, scorer). */
export const SHARED_DIR = join(ROOT, '..', 'shared');

/** File names of the seed articles, in order. */
export const SEED_FILES: readonly string[] = readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

/** The text of a seed, by its number prefix (`'003'`) or file name. */
export function readSeed(which: string): string {
  const file = SEED_FILES.find((f) => f === which || f.startsWith(`${which}_`));
  if (!file) throw new Error(`no seed ${which}`);
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}
