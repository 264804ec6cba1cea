// No input can crash the text pipeline: parseArticle, extractMeetings, nameKey and parseDates on
// hostile text, HTML and bytes either answer, with every span slicing back, or refuse with a
// LiqaError. A hang would show as the test's timeout; time itself is measured by `pnpm bench`.
import { extractMeetings, isLiqaError, nameKey, parseArticle, parseDates } from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Span } from '../../src/model.js';
import { checkMentions } from '../dates/helpers.js';
import {
  anyUnicode,
  HTML_PIECES,
  hostileHtml,
  hostileText,
  invalidUtf8,
  mixedScripts,
  repeated,
  withControls,
} from './hostile-input.js';

/** Reference dates from year 1 to 9999, or none. */
const reference = fc.option(
  fc
    .date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(-24, -14).padStart(10, '0'))
    .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)),
);
const format = fc.constantFrom('auto', 'text', 'html') as fc.Arbitrary<'auto' | 'text' | 'html'>;

function expectSlices(text: string, spans: readonly (Span | null | undefined)[]): void {
  for (const span of spans) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
}

/** parseArticle's result, checked; null when it refused the input with a LiqaError. */
function parse(input: Parameters<typeof parseArticle>[0], options?: Parameters<typeof parseArticle>[1]) {
  let article: Article;
  try {
    article = parseArticle(input, options);
  } catch (error) {
    if (isLiqaError(error)) return null;
    throw error;
  }
  const { text } = article;
  expectSlices(text, [...article.sentences, ...article.paragraphs, ...article.boilerplate, article.titleSpan]);
  const dateline = article.dateline;
  if (dateline) expectSlices(text, [dateline, dateline.place, dateline.agency, dateline.gregorian, dateline.hijri]);
  return article;
}

/** extractMeetings' result, checked against what every meeting must be. */
function extract(article: Article, published: string | null) {
  const meetings = extractMeetings(article, { published });
  for (const meeting of meetings) {
    expectSlices(article.text, [...meeting.evidence, meeting.trigger, meeting.placeSpan]);
    expect(new Set(meeting.participants.map((p) => p.side)).size).toBeGreaterThanOrEqual(2);
    for (const p of meeting.participants) expectSlices(article.text, p.mentions);
    expect(meeting.confidence).toBeGreaterThanOrEqual(0);
    expect(meeting.confidence).toBeLessThanOrEqual(1);
    if (meeting.date !== null) expect(meeting.date).toMatch(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/);
  }
  return meetings;
}

describe('the text pipeline on hostile input', () => {
  it('parses and extracts from any text, in each format, with or without a title and a date', () => {
    fc.assert(
      fc.property(hostileText, fc.option(hostileText), reference, format, (text, title, published, as) => {
        const article = parse({ text, title, published }, { format: as });
        if (article) extract(article, published);
      }),
      { numRuns: 300 },
    );
  });

  it('reads bytes that are not UTF-8, or refuses them as unsupported_format', () => {
    fc.assert(
      fc.property(invalidUtf8, (bytes) => {
        try {
          const article = parse(bytes);
          if (article) extract(article, null);
        } catch (error) {
          expect(isLiqaError(error) && error.code).toBe('unsupported_format');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses text with a NUL byte as binary data, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        withControls.filter((text) => text.includes('\u0000')),
        (text) => {
          expect(() => parseArticle(text)).toThrow(expect.objectContaining({ code: 'unsupported_format' }));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('never shows what scripts, styles, frames and templates hold as article text', () => {
    const hidden = fc.constantFrom(
      (word: string) => `<script>${word}</script>`,
      (word: string) => `<script type="text/template"><p>${word}</p></script>`,
      (word: string) => `<style>/* ${word} */</style>`,
      (word: string) => `<iframe srcdoc="<p>${word}</p>"></iframe>`,
      (word: string) => `<template><p>${word}</p></template>`,
      (word: string) => `<noscript><p>${word}</p></noscript>`,
    );
    // Pieces that leave the hidden element an HTML element: no title (its text is the headline), no
    // unclosed comment or CDATA, no bare `<` (the element's tag would join another tag's name), and
    // no open `<math>`, inside which `<script>` is a MathML element and a `<p>` in it breaks out into
    // the page, as browsers show it.
    const pieces = fc.array(
      fc.oneof(
        fc.constantFrom(...HTML_PIECES.filter((p) => !/title|<!--|CDATA|^<\/?$|^<math>$/.test(p))),
        mixedScripts,
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(pieces, hidden, fc.nat(), (parts, hide, at) => {
        const i = at % (parts.length + 1);
        const html = [...parts.slice(0, i), hide('كلمةمخفية'), ...parts.slice(i)].join('');
        const input = `<html><body><p>نص</p>${html}</body></html>`;
        const article = parse(input, { format: 'html' });
        expect(article?.text ?? '').not.toContain('كلمةمخفية');
      }),
      { numRuns: 300 },
    );
  });

  it('keys any name, however long or odd', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, repeated), (name) => {
        const key = nameKey(name);
        expect(typeof key).toBe('string');
        expect(key).not.toMatch(/[\n\r\t]/);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds dates in any text, against any reference, sorted, without overlaps and slicing back', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, anyUnicode, hostileHtml), reference, (text, ref) => {
        checkMentions(text, parseDates(text, { reference: ref }));
      }),
      { numRuns: 1000 },
    );
  });
});
