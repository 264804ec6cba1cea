import foldData from '../../data/normalize.ar.json';
import { LiqaError } from '../errors.js';
import { isArabicLetterCode, isPresentationForm, TATWEEL } from './charsets.js';
import { copyOffsets, grown, reusedBuffer, stringOf } from './code-units.js';

/**
 * The orthographic folds that {@link normalize} can apply, in the order they are documented.
 * Every fold maps one character at a time, except `brokenWords`, which looks at a short run.
 */
export const FOLD_NAMES = [
  'invisibles',
  'spaces',
  'presentationForms',
  'brokenWords',
  'diacritics',
  'tatweel',
  'alef',
  'alefMaksura',
  'tehMarbuta',
  'letterVariants',
  'digits',
] as const;

/** One of {@link FOLD_NAMES}. */
export type FoldName = (typeof FOLD_NAMES)[number];

/** Which folds to apply; every fold is on unless set to `false`. */
export type NormalizeOptions = Partial<Record<FoldName, boolean>>;

/**
 * Normalized text with a map back to the original. For every code unit `i` of `text`,
 * `original.slice(starts[i], ends[i])` is the source it came from. The maps of a short text are
 * views of a buffer shared with other maps: copy them (`slice()`) before handing their buffer on.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

type FoldTable = Map<string, string>;

// Loaded once: fold name -> (character -> replacement, '' to remove).
const TABLES: ReadonlyMap<string, FoldTable> = new Map(
  Object.entries(foldData.folds).map(([name, fold]) => {
    const table: FoldTable = new Map();
    for (const [from] of (fold as { remove?: string[][] }).remove ?? []) table.set(from as string, '');
    for (const [from, to] of (fold as { map?: string[][] }).map ?? []) table.set(from as string, to as string);
    return [name, table];
  }),
);

/** Characters that, mixed with tatweel inside a word, break it on purpose to dodge filters: اتهـ.ـامات. */
const WORD_BREAKERS = new Set(['.', '\u00B7', '\u2022', '-', '_', '*', '\u060C', ',', '\u2027']);
const WORD_BREAKER_CODES = new Set([...WORD_BREAKERS].map((ch) => ch.charCodeAt(0)));
const TATWEEL_CODE = TATWEEL.charCodeAt(0);
/** A deliberate break is short; a longer run is punctuation, not a broken word. */
const MAX_BREAK_RUN = 8;
/** How far from a span's edge a word broken on purpose can change how the span folds. */
export const BROKEN_WORD_REACH = MAX_BREAK_RUN + 1;

function resolveFolds(options: NormalizeOptions | undefined): Set<FoldName> {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new LiqaError('invalid_options', 'normalize: options must be an object of fold names to booleans');
  }
  const on = new Set<FoldName>();
  for (const name of FOLD_NAMES) if (options?.[name] !== false) on.add(name);
  return on;
}

/** What the main loop does with a code unit: most are kept, a few replaced, a few may break a word. */
const KEEP = 0;
/** Replaced by the one code unit of `single`. */
const REPLACE_ONE = 1;
/** Removed. */
const REMOVE = 2;
/** Replaced by the string of `expansions` (presentation forms: ﻻ → لا). */
const EXPAND = 3;
const MAY_BREAK = 4;
/** A UTF-16 surrogate: kept, but the output is then not made by a decoder that would replace a lone one. */
const SURROGATE = 5;

/**
 * What every BMP code unit becomes under the folds that are on, presentation forms already
 * expanded and folded, as a byte per code unit: the main loop costs one typed-array read for the
 * characters it keeps, and writes code units, not strings.
 */
interface CodeTable {
  readonly kinds: Uint8Array;
  /** `kinds`, with tatweel and the word breakers marked MAY_BREAK (the `brokenWords` fold). */
  readonly kindsWithBreakers: Uint8Array;
  /** The replacement of a REPLACE_ONE code unit. */
  readonly single: Uint16Array;
  /** The replacement of an EXPAND code unit. */
  readonly expansions: ReadonlyMap<number, string>;
}

