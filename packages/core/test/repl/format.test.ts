// The REPL's rendering of answers, on the seeds' corpus: shapes pick the layout, the data stays plain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../../../test/helpers/seeds.js';
import { type Corpus, openCorpus } from '../../src/corpus/corpus.js';
import { LiqaError } from '../../src/errors.js';
import { displayWidth, formatMeeting, formatResult, table } from '../../src/repl/format.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await openCorpus({ dataDir: ':memory:' });
  await corpus.ingest(SEEDS_DIR);
});
afterAll(() => corpus.close());

describe('formatResult', () => {
  it('shows a meeting on one line: date, kind, people by side with their Latin names, place, source', async () => {
    const [, , tripoli] = await corpus.meetingsBetween('أكار', 'باشاغا');
    expect(tripoli && formatMeeting(tripoli)).toBe(
      `2020-08-17 reception · فتحي باشاغا (Fathi Bashagha) ↔ خلوصي أكار (Hulusi Akar), خالد بن محمد العطية (Khalid bin Mohammed Al-Attiyah) · فندق كورنثيا · ${SEEDS_DIR}/004_6008fad84a751262.txt +1`,
    );
    expect(formatResult(tripoli)).toBe(tripoli && formatMeeting(tripoli));
  });

  it('shows a list of meetings as a table, one meeting a row, and leaves the objects plain', async () => {
    const meetings = await corpus.timeline('باشاغا');
    const lines = (formatResult(meetings) ?? '').split('\n');
    expect(lines[0]).toMatch(/^date {8}kind {7}place +source +people$/);
    expect(lines[1]).toMatch(/^─{10} {2}─{9} /);
    expect(lines).toHaveLength(2 + meetings.length);
    expect(lines[2]).toMatch(
      /^2020-08-17 {2}reception {2}فندق كورنثيا +\S*seeds\/004_6008fad84a751262\.txt \+1 +فتحي باشاغا/,
    );
    expect(JSON.parse(JSON.stringify(meetings))).toEqual(meetings);
    expect(meetings.every((m) => Object.getPrototypeOf(m) === Object.prototype)).toBe(true);
  });

  it('shows whoMet as the person and a table of everyone they met', async () => {
    const text = formatResult(await corpus.whoMet('Akar')) ?? '';
    expect(text.split('\n').slice(0, 4)).toEqual([
      'خلوصي أكار (Hulusi Akar) met 6 people:',
      'met                                                   meetings  last        first',
      '────────────────────────────────────────────────────  ────────  ──────────  ──────────',
      'فتحي باشاغا (Fathi Bashagha)                          3         2020-12-26  2020-08-17',
    ]);
  });

  it('shows people, dates, graphs, stats and ingest summaries, and a LiqaError as one line', async () => {
    expect(formatResult(await corpus.person('Akar'))).toMatch(
      /^person +id +meetings +match\n.*\nخلوصي أكار \(Hulusi Akar\) +hulusi-akar +\d+ +1\.00$/,
    );
    expect(formatResult((await corpus.person('Akar'))[0]?.person)).toMatch(
      /^خلوصي أكار \(Hulusi Akar\) \[hulusi-akar\] · \d+ meetings in \d+ articles\n {2}also: /,
    );
    expect(formatResult(await corpus.when('Akar', 'Sarraj'))).toMatch(
      /^date +kind +place +sources +meeting\n.*\n2020-12-26 +talks +1 +\S*seeds\/003/,
    );
    expect(formatResult(await corpus.graph({ person: 'أكار' }))).toMatch(
      /^11 people, 20 pairs who met\nmeetings +person +met\n/,
    );
    expect(formatResult(await corpus.stats())).toBe('5 articles, 22 people, 10 meetings (11 meeting reports)');
    expect(formatResult(await corpus.ingest(SEEDS_DIR))).toBe(
      'Read 5 articles: 0 added, 5 already stored, 0 errors; 0 meeting reports in the new articles.',
    );
    expect(formatResult(new LiqaError('person_not_found', 'no person in the corpus is called "X"'))).toBe(
      'LiqaError: no person in the corpus is called "X"',
    );
  });

  it('leaves anything else to util.inspect', () => {
    for (const value of [1, 'text', null, [], [1, 2], { a: 1 }, new Error('plain')])
      expect(formatResult(value)).toBeNull();
  });
});

describe('table', () => {
  it('pads by display width (marks take no column) and says how many rows it left out', () => {
    expect(displayWidth('مُحَمَّد')).toBe(4);
    expect(
      table(
        ['a', 'b'],
        [
          ['مُحَمَّد', 'x'],
          ['ab', 'y'],
          ['c', 'z'],
        ],
        { maxRows: 2 },
      ),
    ).toBe(['a     b', '────  ─', 'مُحَمَّد  x', 'ab    y', '… and 1 more (.json prints them all)'].join('\n'));
  });
});
