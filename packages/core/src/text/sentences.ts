import { z } from 'zod';
import abbreviationData from '../../data/abbreviations.ar.json';
import { LiqaError } from '../errors.js';
import { escapeRegex } from '../lexicon/pattern.js';
import { type Span, spanOf } from '../model.js';
import { normalizedText } from './normalize.js';

const abbreviationsSchema = z
  .object({
    $comment: z.string().min(1),
    abbreviations: z.array(z.object({ form: z.string().regex(/\.$/u, 'forms end with a period'), means: z.string() })),
    dateMarkers: z.array(z.string().min(1)),
    dateContinuations: z.array(z.string().min(1)),
  })
  .strict();

const fold = (s: string): string => normalizedText(s).toLowerCase();

const lexicon = (() => {
  const parsed = abbreviationsSchema.safeParse(abbreviationData);
  if (!parsed.success) {
    throw new LiqaError('invalid_options', `data/abbreviations.ar.json is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  const { abbreviations, dateMarkers, dateContinuations } = parsed.data;
  return {
    abbreviations: new Set(abbreviations.map((a) => fold(a.form))),
    dateMarkers: new Set(dateMarkers.map(fold)),
    dateContinuations: new Set(dateContinuations.map(fold)),
  };
})();

/** A quotation or parenthesis at most this long (from its opening to its closing mark) is never split. */
const MAX_QUOTE_LENGTH = 400;
/** How far ahead a closing mark with no opening mark is looked for. */
const MAX_STRAY_LOOKAHEAD = 400;
/** How deep in the stack of open marks a closing mark looks for its partner. */
const MAX_MATCH_DEPTH = 8;
/** Longest word read before a period to test it for an abbreviation. */
const MAX_TOKEN = 24;

const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['»', '”', '"', ')', ']']);
const OPENERS = new Set(['«', '“', '"', '(', '[']);
/**
 * Closing marks that, left without an opening mark, show the text is still quoted. Only the
 * guillemet: a stray `)` is usually a list number (`2) …`).
 */
const STRAY_CLOSERS = new Set(['»']);

/** A flag byte per BMP code unit, so that the per-character loops read one byte, not a Set. */
const TERMINATOR = 1;
const CLOSER = 2;
const FLAGS = (() => {
  const flags = new Uint8Array(0x10000);
  const mark = (set: ReadonlySet<string>, flag: number) => {
    for (const ch of set) flags[ch.charCodeAt(0)] = (flags[ch.charCodeAt(0)] as number) | flag;
  };
  mark(TERMINATORS, TERMINATOR);
  mark(CLOSERS, CLOSER);
  return flags;
})();
const has = (text: string, i: number, flag: number): boolean => ((FLAGS[text.charCodeAt(i)] as number) & flag) !== 0;
/**
 * One class of the characters of `sets`, for the regex engine, which finds them faster than a loop
 * over a line. Each is one code unit: `test` tells where (just before lastIndex) without making a
 * match array.
 */
const searchFor = (...sets: ReadonlySet<string>[]): RegExp =>
  new RegExp(`[${sets.flatMap((set) => [...set].map(escapeRegex)).join('')}]`, 'g');
const TERMINATOR_SEARCH = searchFor(TERMINATORS);
const MARK_SEARCH = searchFor(OPENERS, CLOSERS);
/** Line breaks (\n, \r, U+2028, U+2029), searched for by the regex engine (with `test`, as above). */
const LINE_BREAK_SEARCH = /[\n\r\u2028\u2029]/g;
/** Marks a sentence cannot start with: after them, the terminator before was not an end. */
const NOT_A_START = /[,،;؛:.!?؟…»”)\]]/u;
const SPACE = /\s/u;
const SINGLE_LETTER = /^\p{L}$/u;
const DIGIT_END = /\d$/u;
const LIST_NUMBER = /^\d{1,2}$/u;
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
const DATE_MARKER = /^(\d*)(\p{L})$/u;

const isSpace = (ch: string | undefined): boolean => ch !== undefined && SPACE.test(ch);

/** Which quote family a mark belongs to: its closing partner. */
function partnerOf(open: string): string {
  switch (open) {
    case '«':
      return '»';
    case '“':
      return '”';
    case '(':
      return ')';
    case '[':
      return ']';
    default:
      return open;
  }
}

interface Marks {
  /** Matched pairs at most MAX_QUOTE_LENGTH long, as [open, close], properly nested, by open. */
  readonly pairs: (readonly [number, number])[];
  /** Closing guillemets with no opening mark, ascending. */
  readonly strays: number[];
}

/** Matches quotation marks and brackets of a line (`line`, which starts at `from`) with a bounded stack. */
function findMarks(line: string, from: number): Marks {
  const stack: { close: string; at: number }[] = [];
  const pairs: [number, number][] = [];
  const strays: number[] = [];
  const closeAt = (close: string, at: number): boolean => {
    for (let d = stack.length - 1; d >= 0 && d >= stack.length - MAX_MATCH_DEPTH; d--) {
      const open = stack[d] as { close: string; at: number };
      if (open.close !== close) continue;
      stack.length = d; // marks opened inside and never closed are dropped
      if (at - open.at <= MAX_QUOTE_LENGTH) pairs.push([open.at, at]);
      return true;
    }
    return false;
  };
  MARK_SEARCH.lastIndex = 0;
  while (MARK_SEARCH.test(line)) {
    const at = MARK_SEARCH.lastIndex - 1;
    const i = from + at;
    const ch = line[at] as string;
    if (ch === '"' || ch === '”') {
      // Straight quotes open and close alike; ” also opens when no “ is open (أن”السياسات … النزاعات”).
      if (!closeAt(ch, i)) stack.push({ close: ch, at: i });
    } else if (OPENERS.has(ch)) stack.push({ close: partnerOf(ch), at: i });
    else if (CLOSERS.has(ch) && !closeAt(ch, i) && STRAY_CLOSERS.has(ch)) strays.push(i);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { pairs, strays };
}

/** The word right before `at` (a period), without opening marks, bounded in length. */
function tokenBefore(text: string, from: number, at: number): { token: string; start: number } {
  let s = at;
  while (s > from && at - s < MAX_TOKEN && !isSpace(text[s - 1])) s--;
  const raw = text.slice(s, at);
  const lead = LEADING_MARKS.exec(raw)?.[0].length ?? 0;
  return { token: raw.slice(lead), start: s + lead };
}

/** The word starting at the first non-space at or after `at`, before `to`. */
function wordAfter(text: string, at: number, to: number): string {
  let s = at;
  while (s < to && isSpace(text[s])) s++;
  let e = s;
  while (e < to && e - s < MAX_TOKEN && !isSpace(text[e])) e++;
  return text.slice(s, e);
}

/** True when the single period at `dot` ends a sentence (not an abbreviation, initial or list number). */
function periodEnds(text: string, from: number, to: number, dot: number, sentenceStart: number): boolean {
  const { token, start } = tokenBefore(text, from, dot);
  if (token.length === 0) return true;
  const folded = fold(token);
  // Before the abbreviations: 'م.' after a number is the era (2015 م.), not an engineer (م. أحمد).
  const marker = DATE_MARKER.exec(folded);
  if (marker && lexicon.dateMarkers.has(marker[2] as string)) {
    const previous = fold(tokenBefore(text, from, Math.max(from, start - 1)).token);
    const afterNumber = (marker[1] as string).length > 0 || (isSpace(text[start - 1]) && DIGIT_END.test(previous));
    if (afterNumber) {
      const next = fold(wordAfter(text, dot + 1, to)).replace(/[^\p{L}\p{N}]+$/u, '');
      return !(/^\d/u.test(next) || lexicon.dateContinuations.has(next));
    }
  }
  if (lexicon.abbreviations.has(`${folded}.`)) return false;
  // An initial: أ. ف. ب / U.S. / John F. Kennedy.
  const lastPart = folded.slice(folded.lastIndexOf('.') + 1);
  if (SINGLE_LETTER.test(lastPart)) return false;
  // A list number opening the sentence: '1. …'.
  if (LIST_NUMBER.test(folded) && text.slice(sentenceStart, start).trim().length === 0) return false;
  return true;
}

/** Splits one line `[from, to)` of a paragraph, pushing trimmed sentences onto `out`. */
function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  const { pairs, strays } = findMarks(line, from);
  const push = (s: number, e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    if (b > a) out.push(spanOf(text, a, b));
  };

  // Candidate ends: a run of terminators, then closing marks, then a space or the end of the line.
  const candidates: { run: number; runEnd: number; cut: number }[] = [];
  TERMINATOR_SEARCH.lastIndex = 0;
  while (TERMINATOR_SEARCH.test(line)) {
    const i = from + TERMINATOR_SEARCH.lastIndex - 1;
    let runEnd = i;
    while (runEnd < to && has(text, runEnd, TERMINATOR)) runEnd++;
    let cut = runEnd;
    while (cut < to && has(text, cut, CLOSER)) cut++;
    if (cut === to || isSpace(text[cut])) candidates.push({ run: i, runEnd, cut });
    TERMINATOR_SEARCH.lastIndex = runEnd - from;
  }

  let sentenceStart = from;
  let pairIndex = 0;
  let strayIndex = 0;
  const open: number[] = []; // close positions of the short pairs open at the current candidate
  for (const [c, candidate] of candidates.entries()) {
    const { run, runEnd, cut } = candidate;
    if (cut === to) break; // the line's end closes the last sentence anyway
    const marks = text.slice(run, runEnd);
    if (marks === '..') continue; // a pause: 'في ليبيا.. التفاصيل'
    if (marks === '.' && !periodEnds(text, from, to, run, sentenceStart)) continue;
    // Inside a short quotation or parenthesis that closes later.
    while (pairIndex < pairs.length && (pairs[pairIndex] as readonly [number, number])[0] < cut) {
      open.push((pairs[pairIndex] as readonly [number, number])[1]);
      pairIndex++;
    }
    while (open.length > 0 && (open[open.length - 1] as number) < cut) open.pop();
    if (open.length > 0) continue;
    // A closing guillemet ahead with no opening mark, before the next possible end: we are inside a
    // quotation whose opening mark was closed early or lost («… قوات» حفتر... للعبث … مواطنيها»).
    while (strayIndex < strays.length && (strays[strayIndex] as number) < cut) strayIndex++;
    const stray = strays[strayIndex];
    const nextEnd = candidates[c + 1]?.run ?? to;
    if (stray !== undefined && stray < nextEnd && stray - cut <= MAX_STRAY_LOOKAHEAD) continue;
    // What follows must be able to start a sentence.
    const next = wordAfter(text, cut, to);
    if (next.length > 0 && NOT_A_START.test(next[0] as string)) continue;
    push(sentenceStart, cut);
    sentenceStart = cut;
  }
  push(sentenceStart, to);
}

/**
 * Splits one paragraph (`span`, a span of `text`) into sentences: trimmed spans of `text`, in order.
 *
 * A sentence ends at `.`, `!`, `?`, `؟`, `…` or `...` (with any closing quotes or brackets after
 * them) followed by a space or the end of a line; every line break also ends one. It does not end:
 * - at an abbreviation of `data/abbreviations.ar.json` (`د.`, `Dr.`), an initial (a single letter
 *   and a period: `أ. ف. ب`, `U.S.`) or a list number opening the sentence (`1. `);
 * - at `هـ.`, `م.` after a number when the date goes on (`1436 هـ. الموافق …`); it does when it doesn't;
 * - at a period followed by no space: decimals (`3.5`), dates (`12.5.2015`), `ص.ب`;
 * - at `..`, which Arabic news writes as a pause (`تحرير أتراك في ليبيا.. التفاصيل`);
 * - inside a quotation or parenthesis («…», “…”, "…", (…)) of at most 400 characters that closes
 *   later in the line;
 * - when a closing guillemet `»` with no opening mark follows before the next possible end (within
 *   400 characters): the writer closed the quotation early or lost its opening mark, so the text is
 *   still quoted;
 * - before a mark that cannot start a sentence (`،`, `:`, `»`, another `!` …).
 *
 * So `...` and `…` inside a sentence do end it, as written, unless one of these holds; in seed 003,
 * `«أي محاولة … قوات» حفتر... للعبث باستقرار ليبيا وأمن مواطنيها».` stays one sentence, because of the
 * unmatched `»` after `مواطنيها`. Runs in time linear in the paragraph's length.
 *
 * @example
 * ```ts
 * const text = 'التقى د. أحمد الوزير. وبحثا نسبة 3.5 بالمئة.';
 * splitSentences(text, spanOf(text, 0, text.length)).map((s) => s.text)
 * //=> ['التقى د. أحمد الوزير.', 'وبحثا نسبة 3.5 بالمئة.']
 * ```
 */
export function splitSentences(text: string, span: Span): Span[] {
  if (typeof text !== 'string' || typeof span !== 'object' || span === null) {
    throw new LiqaError('invalid_input', 'splitSentences: expected a text and a span of it');
  }
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new LiqaError('invalid_input', `splitSentences: span [${start}, ${end}) is outside the text`, { start, end });
  }
  const out: Span[] = [];
  // Line breaks are found by the regex engine, in the span alone (a paragraph of parseArticle()
  // holds none).
  const spanText = text.slice(start, end);
  let lineStart = start;
  LINE_BREAK_SEARCH.lastIndex = 0;
  while (lineStart <= end) {
    const at = LINE_BREAK_SEARCH.test(spanText) ? start + LINE_BREAK_SEARCH.lastIndex - 1 : end;
    if (at > lineStart) splitLine(text, lineStart, at, out);
    lineStart = at + 1;
  }
  return out;
}