function buildCodeTable(folds: Set<FoldName>): CodeTable {
  const map: FoldTable = new Map();
  for (const name of FOLD_NAMES) {
    const fold = TABLES.get(name);
    if (!fold || !folds.has(name)) continue;
    for (const [from, to] of fold) if (!map.has(from)) map.set(from, to);
  }
  const replacements = new Map<number, string>();
  for (const [from, to] of map) replacements.set(from.charCodeAt(0), to);
  if (folds.has('presentationForms')) {
    for (let code = 0xfb50; code <= 0xfeff; code++) {
      const ch = String.fromCharCode(code);
      if (!isPresentationForm(ch)) continue;
      let expanded = '';
      for (const part of ch.normalize('NFKC')) expanded += map.get(part) ?? part;
      if (expanded !== ch) replacements.set(code, expanded);
    }
  }
  const kinds = new Uint8Array(0x10000);
  const single = new Uint16Array(0x10000);
  const expansions = new Map<number, string>();
  for (const [code, replacement] of replacements) {
    if (replacement.length === 0) kinds[code] = REMOVE;
    else if (replacement.length === 1) {
      kinds[code] = REPLACE_ONE;
      single[code] = replacement.charCodeAt(0);
    } else {
      kinds[code] = EXPAND;
      expansions.set(code, replacement);
    }
  }
  kinds.fill(SURROGATE, 0xd800, 0xe000);
  const kindsWithBreakers = kinds.slice();
  for (const code of [TATWEEL_CODE, ...WORD_BREAKER_CODES]) kindsWithBreakers[code] = MAY_BREAK;
  return { kinds, kindsWithBreakers, single, expansions };
}

const codeTableCache = new Map<string, CodeTable>();

function codeTableFor(folds: Set<FoldName>): CodeTable {
  const key = FOLD_NAMES.map((n) => (folds.has(n) ? '1' : '0')).join('');
  let table = codeTableCache.get(key);
  if (!table) {
    table = buildCodeTable(folds);
    codeTableCache.set(key, table);
  }
  return table;
}

let everyFold: CodeTable | null = null;
const defaultTable = (): CodeTable => {
  everyFold ??= codeTableFor(resolveFolds(undefined));
  return everyFold;
};

/** Length of a deliberate word break starting at `i`, or 0 when there is none. */
function brokenWordRun(text: string, i: number): number {
  if (i === 0 || !isArabicLetterCode(text.charCodeAt(i - 1))) return 0;
  let tatweels = 0;
  let breakers = 0;
  let j = i;
  while (j < text.length && j - i < MAX_BREAK_RUN) {
    const code = text.charCodeAt(j);
    if (code === TATWEEL_CODE) tatweels++;
    else if (WORD_BREAKER_CODES.has(code)) breakers++;
    else break;
    j++;
  }
  if (tatweels === 0 || breakers === 0 || j >= text.length || !isArabicLetterCode(text.charCodeAt(j))) return 0;
  return j - i;
}

