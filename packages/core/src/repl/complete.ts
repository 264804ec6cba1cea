import { readdir } from 'node:fs/promises';
import type { CompleterResult } from 'node:readline';
import type { PersonSuggestion } from '../corpus/person-search.js';

/**
 * Tab completion in the REPL: inside a string literal, the names of the people in the corpus (Arabic
 * or Latin, as typed); inside the first argument of `ingest(`, file paths; anywhere else, the REPL's
 * own completion of JavaScript.
 */

/** A readline completer in callback form, as `REPLServer.completer` is. */
export type Completer = (line: string, callback: (error: Error | null, result?: CompleterResult) => void) => void;

/** The unterminated string literal a line ends in: where its text starts, and that text. */
export interface OpenString {
  readonly start: number;
  readonly text: string;
}

/** The string literal still open at the end of `line` (quotes `'`, `"` or a backtick), or null. */
export function openString(line: string): OpenString | null {
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quote === null) {
      if (char === "'" || char === '"' || char === '`') {
        quote = char;
        start = i + 1;
      }
    } else if (char === '\\') {
      i++;
    } else if (char === quote) {
      quote = null;
    }
  }
  return quote === null ? null : { start, text: line.slice(start) };
}

const ARABIC = /\p{Script=Arabic}/u;

/**
 * Names completing `typed`: each person's Arabic name for Arabic input, the Latin spelling for
 * Latin input. A completion may not start with what was typed (`أك` completes to `خلوصي أكار`);
 * readline then replaces the typed text with it.
 */
export function nameCompletions(typed: string, suggestions: readonly PersonSuggestion[]): string[] {
  const arabic = ARABIC.test(typed);
  return [...new Set(suggestions.map((s) => (arabic || !s.en ? s.name : s.en)))];
}

/** Files and folders (with a trailing `/`) whose path starts with `typed`. */
export async function pathCompletions(typed: string): Promise<string[]> {
  const slash = typed.lastIndexOf('/');
  const folder = slash === -1 ? '' : typed.slice(0, slash + 1);
  const prefix = typed.slice(slash + 1);
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder === '' ? '.' : folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.name.startsWith(prefix) && (prefix.startsWith('.') || !e.name.startsWith('.')))
    .map((e) => `${folder}${e.name}${e.isDirectory() ? '/' : ''}`)
    .sort();
}

/** The REPL's completer with person names (and ingest paths) inside strings, on top of `fallback`. */
export function replCompleter(
  suggest: (prefix: string) => Promise<readonly PersonSuggestion[]>,
  fallback: Completer,
): Completer {
  return (line, callback) => {
    const open = openString(line);
    if (open === null) {
      fallback(line, callback);
      return;
    }
    const completions = /\bingest\(\s*$/.test(line.slice(0, open.start - 1))
      ? pathCompletions(open.text)
      : open.text.trim() === ''
        ? Promise.resolve([])
        : suggest(open.text).then((found) => nameCompletions(open.text, found));
    completions.then(
      (list) => (list.length > 0 ? callback(null, [list, open.text]) : fallback(line, callback)),
      () => fallback(line, callback),
    );
  };
}
