import { type Article, parseArticle } from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS_AVAILABLE, CORPUS_TIMEOUT, FULL_CORPUS, readCorpus } from '../../../../test/helpers/corpus.js';
import { readSeed, SEED_FILES } from '../../../../test/helpers/seeds.js';
import { findTriggers } from '../../src/meetings/find-triggers.js';
import { counterpartReach } from '../../src/meetings/parties.js';
import type { Range } from '../../src/persons/candidate.js';
import { findPersons, findPersonsFor } from '../../src/persons/find-persons.js';

const reachesOf = (article: Article): Range[] =>
  findTriggers(article).map((t) => counterpartReach(article.text, t, article.sentences[t.sentence] as never));

/**
 * What findPersonsFor() promises: null only when findPersons() has no mention starting inside
 * the spans, and otherwise findPersons()' very result.
 */
function expectGateHolds(article: Article, spans: readonly Range[]): 'skipped' | 'run' {
  const gated = findPersonsFor(article, spans);
  const full = findPersons(article);
  if (gated === null) {
    const inside = full.mentions.filter((m) => spans.some((s) => m.start >= s.start && m.start < s.end));
    expect(inside.map((m) => m.text)).toEqual([]);
    return 'skipped';
  }
  expect(gated).toEqual(full);
  return 'run';
}

describe('findPersonsFor', () => {
  it('finds a short form in the reach when the full name stands in another sentence', () => {
    // A made-up name, which the gazetteer does not know: only the full name makes الزهراوي a name.
    const article = parseArticle(
      'أعلن رئيس المجلس البلدي كريم الزهراوي خطة جديدة. وبعد ذلك التقى بالزهراوي في طرابلس.',
    );
    const persons = findPersonsFor(article, reachesOf(article));
    expect(persons?.mentions.map((m) => [m.text, m.rule])).toContainEqual(['الزهراوي', 'persons/surname']);
    const alone = parseArticle('أعلن المجلس البلدي خطة جديدة. وبعد ذلك التقى بالزهراوي في طرابلس.');
    expect(findPersonsFor(alone, reachesOf(alone))).toBeNull();
  });

  it('gives null when no one can be named in the reach, and the persons stage is not needed', () => {
    const article = parseArticle('أعلن رئيس المجلس البلدي كريم الزهراوي خطة جديدة. وبعد ذلك زار المعرض في طرابلس.');
    expect(findTriggers(article).length).toBeGreaterThan(0);
    expect(findPersonsFor(article, reachesOf(article))).toBeNull();
    expect(findPersons(article).entities.map((e) => e.name)).toEqual(['كريم الزهراوي']);
  });

  it('runs the whole stage when a name starts in the reach', () => {
    const article = parseArticle('واستقبل الرئيس التركي رجب طيب أردوغان وزير الدفاع القطري خالد العطية.');
    const persons = findPersonsFor(article, reachesOf(article));
    expect(persons).toEqual(findPersons(article));
    expect(persons?.entities.map((e) => e.name)).toContain('خالد العطية');
  });

  it('holds on every seed, for the triggers and for any spans', () => {
    for (const file of SEED_FILES) {
      const article = parseArticle(readSeed(file.slice(0, 3)));
      expectGateHolds(article, reachesOf(article));
      const length = article.text.length;
      fc.assert(
        fc.property(
          fc.array(
            fc
              .tuple(fc.nat(length), fc.nat(200))
              .map(([start, size]) => ({ start, end: Math.min(length, start + size) })),
            { maxLength: 3 },
          ),
          (spans) => {
            expectGateHolds(article, spans);
          },
        ),
        { numRuns: 40 },
      );
    }
  });

  it.skipIf(!CORPUS_AVAILABLE)(
    'holds on the corpus, and lets the stage go for many articles with a trigger',
    async () => {
      const every = FULL_CORPUS ? 1 : 50;
      const outcomes = { skipped: 0, run: 0 };
      for await (const a of readCorpus(every)) {
        const article = parseArticle({ id: a.id, title: a.title, text: a.content });
        const reaches = reachesOf(article);
        if (reaches.length > 0) outcomes[expectGateHolds(article, reaches)]++;
      }
      expect(outcomes.skipped).toBeGreaterThan(outcomes.run / 2);
      expect(outcomes.run).toBeGreaterThan(0);
    },
    CORPUS_TIMEOUT,
  );
});
