import { createReadStream, type Stats } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, sep } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { isValidGregorian } from '../dates/calendars.js';
import { isLiqaError, LiqaError, type LiqaErrorCode } from '../errors.js';
import { decodeText } from '../text/decode-text.js';
import { DEFAULT_MAX_ARTICLE_LENGTH } from '../text/parse-article.js';

/** How a source file is read: one article per file (`text`, `html`), or one article per line. */
export type SourceKind = 'text' | 'html' | 'jsonl' | 'jsonl.gz';

/** One file to read, found by {@link planSources}. */
export interface SourceFile {
  /** The path as given, joined with the path inside the folder it was found in. */
  readonly path: string;
  readonly kind: SourceKind;
  /** Size on disk (compressed size for `jsonl.gz`). */
  readonly bytes: number;
}

/** The files {@link readSources} will read, in order, and their total size for a progress bar. */
export interface SourcePlan {
  readonly files: readonly SourceFile[];
  readonly totalBytes: number;
}

/** One article read from a source, with its metadata. */
export interface SourceArticle {
  /** JSONL `id`, a sidecar's `id`, or the file's path (forward slashes). */
  id: string;
  title: string | null;
  text: string;
  /** `YYYY-MM-DD`, when known. */
  published: string | null;
  source: string | null;
  url: string | null;
  /** How to parse `text`: `html` for `.html`/`.htm` files, `text` for `.txt`/`.text`, else `auto`. */
  format: 'auto' | 'text' | 'html';
  /** Where the article was read: `file` or `file:line`. */
  origin: string;
}

/** Why a file or a line gave no article. `message` names the file (and the line). */
export interface SourceError {
  file: string;
  line: number | null;
  id: string | null;
  code: LiqaErrorCode;
  message: string;
}

/**
 * One result of {@link readSources}. `bytesRead` counts the plan's bytes read so far (compressed
 * bytes for `.gz`), up to {@link SourcePlan.totalBytes}.
 */
export type SourceItem =
  | { ok: true; article: SourceArticle; bytesRead: number }
  | { ok: false; error: SourceError; bytesRead: number };

/** Options of {@link readSources}. */
export interface ReadSourcesOptions {
  /**
   * Longest article accepted, in UTF-16 code units; a longer file or JSONL line is an
   * `input_too_large` error.
   * @default DEFAULT_MAX_ARTICLE_LENGTH
   */
  maxArticleLength?: number;
}

/** File extensions taken from a folder; files named explicitly are read whatever their name. */
export const SOURCE_EXTENSIONS: readonly string[] = [
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.jsonl',
  '.ndjson',
  '.jsonl.gz',
  '.ndjson.gz',
];

/** Suffix of a sidecar: `a.txt.meta.json` gives metadata of `a.txt`, and is not an article itself. */
export const SIDECAR_SUFFIX = '.meta.json';

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** Characters of an overlong line searched for its `id`, so that the error can name it. */
const ID_SNIFF_LENGTH = 1000;
const ID_NEAR_START = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/;

const toPosix = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

const hasExtension = (name: string) => {
  const lower = name.toLowerCase();
  return SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext));
};

function kindByName(name: string): SourceKind {
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'text';
}

async function isGzip(path: string): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const head = new Uint8Array(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
  } catch {
    // An unreadable file is reported when it is read, with the rest of the batch.
    return false;
  } finally {
    await handle?.close();
  }
}

/** Gzip is recognised by its magic bytes; otherwise the name decides. */
async function kindOf(path: string, sniff: boolean): Promise<SourceKind> {
  return sniff && (await isGzip(path)) ? 'jsonl.gz' : kindByName(basename(path));
}

async function walk(folder: string, found: SourceFile[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, found);
    else if (entry.isFile() && hasExtension(entry.name)) {
      const kind = await kindOf(path, entry.name.toLowerCase().endsWith('.gz'));
      found.push({ path, kind, bytes: (await stat(path)).size });
    }
  }
}