/**
 * Folds Arabic text for matching, and keeps a map back to the original.
 *
 * Rules (each a fold of `data/normalize.ar.json`, all on by default):
 * - `invisibles`: bidi marks, zero-width characters, soft hyphen → removed;
 * - `spaces`: no-break and typographic spaces → space;
 * - `presentationForms`: presentation forms (ﻻ, ﺃ …) → base letters (NFKC);
 * - `brokenWords`: tatweel mixed with punctuation inside a word (اتهـ.ـامات) → removed;
 * - `diacritics`: harakat, tanween, shadda, sukun, superscript alef, Quranic marks → removed;
 * - `tatweel`: ـ → removed;
 * - `alef`: أ إ آ ٱ → ا;  `alefMaksura`: ى → ي;  `tehMarbuta`: ة → ه;
 * - `letterVariants`: Persian ک ی ہ → ك ي ه;
 * - `digits`: ٠-٩ and ۰-۹ → 0-9, ٫ → `.`, ٬ → `,`.
 *
 * It is idempotent: `normalize(normalize(s).text).text === normalize(s).text`.
 *
 * @example
 * ```ts
 * normalize('اتهـ.ـامات إردوغان ٢٥').text //=> 'اتهامات اردوغان 25'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  checkText('normalize', text);
  // Nearly every call asks for every fold: that table is looked up once, not per call.
  const table = options === undefined ? defaultTable() : codeTableFor(resolveFolds(options));
  return fold(text, table, options === undefined || options.brokenWords !== false, true);
}

/**
 * `normalize(text).text`, every fold on, without the map back to the original: for keys and
 * lookups, which read the folded text alone and are made by the thousand.
 *
 * @example
 * ```ts
 * normalizedText('إردوغان') //=> 'اردوغان'
 * ```
 */
export function normalizedText(text: string): string {
  checkText('normalizedText', text);
  return fold(text, defaultTable(), true, false).text;
}

/** {@link normalizedText} of a whole text, with where each of its offsets lands in the folded text. */
export interface FoldedText {
  readonly original: string;
  /** `normalizedText(original)`. */
  readonly text: string;
  /**
   * For every offset `i` of the original (its length included), the offset in `text` of what the
   * characters from `i` on fold to.
   */
  readonly positions: Uint32Array;
  /** The original holds a tatweel, without which no word is broken on purpose. */
  readonly tatweel: boolean;
}

/**
 * {@link normalizedText} with the offset of every original position in the folded text: a span
 * `[start, end)` of the original folds to `text.slice(positions[start], positions[end])`, unless
 * a word broken on purpose (اتهـ.ـامات) straddles its edge (see `foldedSpanText` in
 * normalized-spans.ts, which checks).
 *
 * @example
 * ```ts
 * const folded = foldWithPositions('قال أردوغان');
 * folded.text.slice(folded.positions[4], folded.positions[11]) //=> 'اردوغان'
 * ```
 */
export function foldWithPositions(text: string): FoldedText {
  checkText('foldWithPositions', text);
  const positions = new Uint32Array(text.length + 1);
  const { text: folded } = fold(text, defaultTable(), true, false, positions);
  return { original: text, text: folded, positions, tatweel: text.includes(TATWEEL) };
}

function checkText(caller: string, text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new LiqaError('invalid_input', `${caller}: expected a string, got ${text === null ? 'null' : typeof text}`);
  }
}

const NO_OFFSETS = new Uint32Array(0);
// The folded code units and the offset maps of the call in progress, reused from call to call for
// lines and sentences; the maps handed out are copies of their used part.
const outputBuffer = reusedBuffer(Uint16Array);
const startsBuffer = reusedBuffer(Uint32Array);
const endsBuffer = reusedBuffer(Uint32Array);

/**
 * The folding loop. With `withMaps`, the offsets in the original of every folded code unit; with
 * `positions` (one more than the text's length), where each original offset lands in the folded
 * text, so that a span of the original can be cut from it.
 */
