import { describe, expect, it } from 'vitest';
import { only, pairs, triples } from './helpers.js';

describe('gregorian-month: a month with a year', () => {
  it('reads month and year (seeds 000 and 003)', () => {
    expect(only('عقب اندلاع الأزمة الخليجية في يونيو/حزيران 2017؛ إذ دخلت', null)).toEqual({
      text: 'يونيو/حزيران 2017',
      value: '2017-06',
      precision: 'month',
      calendar: 'gregorian',
      resolution: 'absolute',
      rule: 'dates/month-year',
    });
    expect(only('اتفاقيتي التعاون الأمني مع حكومة الوفاق في نوفمبر 2019.', '2020-12-27').value).toBe('2019-11');
    expect(only('في نوفمبر (تشرين الثاني) 1992، وخلال', null).value).toBe('1992-11');
  });
});

describe('gregorian-month: a month with no year', () => {
  it('reads الماضي as the latest such month before the reference month (seed 003)', () => {
    const text = 'التي سبق أن حددتهما مصر في يونيو (حزيران) الماضي «خطا أحمر»';
    expect(only(text, '2020-12-27')).toEqual({
      text: 'يونيو (حزيران) الماضي',
      value: '2020-06',
      precision: 'month',
      calendar: 'gregorian',
      resolution: 'reference',
      rule: 'dates/month',
    });
    expect(only('في يونيو الماضي', '2020-06-20').value).toBe('2019-06');
  });
  it('reads المقبل, الجاري and شهر', () => {
    expect(pairs('الدور الأول المقرر في اكتوبر المقبل', '2015-07-25')).toEqual([['اكتوبر المقبل', '2015-10']]);
    expect(pairs('في يناير المقبل', '2015-07-25')).toEqual([['يناير المقبل', '2016-01']]);
    expect(pairs('خلال شهر يوليو المنصرم، إذ بلغت', '2015-08-10')).toEqual([['شهر يوليو المنصرم', '2015-07']]);
    expect(pairs('خلال شهر أغسطس الجاري', '2015-08-10')).toEqual([['شهر أغسطس الجاري', '2015-08']]);
  });
  it('places a bare month near the reference, and leaves it unresolved without one (seed 002)', () => {
    expect(pairs('من مايو إلى سبتمبر، ظلّ الصراع', null)).toEqual([
      ['مايو', null],
      ['سبتمبر', null],
    ]);
    expect(triples('في مطلع مايو/أيار، اندلعت', '2015-08-09')).toEqual([['مايو/أيار', '2015-05', 'reference']]);
    expect(triples('قبل ديسمبر', '2015-08-04')).toEqual([['ديسمبر', '2014-12', 'reference']]);
    expect(triples('قبل أكتوبر', '2015-08-04')).toEqual([['أكتوبر', '2015-10', 'reference']]);
  });
  it('needs support for names that are also common words (مارس, آب)', () => {
    expect(pairs('مارس الضغط على الحكومة وزار آب ابنه', '2015-08-04')).toEqual([]);
    expect(pairs('في مارس الماضي وفي شهر مارس وفي آب/أغسطس', '2015-08-04')).toEqual([
      ['مارس الماضي', '2015-03'],
      ['شهر مارس', '2015-03'],
      ['آب/أغسطس', '2015-08'],
    ]);
  });
});
