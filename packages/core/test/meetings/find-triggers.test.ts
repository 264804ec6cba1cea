import { parseArticle } from '@liqa/core';
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../src/meetings/find-triggers.js';

const triggersOf = (text: string) =>
  findTriggers(parseArticle({ text, title: null })).map((t) => ({
    text: t.text,
    kind: t.kind,
    tense: t.tense,
    purpose: t.purpose,
  }));

describe('findTriggers on real sentences', () => {
  it('finds a visit and a meeting verb, each with its kind (seed 002)', () => {
    expect(
      triggersOf(
        'وفي 25 أغسطس/آب، زار كالين بنغازي واجتمع مع خليفة حفتر، القائد العام للقوات المسلحة الليبية الشرقية.',
      ),
    ).toEqual([
      { text: 'زار', kind: 'visit', tense: 'past', purpose: false },
      { text: 'اجتمع', kind: 'meeting', tense: 'past', purpose: false },
    ]);
  });

  it('finds a reception (seed 004)', () => {
    expect(
      triggersOf(
        'استقبل وزير الداخلية بحكومة الوفاق غير الشرعية فتحي باشاغا، مساء اليوم بفندق كورنثيا، وزيرا دفاع تركيا وقطر.',
      )[0],
    ).toEqual({
      text: 'استقبل',
      kind: 'reception',
      tense: 'past',
      purpose: false,
    });
  });

  it('reads a phone call and talks as nouns, located exactly', () => {
    const text =
      'أجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع المواطنين المحررين، وأجرى أيضا محادثات مع السراج.';
    const article = parseArticle({ text, title: null });
    const found = findTriggers(article);
    expect(found.map((t) => [t.text, t.kind])).toEqual([
      ['اتصالا هاتفيا', 'call'],
      ['أجرى أيضا محادثات', 'talks'],
    ]);
    for (const t of found) expect(article.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('marks the purpose prefix of a meeting to come (seed 003)', () => {
    const found = triggersOf('نائب رئيس المخابرات المصرية يزور العاصمة الليبية للقاء السراج.');
    expect(found.map((t) => t.text)).toEqual(['يزور', 'لقاء']);
    expect(found[1]).toMatchObject({ tense: 'noun', purpose: true });
  });

  it('reads future verbs as future', () => {
    expect(triggersOf('وسيلتقي الرئيس نظيره الأسبوع المقبل.')[0]).toMatchObject({ text: 'سيلتقي', tense: 'future' });
  });

  it('matches through diacritics and tatweel', () => {
    expect(triggersOf('اجتمـــع الوزيرُ مع نظيره.')[0]?.text).toBe('اجتمـــع');
  });
});

describe('findTriggers: not triggers', () => {
  it('leaves words that only contain a trigger alone', () => {
    expect(triggersOf('البحث العلمي والاستقبالات الرسمية والمجتمع المدني.')).toEqual([]);
  });
});
