import { type Article, extractMeetings, parseArticle } from '@liqa/core';
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
 * What findPersonsFor() promises: null only when no sentence of findPersons()' result has a
 * mention starting inside the spans and a second mention or a group, and otherwise findPersons()'
 * very result.
 */
function expectGateHolds(article: Article, spans: readonly Range[]): 'skipped' | 'run' {
  const gated = findPersonsFor(article, spans);
  const full = findPersons(article);
  if (gated === null) {
    const seating = article.sentences.filter((sentence) => {
      const mentions = full.mentions.filter((m) => m.sentence === sentence.index);
      const inside = mentions.some((m) => spans.some((s) => m.start >= s.start && m.start < s.end));
      return inside && (mentions.length > 1 || mentions.some((m) => m.kind === 'group'));
    });
    expect(seating.map((s) => s.text)).toEqual([]);
    return 'skipped';
  }
  expect(gated).toEqual(full);
  return 'run';
}

describe('findPersonsFor', () => {
  it('finds short forms in the reach and in the sentence when the full names stand in another one', () => {
    // Made-up names, which the gazetteer does not know: only the full names make them names.
    const article = parseArticle(
      'أعلن رئيس المجلس البلدي كريم الزهراوي خطة جديدة. وبعد ذلك التقى بالزهراوي في طرابلس.',
    );
    const persons = findPersonsFor(article, reachesOf(article));
    expect(persons?.mentions.map((m) => [m.text, m.rule])).toContainEqual(['الزهراوي', 'persons/surname']);
    // الزهراوي before the trigger is the second person of the sentence: without the full name no meeting is told.
    const told = 'وكان الزهراوي قد التقى وزير الداخلية جمال الورفلي في طرابلس.';
    const named = parseArticle(`أعلن رئيس المجلس البلدي كريم الزهراوي خطة جديدة. ${told}`);
    expect(findPersonsFor(named, reachesOf(named))).toEqual(findPersons(named));
    expect(extractMeetings(named).map((m) => m.participants.map((p) => p.name))).toEqual([
      ['كريم الزهراوي', 'جمال الورفلي'],
    ]);
    const unnamed = parseArticle(`أعلن المجلس البلدي خطة جديدة. ${told}`);
    expect(findPersonsFor(unnamed, reachesOf(unnamed))).toBeNull();
  });

  it('finds a short form whose full name carries a conjunction (وغوردون ديون)', () => {
    const article = parseArticle(
      'وصل إلى المدينة الوزير أحمد الطيب وغوردون ديون أمس. وبعد ذلك التقى غوردون المحافظ سعيد الورفلي في مكتبه.',
    );
    const persons = findPersonsFor(article, reachesOf(article));
    expect(persons).toEqual(findPersons(article));
    expect(persons?.mentions.map((m) => [m.text, m.rule])).toContainEqual(['غوردون', 'persons/first-name']);
    expect(extractMeetings(article).map((m) => m.participants.map((p) => p.name))).toEqual([
      ['غوردون ديون', 'سعيد الورفلي'],
    ]);
  });

  it('finds a short form whose full name, a gazetteer name, carries a preposition (لستيفان دي ميستورا)', () => {
    const article = parseArticle(
      'أرسل الوزير أحمد الطيب رسالة لستيفان دي ميستورا أمس. وبعد ذلك التقى ستيفان المحافظ سعيد الورفلي في مكتبه.',
    );
    expect(findPersonsFor(article, reachesOf(article))).toEqual(findPersons(article));
    expect(extractMeetings(article).map((m) => m.participants.map((p) => p.name))).toEqual([
      ['ستيفان دي ميستورا', 'سعيد الورفلي'],
    ]);
  });

  it('reads a group phrase in the reach as a mention only when the article gives a list (هم:)', () => {
    const call = 'أجرى الرئيس أحمد الطيب اتصالا هاتفيا مع المواطنين المحررين.';
    const listed = parseArticle(`${call} وكان المواطنون المحررون هم: إيلكر صاغلك، ودوغان قيصا.`);
    const persons = findPersonsFor(listed, reachesOf(listed));
    expect(persons).toEqual(findPersons(listed));
    expect(persons?.mentions.map((m) => [m.text, m.rule])).toContainEqual(['المواطنين المحررين', 'persons/list-group']);
    expect(extractMeetings(listed)).toHaveLength(1);
    // The same names with no list pronoun: the phrase stands for no one, and no meeting is told.
    const unlisted = parseArticle(`${call} وكان المواطنون المحررون: إيلكر صاغلك، ودوغان قيصا.`);
    expect(findPersonsFor(unlisted, reachesOf(unlisted))).toBeNull();
    expect(extractMeetings(unlisted)).toEqual([]);
  });

  it('looks for short forms among the forms a name gives, not among all its words', () => {
    // الطرابلسي is a word of the full name, but neither its surname nor its first name.
    const middle = parseArticle(
      'أعلن رئيس المجلس البلدي كريم الطرابلسي الزهراوي خطة جديدة. وبعد ذلك التقى الطرابلسي وزير الداخلية.',
    );
    expect(findPersonsFor(middle, reachesOf(middle))).toBeNull();
    expect(findPersons(middle).mentions.map((m) => m.rule)).toEqual(['persons/role-name']);
    const surname = parseArticle(
      'أعلن رئيس المجلس البلدي كريم الطرابلسي الزهراوي خطة جديدة. وبعد ذلك التقى الزهراوي وزير الداخلية.',
    );
    expect(findPersonsFor(surname, reachesOf(surname))).toEqual(findPersons(surname));
  });

  it('gives null when no sentence can seat two persons, and the persons stage is not needed', () => {
    const visit = parseArticle('أعلن رئيس المجلس البلدي كريم الزهراوي خطة جديدة. وبعد ذلك زار المعرض في طرابلس.');
    expect(findTriggers(visit).length).toBeGreaterThan(0);
    expect(findPersonsFor(visit, reachesOf(visit))).toBeNull();
    expect(findPersons(visit).entities.map((e) => e.name)).toEqual(['كريم الزهراوي']);
    // One person named after the trigger, and no one else in the sentence.
    const alone = parseArticle(
      'أعلن رئيس المجلس البلدي كريم الزهراوي خطة جديدة. وبعد ذلك التقى وزير الداخلية بالمحتجين.',
    );
    expect(findPersonsFor(alone, reachesOf(alone))).toBeNull();
  });

  it('reads a reach only to an attendance cue, after which persons attend', () => {
    const attended = parseArticle('وعقد اجتماع موسع أمس بحضور وزير الخارجية عادل الجبير ووزير المالية إبراهيم العساف.');
    expect(findPersons(attended).entities).toHaveLength(2);
    expect(findPersonsFor(attended, reachesOf(attended))).toBeNull();
    expect(extractMeetings(attended)).toEqual([]);
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