function fold(
  text: string,
  table: CodeTable,
  brokenWords: boolean,
  withMaps: boolean,
  positions: Uint32Array | null = null,
): NormalizedText {
  // Room for every code unit left to read at each step, so that keeping one needs no check: only
  // an expansion (a presentation form) may grow the buffers. The maps are made only when asked for.
  let out = outputBuffer(text.length);
  let starts = withMaps ? startsBuffer(text.length) : NO_OFFSETS;
  let ends = withMaps ? endsBuffer(text.length) : NO_OFFSETS;
  let n = 0;
  let changed = false;
  let surrogates = false;
  const kinds = brokenWords ? table.kindsWithBreakers : table.kinds;

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (positions) positions[i] = n;
    let kind = kinds[code] as number;
    if (kind === MAY_BREAK) {
      const run = brokenWordRun(text, i);
      if (run > 0) {
        if (positions) positions.fill(n, i, i + run);
        i += run - 1;
        changed = true;
        continue;
      }
      kind = table.kinds[code] as number;
    }
    if (kind === SURROGATE) {
      surrogates = true;
      kind = KEEP;
    }
    if (kind === KEEP || kind === REPLACE_ONE) {
      if (kind === KEEP) out[n] = code;
      else {
        out[n] = table.single[code] as number;
        changed = true;
      }
      if (withMaps) {
        starts[n] = i;
        ends[n] = i + 1;
      }
      n++;
      continue;
    }
    changed = true;
    if (kind === REMOVE) continue;
    const expansion = table.expansions.get(code) as string;
    const needed = n + expansion.length + (text.length - i - 1);
    if (needed > out.length) out = grown(out, n, Math.max(needed, out.length * 2));
    if (withMaps && needed > starts.length) {
      starts = grown(starts, n, Math.max(needed, starts.length * 2));
      ends = grown(ends, n, starts.length);
    }
    for (let k = 0; k < expansion.length; k++) {
      out[n] = expansion.charCodeAt(k);
      if (withMaps) {
        starts[n] = i;
        ends[n] = i + 1;
      }
      n++;
    }
  }
  if (positions) positions[text.length] = n;
  const folded = changed ? stringOf(out, n, surrogates) : text;
  if (!withMaps) return { original: text, text: folded, starts: NO_OFFSETS, ends: NO_OFFSETS };
  const [startsCopy, endsCopy] = copyOffsets(starts, ends, n);
  return { original: text, text: folded, starts: startsCopy, ends: endsCopy };
}

/**
 * Maps a span `[start, end)` of normalized text back to the original text's offsets.
 *
 * @example
 * ```ts
 * const n = normalize('قـال أردوغان');
 * const at = n.text.indexOf('اردوغان');
 * toOriginalSpan(n, at, at + 7) //=> { start: 5, end: 12 }
 * ```
 */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const length = normalized.text.length;
  const s = Math.max(0, Math.min(start, length));
  const e = Math.max(s, Math.min(end, length));
  if (e === s) {
    const at = s < length ? (normalized.starts[s] as number) : normalized.original.length;
    return { start: at, end: at };
  }
  return { start: normalized.starts[s] as number, end: normalized.ends[e - 1] as number };
}

function onlyFold(name: FoldName): NormalizeOptions {
  return Object.fromEntries(FOLD_NAMES.map((n) => [n, n === name])) as NormalizeOptions;
}

const single = (name: FoldName) => {
  const options = onlyFold(name);
  return (text: string): string => {
    checkText('normalize', text);
    return fold(text, codeTableFor(resolveFolds(options)), name === 'brokenWords', false).text;
  };
};

/** أ إ آ ٱ → ا (hamza and madda on alef are written or dropped at will). */
export const normalizeAlef: (text: string) => string = single('alef');
/** ى → ي (final alef maksura and yeh are confused in web text). */
export const normalizeAlefMaksura: (text: string) => string = single('alefMaksura');
/** ة → ه (final teh marbuta is often typed as heh). */
export const normalizeTehMarbuta: (text: string) => string = single('tehMarbuta');
/** Removes harakat, tanween, shadda, sukun and Quranic marks. */
export const dediac: (text: string) => string = single('diacritics');
/** Removes tatweel (ـ), which only stretches words for layout. */
export const removeTatweel: (text: string) => string = single('tatweel');
/** ٠-٩ and ۰-۹ → 0-9. */
export const foldDigits: (text: string) => string = single('digits');
/** Joins words broken on purpose with tatweel and punctuation: اتهـ.ـامات → اتهامات. */
export const joinBrokenWords: (text: string) => string = single('brokenWords');
/** Removes bidi controls, zero-width characters and soft hyphens. */
export const stripInvisibles: (text: string) => string = single('invisibles');