/** `stat` with an error that names the path the user gave. */
export async function statPath(path: string): Promise<Stats> {
  try {
    return await stat(path);
  } catch (cause) {
    throw new LiqaError('file_unreadable', `${path}: no such file or folder`, { path }, { cause });
  }
}

/**
 * Expands paths into the source files to read: files as given (whatever their extension, except
 * `.meta.json` sidecars), folders walked recursively for the extensions ingest reads (`.txt`,
 * `.html`, `.jsonl` … and their `.gz`), sorted by path. Gzip is recognised by its magic bytes.
 *
 * Throws a {@link LiqaError} `file_unreadable` for a path that does not exist.
 *
 * @example
 * ```ts
 * const plan = await planSources(['seeds/']);
 * plan.files.length; //=> 5
 * plan.files[0]; //=> { path: 'seeds/000_5da3feab7a7b42f3.txt', kind: 'text', bytes: 7395 }
 * ```
 */
export async function planSources(paths: readonly string[]): Promise<SourcePlan> {
  const files: SourceFile[] = [];
  for (const path of paths) {
    const info = await statPath(path);
    if (info.isDirectory()) {
      try {
        await walk(path, files);
      } catch (cause) {
        throw new LiqaError(
          'file_unreadable',
          `${path}: cannot list the folder (${(cause as Error).message})`,
          { path },
          { cause },
        );
      }
    } else if (!path.toLowerCase().endsWith(SIDECAR_SUFFIX)) {
      files.push({ path: join(path), kind: await kindOf(path, true), bytes: info.size });
    }
  }
  return { files, totalBytes: files.reduce((sum, file) => sum + file.bytes, 0) };
}

// ---- metadata schemas ----

/** `YYYY-MM-DD`, optionally followed by a time (`YYYY-MM-DD hh:mm:ss`, ISO 8601). */
const DAY_AND_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const emptyToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** A date or date-time, kept as its day. */
const daySchema = z.preprocess(
  emptyToNull,
  z
    .string()
    .trim()
    .regex(DAY_AND_TIME, 'must be a date YYYY-MM-DD or a date and time YYYY-MM-DD hh:mm:ss')
    .refine((value) => {
      const [, y, m, d] = DAY_AND_TIME.exec(value) ?? [];
      return isValidGregorian(Number(y), Number(m), Number(d));
    }, 'is not a real day')
    .transform((value) => value.slice(0, 10))
    .nullish(),
);

const optionalText = z.preprocess(emptyToNull, z.string().nullish());

const idSchema = z.union([z.string().trim().min(1, 'must not be empty'), z.number()]).transform(String);

const sidecarSchema = z.object({
  id: idSchema.optional(),
  title: optionalText,
  published: daySchema,
  source: optionalText,
  url: optionalText,
});

/** A JSONL line: liqa's `{ id, title, text, published }`, or SaudiNewsNet's fields. */
const jsonlArticleSchema = z
  .object({
    id: idSchema,
    title: optionalText,
    text: z.string().optional(),
    content: z.string().optional(),
    published: daySchema,
    date_extracted: daySchema,
    url: optionalText,
    source: optionalText,
  })
  .refine((line) => line.text !== undefined || line.content !== undefined, {
    message: 'an article needs text (or content)',
    path: ['text'],
  });

/** z.prettifyError on one line. */
const zodMessage = (error: z.ZodError) =>
  z
    .prettifyError(error)
    .replace(/\n\s*→/g, ' →')
    .replace(/\n+/g, '; ');

// ---- reading ----

const failure = (
  bytesRead: number,
  file: string,
  line: number | null,
  id: string | null,
  code: LiqaErrorCode,
  message: string,
): SourceItem => ({ ok: false, error: { file, line, id, code, message }, bytesRead });

function formatOf(kind: SourceKind, path: string): SourceArticle['format'] {
  if (kind === 'html') return 'html';
  const lower = path.toLowerCase();
  return lower.endsWith('.txt') || lower.endsWith('.text') ? 'text' : 'auto';
}

type Sidecar = z.infer<typeof sidecarSchema>;

