import { z } from 'zod';
import { isLiqaError, LiqaError } from '../errors.js';
import type { Article, ArticleFormat, Boilerplate, Paragraph, Sentence, Span } from '../model.js';
import { findBoilerplate } from './boilerplate.js';
import { collapsesTo } from './charsets.js';
import { findDateline } from './dateline.js';
import { decodeText } from './decode-text.js';
import { htmlToText } from './html.js';
import { splitLines } from './lines.js';
import { normalizedText } from './normalize.js';
import { foldedSpanText, keptFold } from './normalized-spans.js';
import { splitSentences } from './sentences.js';

/** An article with its metadata, as read from JSONL or built by a caller. */
export interface ArticleInput {
  /** The caller's identifier, kept on every fact extracted from the article. */
  id?: string | null;
  /** The headline, when it is known apart from the text. */
  title?: string | null;
  /** The article as plain text or HTML (see {@link ParseArticleOptions.format}). */
  text: string;
  /** Publication date, `YYYY-MM-DD`. */
  published?: string | null;
}

/** Options of {@link parseArticle}. */
export interface ParseArticleOptions {
  /**
   * How to read the input: `auto` takes it as HTML when it starts with a tag or holds block tags
   * such as `<p>` or `<div>` near its start.
   * @default 'auto'
   */
  format?: 'auto' | ArticleFormat;
  /**
   * Largest input accepted, in UTF-16 code units; larger input is refused with `input_too_large`.
   * @default 10_000_000
   */
  maxLength?: number;
}

/** Default of {@link ParseArticleOptions.maxLength}: far above any news article, far below what would stall. */
export const DEFAULT_MAX_ARTICLE_LENGTH = 10_000_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const articleInputSchema = z.object({
  id: z.string().nullish(),
  title: z.string().nullish(),
  text: z.string(),
  published: z.string().regex(ISO_DAY, 'published must be a date as YYYY-MM-DD').nullish(),
});

const optionsSchema = z
  .object({
    format: z.enum(['auto', 'text', 'html']).optional(),
    maxLength: z.number().int().positive().optional(),
  })
  .strict();

/** A headline is one short line; longer first lines are body text. */
const MAX_TITLE_LENGTH = 250;
const HTML_SNIFF_LENGTH = 4096;
const LOOKS_LIKE_HTML =
  /^\s*<(?:!doctype|html|head|body|meta|div|p|article|section)\b|<(?:p|div|br|article|section|h[1-6]|span|a|body)[\s>/]/i;

function invalid(message: string, details: Record<string, unknown> = {}): never {
  throw new LiqaError('invalid_input', `parseArticle: ${message}`, details);
}

function decodeBytes(bytes: Uint8Array): string {
  try {
    return decodeText(bytes).text;
  } catch (cause) {
    if (!isLiqaError(cause)) throw cause;
    throw new LiqaError(cause.code, `parseArticle: ${cause.message}`, { ...cause.details }, { cause });
  }
}

function readInput(input: unknown): ArticleInput {
  if (typeof input === 'string') return { text: input };
  if (input instanceof Uint8Array) return { text: decodeBytes(input) };
  if (typeof input !== 'object' || input === null) {
    invalid(`expected a string or { text, title?, id?, published? }, got ${input === null ? 'null' : typeof input}`);
  }
  const parsed = articleInputSchema.safeParse(input);
  if (!parsed.success) invalid(z.prettifyError(parsed.error), { issues: parsed.error.issues });
  return parsed.data;
}

// C0 controls other than tab, newline, vertical tab, form feed and carriage return.
const isControl = (code: number) => code < 0x20 && (code < 0x09 || code > 0x0d);
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/;

/** NUL bytes, or many other control characters near the start, mean the input is binary data, not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sampleLength = Math.min(text.length, 8192);
  // Most text has no control character at all: the regex engine says so faster than a loop.
  if (!CONTROL.test(text.slice(0, sampleLength))) return false;
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) if (isControl(text.charCodeAt(i))) controls++;
  return sampleLength > 0 && controls / sampleLength > 0.05;
}

function chooseFormat(text: string, format: ParseArticleOptions['format']): ArticleFormat {
  if (format === 'text' || format === 'html') return format;
  return LOOKS_LIKE_HTML.test(text.slice(0, HTML_SNIFF_LENGTH)) ? 'html' : 'text';
}

/** The form two headlines are compared in: normalized, with runs of spaces made one. */
const headlineKey = (text: string) => normalizedText(text).replace(/\s+/g, ' ').trim();

