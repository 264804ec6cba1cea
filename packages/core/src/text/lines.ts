import { type Span, spanOf } from '../model.js';

// Leading and trailing whitespace of a line, including the invisible marks scraped text carries.
const EDGE_SPACE = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;
// Line breaks, found by the regex engine: faster than a look at every character. A break is one
// code unit, so `test` tells where it is (just before lastIndex) without making a match array.
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * The non-blank lines of `text`, each trimmed of surrounding whitespace and invisible marks.
 * Lines end at `\n`, `\r\n`, `\r`, U+2028 and U+2029.
 *
 * @example
 * ```ts
 * splitLines('  أبها\r\n\n استقبل الأمير \u200f').map((l) => [l.start, l.end, l.text]);
 * //=> [[2, 6, 'أبها'], [10, 23, 'استقبل الأمير']]
 * ```
 */
export function splitLines(text: string): Span[] {
  const lines: Span[] = [];
  let lineStart = 0;
  const flush = (lineEnd: number) => {
    let s = lineStart;
    let e = lineEnd;
    while (s < e && EDGE_SPACE.test(text[s] as string)) s++;
    while (e > s && EDGE_SPACE.test(text[e - 1] as string)) e--;
    if (e > s) lines.push(spanOf(text, s, e));
  };
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.test(text)) {
    flush(LINE_BREAK.lastIndex - 1);
    lineStart = LINE_BREAK.lastIndex;
  }
  flush(text.length);
  return lines;
}
