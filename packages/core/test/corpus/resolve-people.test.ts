// Entity resolution across articles on names the gazetteer does not know, so that the rules, not
// the gazetteer, decide: which spellings join, which short names join, and which stay apart.
import { describe, expect, it } from 'vitest';
import { resolvePeople } from '../../src/corpus/resolve-people.js';
import type { MeetingReport, ReportedParticipant } from '../../src/corpus/types.js';

const person = (name: string, extra: Partial<ReportedParticipant> = {}): ReportedParticipant => ({
  name,
  aliases: [],
  en: '',
  role: null,
  known: null,
  side: 0,
  attendee: false,
  ...extra,
});

let n = 0;
const report = (...participants: ReportedParticipant[]): MeetingReport => ({
  article: `a${n++}`,
  index: 0,
  kind: 'meeting',
  status: 'occurred',
  date: null,
  dateText: null,
  dateResolution: null,
  place: null,
  trigger: 'التقى',
  rule: 'meetings/test',
  sentence: 'التقى',
  start: 0,
  end: 5,
  confidence: 1,
  participants: participants.map((p, i) => ({ ...p, side: i })),
});

const idOf = (reports: MeetingReport[], name: string) => {
  const people = resolvePeople(reports);
  return people.personOf(person(name));
};

describe('resolvePeople', () => {
  it('joins a surname to the one full name that ends in it, and says why', () => {
    const reports = [
      report(person('سالم بن عمران الكعبي'), person('نادر الحسيني')),
      report(person('الكعبي'), person('نادر الحسيني')),
    ];
    const people = resolvePeople(reports);
    const id = people.personOf(person('الكعبي'));
    expect(id).toBe(people.personOf(person('سالم بن عمران الكعبي')));
    const merged = people.people.get(id as string);
    expect(merged?.name).toBe('سالم بن عمران الكعبي');
    expect(merged?.merges).toEqual([
      { name: 'الكعبي', rule: 'partial-name', why: 'الكعبي fits one full name in the corpus: سالم بن عمران الكعبي' },
    ]);
  });

  it('joins spellings that differ in hamza, alef and look-alike letters', () => {
    const reports = [
      report(person('إبراهيم قالن'), person('نادر الحسيني')),
      report(person('ابراهيم كالين'), person('نادر الحسيني')),
    ];
    expect(idOf(reports, 'إبراهيم قالن')).toBe(idOf(reports, 'ابراهيم كالين'));
  });

  it('keeps a surname shared by two full names apart from both', () => {
    const reports = [
      report(person('سالم الكعبي'), person('نادر الحسيني')),
      report(person('ماجد الكعبي'), person('نادر الحسيني')),
      report(person('الكعبي'), person('نادر الحسيني')),
    ];
    const people = resolvePeople(reports);
    const ids = ['سالم الكعبي', 'ماجد الكعبي', 'الكعبي'].map((name) => people.personOf(person(name)));
    expect(new Set(ids).size).toBe(3);
  });

  it('never joins a common first name alone to a full name', () => {
    const reports = [
      report(person('محمد بن سلمان'), person('نادر الحسيني')),
      report(person('محمد'), person('نادر الحسيني')),
    ];
    expect(idOf(reports, 'محمد')).not.toBe(idOf(reports, 'محمد بن سلمان'));
  });

  it('keeps apart a short name and a full name whose roles name different countries', () => {
    const reports = [
      report(person('سالم بن عمران الكعبي', { role: 'وزير الخارجية القطري' }), person('نادر الحسيني')),
      report(person('الكعبي', { role: 'السفير التركي' }), person('نادر الحسيني')),
    ];
    expect(idOf(reports, 'الكعبي')).not.toBe(idOf(reports, 'سالم بن عمران الكعبي'));
  });

  it('gives the same people whatever the order of the reports', () => {
    const reports = [
      report(person('سالم بن عمران الكعبي'), person('نادر الحسيني')),
      report(person('الكعبي'), person('نادر حسيني')),
      report(person('إبراهيم قالن'), person('ابراهيم كالين')),
    ];
    const forward = resolvePeople(reports);
    const backward = resolvePeople([...reports].reverse());
    expect([...backward.people.values()]).toEqual([...forward.people.values()]);
  });
});
