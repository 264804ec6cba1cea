// One-megabyte single lines and deeply repeated patterns go through every stage and finish. A
// stage whose work grows with the square of its input would not finish within the test's timeout;
// how the time grows is measured by bench/linearity.ts, never asserted here.
import { extractMeetings, nameKey, parseArticle, parseDates } from '@liqa/core';
import { describe, expect, it } from 'vitest';
import { madeUpMeetingSentences } from '../../../../test/helpers/made-up-names.js';
import { findTriggers, MAX_TRIGGERS_PER_SENTENCE } from '../../src/meetings/find-triggers.js';

const MEGABYTE = 1_000_000;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Patterns with no sentence end, each repeated into one line. */
const UNITS: Record<string, string> = {
  'name particles': 'بن عبد الله آل ',
  'bidi marks and joiners': '\u200F\u202Eا\u200D\u2067',
  'dates with no full stop': '25 شوال 1436 هـ الموافق 10 أغسطس 2015 م ',
  'an unclosed <script>': '<script>استقبل ',
  'an unclosed comment': '<!-- استقبل ',
  'open quotes': '«(«"',
  'broken words': 'اتهـ.ـامات ',
  'a delegation': 'وفد برئاسة وزير الخارجية وضم كلا من ',
};

describe('one-megabyte lines', () => {
  for (const [name, unit] of Object.entries(UNITS)) {
    it(`reads ${name} through every stage`, () => {
      const text = repeatTo(unit, MEGABYTE);
      const article = parseArticle(text);
      expect(article.text.length).toBeGreaterThan(0);
      expect(Array.isArray(extractMeetings(article, { published: '2015-08-10' }))).toBe(true);
      expect(typeof nameKey(text)).toBe('string');
      for (const date of parseDates(text, { reference: '2015-08-10' }).slice(0, 100))
        expect(text.slice(date.start, date.end)).toBe(date.text);
    });
  }
});

describe('many meeting words in one sentence (found by fuzzing: extraction grew with the square of the sentence)', () => {
  it(`reads the first ${MAX_TRIGGERS_PER_SENTENCE} of a 300,000-character sentence of meetings`, () => {
    // Every trigger read the clause around it to the sentence's ends: a 300 KB line took minutes.
    const text = repeatTo('استقبل الأمير محمد بن سلمان الرئيس ', 300_000);
    const meetings = extractMeetings(parseArticle(text), { published: '2015-08-10' });
    for (const meeting of meetings) {
      expect(meeting.trigger.end).toBeLessThan(
        MAX_TRIGGERS_PER_SENTENCE * 'استقبل الأمير محمد بن سلمان الرئيس '.length,
      );
    }
  });

  it(`finds every trigger of a sentence up to ${MAX_TRIGGERS_PER_SENTENCE}, and no more`, () => {
    const sentence = (count: number) =>
      Array.from({ length: count }, (_, i) => `استقبل الأمير خالد ${i} الوزير سعد`).join('، ');
    const count = (text: string) => findTriggers(parseArticle(text)).length;
    expect(count(sentence(7))).toBe(7);
    expect(count(sentence(MAX_TRIGGERS_PER_SENTENCE + 5))).toBe(MAX_TRIGGERS_PER_SENTENCE);
    // The limit is per sentence: each sentence of an article has its own.
    expect(count(`${sentence(15)}.\n${sentence(15)}.`)).toBe(30);
  });
});

describe('thousands of different persons in one article (found by fuzzing: each name was compared with every person before it)', () => {
  it('reads 10,000 sentences of meetings between made-up names', () => {
    // 20,000 made-up persons, none a form of another.
    const sentences = Array.from({ length: 10_000 }, madeUpMeetingSentences());
    const meetings = extractMeetings(parseArticle(sentences.join(' ')), { published: '2015-08-10' });
    expect(meetings.length).toBeGreaterThan(9_000);
  });
});