/** The sidecar of a file, null when there is none, or a message saying what is wrong with it. */
async function readSidecar(path: string): Promise<{ meta: Sidecar | null } | { problem: string; code: LiqaErrorCode }> {
  const sidecar = `${path}${SIDECAR_SUFFIX}`;
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return { meta: null };
    return { problem: `${toPosix(sidecar)}: cannot read (${(cause as Error).message})`, code: 'file_unreadable' };
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    return { problem: `${toPosix(sidecar)}: not valid JSON (${(cause as Error).message})`, code: 'invalid_input' };
  }
  const parsed = sidecarSchema.safeParse(json);
  if (!parsed.success) return { problem: `${toPosix(sidecar)}: ${zodMessage(parsed.error)}`, code: 'invalid_input' };
  return { meta: parsed.data };
}

async function readPlainFile(file: SourceFile, bytesRead: number, maxLength: number): Promise<SourceItem> {
  const name = toPosix(file.path);
  const fail = (code: LiqaErrorCode, message: string) => failure(bytesRead, name, null, null, code, message);
  // No encoding takes more than 3 bytes per UTF-16 code unit: a bigger file is too long unread.
  if (file.bytes > 3 * maxLength + 3) {
    return fail(
      'input_too_large',
      `${name}: the file is ${file.bytes} bytes, over the limit of ${maxLength} characters`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file.path);
  } catch (cause) {
    return fail('file_unreadable', `${name}: cannot read (${(cause as Error).message})`);
  }
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (cause) {
    if (!isLiqaError(cause)) throw cause;
    return fail(cause.code, `${name}: ${cause.message}`);
  }
  if (text.length > maxLength) {
    return fail(
      'input_too_large',
      `${name}: the article is ${text.length} characters long, over the limit of ${maxLength}`,
    );
  }
  const sidecar = await readSidecar(file.path);
  if ('problem' in sidecar) return fail(sidecar.code, sidecar.problem);
  const meta = sidecar.meta;
  return {
    ok: true,
    article: {
      id: meta?.id ?? name,
      title: meta?.title ?? null,
      text,
      published: meta?.published ?? null,
      source: meta?.source ?? null,
      url: meta?.url ?? null,
      format: formatOf(file.kind, file.path),
      origin: name,
    },
    bytesRead,
  };
}

/** The id near the start of a line that is too long to parse, when there is one. */
function sniffId(line: string): string | null {
  const match = ID_NEAR_START.exec(line.slice(0, ID_SNIFF_LENGTH));
  if (!match?.[1]) return null;
  try {
    return String(JSON.parse(match[1]));
  } catch {
    return null;
  }
}

type LineItem = { ok: true; article: SourceArticle } | { ok: false; error: SourceError };

