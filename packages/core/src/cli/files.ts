import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { statPath } from '../corpus/read-sources.js';
import { LiqaError } from '../errors.js';

/** File extensions `liqa read` takes from a folder; files named explicitly are read whatever their name. */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm']);

/**
 * Expands paths to article files: files as given, folders walked recursively for
 * {@link ARTICLE_EXTENSIONS}, sorted by path so output is stable.
 */
export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await statPath(path);
    if (info.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...(await walk(path)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
  }
  return found;
}

/** Reads a file's bytes, with an error that names the file. */
export async function readArticleFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new LiqaError('file_unreadable', `${path}: cannot read (${(cause as Error).message})`, { path }, { cause });
  }
}
