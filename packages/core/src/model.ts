/**
 * The document model shared by every stage. Spans are half-open `[start, end)` ranges in UTF-16
 * code units of {@link Article.text}, and `text` always equals `article.text.slice(start, end)`,
 * so any fact can be checked against the original.
 */

/** A piece of the article's text, located by offsets. */
export interface Span {
  /** First code unit, inclusive. */
  readonly start: number;
  /** Last code unit, exclusive. */
  readonly end: number;
  /** Exactly `article.text.slice(start, end)`. */
  readonly text: string;
}

/** A paragraph of the article body (one line or block of the source). */
export interface Paragraph extends Span {
  readonly index: number;
}

/** A sentence of the article body. */
export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph the sentence belongs to. */
  readonly paragraph: number;
}

/** A stretch of text that is not part of the article (comment form, footer, related headlines …). */
export interface Boilerplate extends Span {
  /** The rule that removed it, as `boilerplate/<rule>`. */
  readonly rule: string;
}

/** A calendar date given by the text, at day precision. */
export interface DatelineDate extends Span {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** `YYYY-MM-DD` in the Gregorian calendar (converted when the text gives a Hijri date). */
  readonly iso: string;
}

/** The dateline that opens many news articles: `أبها 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس`. */
export interface Dateline extends Span {
  /** City or country the report was filed from, as written. */
  readonly place: Span | null;
  /** News agency or outlet named in the dateline (`واس`, `سبق`, `الأناضول` …). */
  readonly agency: Span | null;
  /** The Gregorian date, as written. */
  readonly gregorian: DatelineDate | null;
  /** The Hijri date as written; `iso` holds its Gregorian equivalent (Umm al-Qura). */
  readonly hijri: DatelineDate | null;
  /** The dateline's date as `YYYY-MM-DD`, from the Gregorian part, else the Hijri part. */
  readonly date: string | null;
  /** The rule that matched, as `dateline/<rule>`. */
  readonly rule: string;
}

/** The input format that {@link Article.text} was read from. */
export type ArticleFormat = 'text' | 'html';

/** A parsed news article: clean, segmented, and still tied to the original text by offsets. */
export interface Article {
  /** The caller's identifier, if any. */
  readonly id: string | null;
  readonly format: ArticleFormat;
  /**
   * The text every span points into. For plain-text input it is the input itself, unchanged;
   * for HTML it is the document's visible text, and {@link Article.sourceOffsets} maps back to the markup.
   */
  readonly text: string;
  /** The headline: given by the caller, or read from the text or the HTML `<title>`/`<h1>`. */
  readonly title: string | null;
  /** Where the headline sits in `text`, when it does. */
  readonly titleSpan: Span | null;
  /** Publication date given by the caller (`YYYY-MM-DD`), if any. */
  readonly published: string | null;
  readonly dateline: Dateline | null;
  /** The article's own paragraphs, in order, without boilerplate or the headline. */
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  /** What was removed as not belonging to the article, with the rule that removed it. */
  readonly boilerplate: readonly Boilerplate[];
  /** The paragraphs joined by blank lines: convenient to read, but its offsets are not `text`'s. */
  readonly body: string;
  /**
   * For HTML input: pairs of `[textOffset, sourceOffset]`, sorted, marking where each run of
   * `text` starts in the markup. Empty for plain text, whose offsets are already the source's.
   */
  readonly sourceOffsets: readonly (readonly [number, number])[];
}

/** Makes a span of `text`; the one place spans are built, so `text` always matches the offsets. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
