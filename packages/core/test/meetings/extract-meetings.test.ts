import { extractMeetings, isLiqaError, type Meeting, parseArticle } from '@liqa/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../../test/helpers/seeds.js';

const sidesOf = (m: Meeting) =>
  [...new Set(m.participants.map((p) => p.side))].sort().map((side) =>
    m.participants
      .filter((p) => p.side === side)
      .map((p) => p.name)
      .sort(),
  );
const met = (meetings: readonly Meeting[], a: string, b: string) =>
  meetings.some((m) => {
    const pa = m.participants.find((p) => p.name.includes(a) || p.aliases.some((x) => x.includes(a)));
    const pb = m.participants.find((p) => p.name.includes(b) || p.aliases.some((x) => x.includes(b)));
    return pa !== undefined && pb !== undefined && pa.side !== pb.side;
  });

describe('extractMeetings on the seeds', () => {
  it('seed 002: Kalin met Haftar in Benghazi on 25 August, year unknown', () => {
    const meetings = extractMeetings(parseArticle(readSeed('002')));
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(sidesOf(meeting as Meeting)).toEqual([['إبراهيم قالن'], ['خليفة حفتر']]);
    expect(meeting?.participants[0]?.aliases).toEqual(expect.arrayContaining(['كالين']));
    expect(meeting).toMatchObject({ kind: 'meeting', status: 'occurred', date: '--08-25', place: 'بنغازي' });
    expect(meeting?.dateText).toBe('25 أغسطس/آب');
  });

  it('seed 004: the reception at the Corinthia, with the date from اليوم', () => {
    const meetings = extractMeetings(parseArticle(readSeed('004')), { published: '2020-08-17' });
    const reception = meetings.find((m) => m.kind === 'reception' && m.place === 'فندق كورنثيا');
    expect(reception).toBeDefined();
    expect(sidesOf(reception as Meeting)).toEqual([['فتحي باشاغا'], ['خالد بن محمد العطية', 'خلوصي أكار']]);
    expect(reception?.date).toBe('2020-08-17');
    expect(met(meetings, 'السراج', 'أكار')).toBe(true);
    expect(met(meetings, 'النمروش', 'العطية')).toBe(true);
    // Haftar is named in the same sentence, as the enemy of the war: not a guest.
    expect(meetings.some((m) => m.participants.some((p) => p.name.includes('حفتر')))).toBe(false);
  });

  it('seed 003: the Turkish delegation’s meetings in Tripoli, dated by أمس in the lead', () => {
    const meetings = extractMeetings(parseArticle(readSeed('003')), { published: '2020-12-27' });
    for (const libyan of ['المشري', 'النمروش', 'باشاغا']) expect(met(meetings, 'أكار', libyan)).toBe(true);
    expect(met(meetings, 'غولر', 'المشري')).toBe(true);
    expect(met(meetings, 'كامل', 'حفتر')).toBe(true);
    const kamel = meetings.find((m) => m.participants.some((p) => p.name === 'عباس كامل'));
    expect(kamel).toMatchObject({ date: '2020-12', dateText: 'الأسبوع الماضي', place: 'بنغازي' });
    const delegation = meetings.find((m) => m.participants.some((p) => p.name === 'خالد المشري'));
    expect(delegation?.date).toBe('2020-12-26');
  });

  it('seed 001: the defence ministers, the Qatari one named by role', () => {
    const meetings = extractMeetings(parseArticle(readSeed('001')));
    expect(met(meetings, 'أكار', 'العطية')).toBe(true);
    expect(met(meetings, 'العطية', 'باشاغا')).toBe(true);
  });

  it('keeps the evidence: sentences and mentions slice back to the text', () => {
    const article = parseArticle(readSeed('004'));
    for (const meeting of extractMeetings(article, { published: '2020-08-17' })) {
      for (const e of meeting.evidence) expect(article.text.slice(e.start, e.end)).toBe(e.text);
      for (const p of meeting.participants)
        for (const s of p.mentions) expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(article.text.slice(meeting.trigger.start, meeting.trigger.end)).toBe(meeting.trigger.text);
      expect(meeting.confidence).toBeGreaterThan(0);
      expect(meeting.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('extractMeetings: what is not a meeting', () => {
  const none = (text: string) => extractMeetings(parseArticle({ text, title: null }), { published: '2015-08-10' });

  it('a statement is not a meeting', () => {
    expect(
      none(
        'قال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي، مؤكدا أن الرئيس عبد ربه منصور هادي هو الرئيس الشرعي.',
      ),
    ).toEqual([]);
  });
  it('a visit to a city is not a meeting', () => {
    expect(none('زار وزير الخارجية عادل الجبير بنغازي أمس.')).toEqual([]);
  });
  it('a negated meeting is left out', () => {
    expect(none('لم يلتق الأمير محمد بن سلمان الرئيس فلاديمير بوتين خلال الزيارة.')).toEqual([]);
  });
  it('a planned meeting is returned as planned', () => {
    const [meeting] = none('ومن المقرر أن يلتقي الأمير محمد بن سلمان الرئيس فلاديمير بوتين الخميس المقبل.');
    expect(meeting?.status).toBe('planned');
  });
});

describe('extractMeetings: bad input and properties', () => {
  it('refuses what is not an Article', () => {
    expect(() => extractMeetings({} as never)).toThrowError(expect.objectContaining({ code: 'invalid_input' }));
    expect(() => extractMeetings(parseArticle('x'), { published: '17/08/2020' })).toThrowError(
      expect.objectContaining({ code: 'invalid_options' }),
    );
  });

  it('never throws on any text, and every span slices back', () => {
    const words = fc.constantFrom(
      'استقبل',
      'التقى',
      'اجتمع',
      'مع',
      'بين',
      'الأمير',
      'محمد',
      'بن',
      'سلمان',
      'الرئيس',
      'وزير الخارجية',
      'عادل الجبير',
      'بحضور',
      'و',
      '،',
      '.',
      'أمس',
      'اليوم الاثنين',
      '25 أغسطس',
      'لم',
      'سيلتقي',
      'الوزيرين',
      'نظيره',
      'في جدة',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), fc.string({ maxLength: 50 }), (parts, noise) => {
        const text = `${parts.join(' ')}${noise}`;
        let article: ReturnType<typeof parseArticle>;
        try {
          article = parseArticle(text);
        } catch (error) {
          expect(isLiqaError(error)).toBe(true);
          return;
        }
        for (const m of extractMeetings(article, { published: '2015-08-10' })) {
          expect(new Set(m.participants.map((p) => p.side)).size).toBeGreaterThanOrEqual(2);
          for (const e of m.evidence) expect(article.text.slice(e.start, e.end)).toBe(e.text);
          for (const p of m.participants)
            for (const s of p.mentions) expect(article.text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 200 },
    );
  });
});