/** What one JSONL line gives: an article, an error, or nothing for a blank line. `stop` ends the file. */
function readLine(
  line: string,
  lineNumber: number,
  name: string,
  maxLength: number,
): { item: LineItem; stop: boolean } | null {
  if (line.trim() === '') return null;
  const at = `${name}:${lineNumber}`;
  const fail = (code: LiqaErrorCode, id: string | null, message: string, stop = false) => ({
    item: { ok: false as const, error: { file: name, line: lineNumber, id, code, message } },
    stop,
  });
  if (line.includes('\u0000')) {
    return fail('unsupported_format', null, `${at}: the file looks like a binary file, not JSON lines`, true);
  }
  if (line.length > maxLength) {
    const id = sniffId(line);
    return fail(
      'input_too_large',
      id,
      `${at}${id === null ? '' : ` (id ${id})`}: the line is ${line.length} characters long, over the limit of ${maxLength}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (cause) {
    return fail('invalid_input', null, `${at}: not valid JSON (${(cause as Error).message})`);
  }
  const parsed = jsonlArticleSchema.safeParse(json);
  if (!parsed.success) {
    const rawId = (json as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
    return fail('invalid_input', id, `${at}${id === null ? '' : ` (id ${id})`}: ${zodMessage(parsed.error)}`);
  }
  const data = parsed.data;
  const text = (data.text ?? data.content) as string;
  return {
    item: {
      ok: true,
      article: {
        id: data.id,
        title: data.title ?? null,
        text,
        published: data.published ?? data.date_extracted ?? null,
        source: data.source ?? null,
        url: data.url ?? null,
        format: 'auto',
        origin: at,
      },
    },
    stop: false,
  };
}

async function* readJsonl(file: SourceFile, base: number, maxLength: number): AsyncGenerator<SourceItem> {
  const name = toPosix(file.path);
  const end = base + file.bytes;
  const raw = createReadStream(file.path);
  let rawBytes = 0;
  raw.on('data', (chunk) => {
    rawBytes += chunk.length;
  });
  let input: Readable = raw;
  if (file.kind === 'jsonl.gz') {
    const gunzip = createGunzip();
    raw.on('error', (error) => gunzip.destroy(error));
    input = raw.pipe(gunzip);
  }
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  // Each item waits for the next one, so that the file's last item can carry the file's full size.
  let pending: SourceItem | null = null;
  let lineNumber = 0;
  try {
    for await (const rawLine of lines) {
      lineNumber++;
      const line = lineNumber === 1 && rawLine.startsWith('\uFEFF') ? rawLine.slice(1) : rawLine;
      const read = readLine(line, lineNumber, name, maxLength);
      if (read === null) continue;
      if (pending) yield pending;
      pending = { ...read.item, bytesRead: Math.min(end, base + rawBytes) };
      if (read.stop) break;
    }
  } catch (cause) {
    if (pending) yield pending;
    pending = null;
    const message = (cause as Error).message;
    const isZlib = String((cause as NodeJS.ErrnoException).code ?? '').startsWith('Z_');
    const where = lineNumber === 0 ? 'before its first line' : `after line ${lineNumber}`;
    yield failure(
      end,
      name,
      lineNumber === 0 ? null : lineNumber,
      null,
      'file_unreadable',
      isZlib
        ? `${name}: the gzip data is truncated or corrupt ${where} (${message})`
        : `${name}: cannot read ${lineNumber === 0 ? 'the file' : `past line ${lineNumber}`} (${message})`,
    );
  } finally {
    lines.close();
    input.destroy();
    raw.destroy();
  }
  if (pending) yield { ...pending, bytesRead: end };
}

/**
 * Reads the articles of a {@link SourcePlan}, one at a time: a file per article for text and HTML
 * (with metadata from a `<file>.meta.json` sidecar), a line per article for JSONL, streamed, and
 * gunzipped for `.gz`. Text files are decoded with {@link decodeText} (UTF-8, UTF-16, windows-1256).
 *
 * Nothing stops the batch: an unreadable, binary or undecodable file, a bad sidecar, a line that
 * is not a valid article or is too long, a truncated gzip (after the lines before it) each give
 * one `{ ok: false, error }` item, and reading goes on. An empty file, or a line whose text is
 * empty, is an article with empty text, as the source gives it (ingest counts it as empty).
 *
 * @example
 * ```ts
 * for await (const item of readSources(await planSources(['seeds/', 'news.jsonl.gz']))) {
 *   if (item.ok) console.log(item.article.id, item.article.published); // 'seeds/003_54f7620fadf3aeaa.txt' '2020-12-27'
 *   else console.error(item.error.message); // names the file and line
 * }
 * ```
 */
export async function* readSources(plan: SourcePlan, options: ReadSourcesOptions = {}): AsyncGenerator<SourceItem> {
  const maxLength = options.maxArticleLength ?? DEFAULT_MAX_ARTICLE_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength <= 0) {
    throw new LiqaError(
      'invalid_options',
      `readSources: maxArticleLength must be a positive integer, got ${maxLength}`,
    );
  }
  let base = 0;
  for (const file of plan.files) {
    if (file.kind === 'jsonl' || file.kind === 'jsonl.gz') yield* readJsonl(file, base, maxLength);
    else yield await readPlainFile(file, base + file.bytes, maxLength);
    base += file.bytes;
  }
}
