import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.js';
import { answerPages, EMBED_LIMITS, embedSize } from '../../src/render/embed.js';
import { escapeDiscord, truncate } from '../../src/render/escape.js';

const MENTION_LADEN =
  '@everyone @here <@123456789012345678> <@&123456789012345678> [مقال](https://evil.example) **عاجل** discord.gg/abc';

describe('escapeDiscord', () => {
  it('leaves no mention, markdown or link a client would act on', () => {
    const escaped = escapeDiscord(MENTION_LADEN);
    expect(escaped).not.toMatch(/@everyone|@here|<@\d|<@&|(?<!\\)\]\(|\*\*|https:\/\/|discord\.gg/);
    // What a reader sees is the same text, with invisible breaks.
    expect(escaped.replace(/[\u200b\\]/g, '')).toBe(MENTION_LADEN);
  });
});

describe('truncate', () => {
  it('never splits a surrogate pair', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('short', 10)).toBe('short');
  });
});

const item = fc.record({
  heading: fc.string({ maxLength: 400 }),
  lines: fc.array(fc.string({ maxLength: 600 }), { maxLength: 6 }),
  quote: fc.option(fc.string({ maxLength: 3000 }), { nil: undefined }),
  source: fc.option(fc.record({ label: fc.string({ maxLength: 300 }), url: fc.option(fc.webUrl(), { nil: null }) }), {
    nil: undefined,
  }),
});

describe('answerPages', () => {
  it('keeps every page within Discord limits, whatever the answer holds', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.string({ maxLength: 5000 }),
        fc.array(item, { maxLength: 60 }),
        (title, summary, items) => {
          const answer: Answer = { title, summary, items };
          const pages = answerPages(answer);
          expect(pages.length).toBeGreaterThan(0);
          for (const page of pages) {
            expect(embedSize(page)).toBeLessThanOrEqual(EMBED_LIMITS.total);
            expect(page.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
            expect(page.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
            expect(page.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
            for (const field of page.fields ?? []) {
              expect(field.name.length).toBeGreaterThan(0);
              expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
              expect(field.value.length).toBeGreaterThan(0);
              expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
            }
          }
          expect(pages.reduce((n, p) => n + (p.fields?.length ?? 0), 0)).toBe(items.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('quotes the evidence and links the source, with article text made inert', () => {
    const [page] = answerPages({
      title: 'من التقى',
      items: [
        {
          heading: MENTION_LADEN,
          lines: [MENTION_LADEN],
          quote: MENTION_LADEN,
          source: { label: 'الشرق الأوسط', url: 'https://aawsat.com/a(1)' },
        },
      ],
    });
    const field = page?.fields?.[0];
    expect(field?.value).toContain('> «');
    expect(field?.value).toContain('(https://aawsat.com/a%281%29)');
    expect(`${field?.name}${field?.value}`).not.toMatch(/@everyone|<@\d/);
  });

  it('drops a source link that is not http(s)', () => {
    const [page] = answerPages({
      title: 't',
      items: [{ heading: 'h', lines: [], source: { label: 'x', url: 'javascript:alert(1)' } }],
    });
    expect(page?.fields?.[0]?.value).not.toContain('javascript');
  });
});
