import { describe, expect, it } from 'vitest';
import { only, pairs, triples } from './helpers.js';

describe('relative-period', () => {
  it('gives the previous week’s month only when the whole week lies in it (seed 003, GUIDELINE)', () => {
    const text = 'قام بها رئيس المخابرات المصرية، الوزير عباس كامل، الأسبوع الماضي، والتقى خلالها';
    expect(only(text, '2020-12-27')).toEqual({
      text: 'الأسبوع الماضي',
      value: '2020-12',
      precision: 'month',
      calendar: 'gregorian',
      resolution: 'reference',
      rule: 'dates/relative-period',
    });
    // The 13 days before 6 August 2015 reach back into July.
    expect(triples('زار إسرائيل الأسبوع الماضي', '2015-08-06')).toEqual([['الأسبوع الماضي', null, 'reference']]);
    expect(only('الأسبوع القادم', '2015-08-06').value).toBe('2015-08');
    expect(only('هذا الأسبوع', '2015-07-24').value).toBe('2015-07');
  });
  it('reads months and years counted from the reference', () => {
    expect(pairs('الشهر الماضي والشهر الجاري والشهر المقبل', '2015-12-10')).toEqual([
      ['الشهر الماضي', '2015-11'],
      ['الشهر الجاري', '2015-12'],
      ['الشهر المقبل', '2016-01'],
    ]);
    expect(pairs('العام الماضي والسنة المقبلة وهذا العام والعام الحالي', '2015-07-21')).toEqual([
      ['العام الماضي', '2014'],
      ['السنة المقبلة', '2016'],
      ['هذا العام', '2015'],
      ['العام الحالي', '2015'],
    ]);
    expect(only('الشهر الماضي', '2015-01-10').value).toBe('2014-12');
  });
  it('reads a day of a relative month', () => {
    expect(pairs('في 26 من الشهر الماضي، حتى العاشر من الشهر الجاري', '2015-07-21')).toEqual([
      ['26 من الشهر الماضي', '2015-06-26'],
      ['العاشر من الشهر الجاري', '2015-07-10'],
    ]);
  });
  it('is unresolved without a reference', () => {
    expect(triples('العام الماضي', null)).toEqual([['العام الماضي', null, 'unresolved']]);
  });
});