/** How many lines from the top a headline may sit below section labels and the like. */
const TITLE_SEARCH_LINES = 3;
// A line ending like a sentence is body text, not a headline.
const SENTENCE_END = /[.!?\u061F\u2026]["'»”)]*$/u;

/**
 * Finds the headline line: the caller's title where the text repeats it near the top; else the
 * first line that is not boilerplate, when it is short, does not end like a sentence, and more
 * text follows it.
 */
function findTitle(
  text: string,
  lines: readonly Span[],
  given: string | null,
  boilerplate: readonly Boilerplate[],
): Span | null {
  const top = lines.slice(0, TITLE_SEARCH_LINES);
  if (given !== null) {
    const key = headlineKey(given);
    // The boilerplate stage has folded the text already (kept unless it is huge).
    const fold = keptFold(text);
    const folded = (line: Span) => (fold ? foldedSpanText(fold, line.start, line.end) : normalizedText(line.text));
    return top.find((line) => collapsesTo(folded(line), key)) ?? null;
  }
  const index = top.findIndex((line) => !isInside(line, boilerplate));
  const first = lines[index];
  if (index < 0 || !first || index === lines.length - 1) return null;
  if (first.text.length > MAX_TITLE_LENGTH || SENTENCE_END.test(first.text)) return null;
  return first;
}

function isInside(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((r) => r.start <= span.start && span.end <= r.end);
}

/**
 * Reads one news article, plain text or HTML, into an {@link Article}: headline, dateline,
 * paragraphs and sentences with offsets into the text, and the boilerplate removed on the way
 * (comment forms, share buttons, related headlines, footers), each with the rule that removed it.
 *
 * Bytes are decoded with {@link decodeText}: UTF-8, UTF-16, or windows-1256 Arabic.
 *
 * Throws a {@link LiqaError}: `invalid_input` for input of the wrong shape, `unsupported_format`
 * for binary data and bytes that are neither UTF-8 nor windows-1256 Arabic, `input_too_large`
 * above `maxLength`.
 *
 * @example
 * ```ts
 * const article = parseArticle({ text: 'الرياض - واس\nاستقبل الأمير فيصل بن بندر اليوم السفير الياباني.' });
 * article.dateline?.place?.text //=> 'الرياض'
 * article.sentences[0]?.text   //=> 'استقبل الأمير فيصل بن بندر اليوم السفير الياباني.'
 * ```
 */
export function parseArticle(input: string | Uint8Array | ArticleInput, options: ParseArticleOptions = {}): Article {
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) {
    throw new LiqaError('invalid_options', `parseArticle: ${z.prettifyError(parsedOptions.error)}`);
  }
  const { format: requested = 'auto', maxLength = DEFAULT_MAX_ARTICLE_LENGTH } = parsedOptions.data;
  const article = readInput(input);
  if (article.text.length > maxLength) {
    throw new LiqaError(
      'input_too_large',
      `parseArticle: the article is ${article.text.length} characters long, over the limit of ${maxLength}; raise maxLength to accept it`,
      { length: article.text.length, maxLength },
    );
  }
  if (looksBinary(article.text)) {
    throw new LiqaError(
      'unsupported_format',
      'parseArticle: the input holds NUL or control bytes, so it is binary data, not text',
      {
        length: article.text.length,
      },
    );
  }

  const format = chooseFormat(article.text, requested);
  const html = format === 'html' ? htmlToText(article.text) : null;
  const text = html ? html.text : article.text;
  const givenTitle = article.title?.trim() || null;

  const lines = splitLines(text);
  // Without a known title, the boilerplate stage guesses the headline to spot its repeats.
  const boilerplate = findBoilerplate(text, lines, { title: givenTitle ?? html?.title ?? undefined });
  const keptLines = lines.filter((line) => !isInside(line, boilerplate));
  // The dateline is looked for first, so that a short dateline line is never taken for the headline.
  const dateline = findDateline(text, keptLines);
  const titleSpan = findTitle(
    text,
    lines.filter((line) => !dateline || line.end <= dateline.start || line.start >= dateline.end),
    givenTitle ?? html?.title ?? null,
    boilerplate,
  );
  const bodyLines = keptLines.filter((line) => line !== titleSpan);

  const paragraphs: Paragraph[] = [];
  for (const line of bodyLines) {
    let start = line.start;
    if (dateline && dateline.end > line.start && dateline.start < line.end) start = Math.max(start, dateline.end);
    while (start < line.end && /[\s:،,\-–—ـ]/u.test(text[start] as string)) start++;
    if (start >= line.end) continue;
    // Literals, not a spread and more fields: V8 adds a field to a spread copy slowly.
    paragraphs.push({ start, end: line.end, text: text.slice(start, line.end), index: paragraphs.length });
  }
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(text, paragraph)) {
      const { start, end, text } = sentence;
      sentences.push({ start, end, text, index: sentences.length, paragraph: paragraph.index });
    }
  }

  return {
    id: article.id ?? null,
    format,
    text,
    title: givenTitle ?? titleSpan?.text ?? html?.title ?? null,
    titleSpan,
    published: article.published ?? null,
    dateline,
    paragraphs,
    sentences,
    boilerplate,
    body: paragraphs.map((p) => p.text).join('\n\n'),
    sourceOffsets: html ? html.sourceOffsets : [],
  };
}
