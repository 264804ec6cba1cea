import { describe, expect, it } from 'vitest';
import { only, pairs } from './helpers.js';

describe('gregorian-date: day, month and year', () => {
  it('reads a day, a pair of month names and a year (seed 002)', () => {
    expect(only('وفي 25 أغسطس/آب 2015، زار كالين بنغازي', null)).toEqual({
      text: '25 أغسطس/آب 2015',
      value: '2015-08-25',
      precision: 'day',
      calendar: 'gregorian',
      resolution: 'absolute',
      rule: 'dates/gregorian-date',
    });
  });
  it('reads the Syriac name in brackets (seed 003)', () => {
    const text = 'مذكرتي التفاهم الأمني والعسكري، الموقعة بينهما في إسطنبول في 27 نوفمبر (تشرين الثاني) 2019.';
    expect(only(text, '2020-12-27')).toMatchObject({ text: '27 نوفمبر (تشرين الثاني) 2019', value: '2019-11-27' });
  });
  it('reads Syriac-first pairs, space pairs, عام before the year and a م mark', () => {
    expect(pairs('في 8 كانون الثاني / يناير 2021 وفي 24 يوليو تموز 2015', null)).toEqual([
      ['8 كانون الثاني / يناير 2021', '2021-01-08'],
      ['24 يوليو تموز 2015', '2015-07-24'],
    ]);
    expect(only('ففي التاسع من سبتمبر (أيلول) عام 2014 نالت الحكومة', null)).toMatchObject({
      text: 'التاسع من سبتمبر (أيلول) عام 2014',
      value: '2014-09-09',
    });
    expect(only('الذي شغل ذلك المنصب غرة مارس 2008م، ولم يكمل', null)).toMatchObject({
      text: 'غرة مارس 2008م',
      value: '2008-03-01',
    });
  });
  it('reads Maghrebi and Moroccan month names', () => {
    expect(pairs('يوم 25 جوان 2015 و3 أوت 2014 و14 جويلية 2013 و5 غشت 2012', null)).toEqual([
      ['25 جوان 2015', '2015-06-25'],
      ['3 أوت 2014', '2014-08-03'],
      ['14 جويلية 2013', '2013-07-14'],
      ['5 غشت 2012', '2012-08-05'],
    ]);
  });
  it('reads Libyan month names only with a day and a year', () => {
    expect(pairs('في 5 الماء 2010 وفي 12 الصيف', null)).toEqual([['5 الماء 2010', '2010-05-05']]);
  });
  it('reads Arabic-Indic digits and keeps the exact original offsets', () => {
    expect(only('وصل في ٢٥ أغسطس ٢٠١٥ إلى', null)).toMatchObject({ text: '٢٥ أغسطس ٢٠١٥', value: '2015-08-25' });
  });
  it('rejects days that do not exist', () => {
    expect(pairs('في 31 يونيو 2015 و29 فبراير 2015', null)).toEqual([
      ['يونيو 2015', '2015-06'],
      ['فبراير 2015', '2015-02'],
    ]);
  });
});

describe('day-month: a day and month with no year', () => {
  it('gives --MM-DD without a reference (seed 002)', () => {
    expect(only('وفي 25 أغسطس/آب، زار كالين بنغازي', null)).toEqual({
      text: '25 أغسطس/آب',
      value: '--08-25',
      precision: 'day-month',
      calendar: 'gregorian',
      resolution: 'absolute',
      rule: 'dates/day-month',
    });
  });
  it('reads ordinal days before من (seed 002)', () => {
    const text = 'رحّب الليبيون بزيارة قالن إلى طرابلس في الرابع من يونيو/حزيران الماضي.';
    expect(only(text, null)).toMatchObject({ text: 'الرابع من يونيو/حزيران الماضي', value: '--06-04' });
    expect(only(text, '2020-12-27')).toMatchObject({ value: '2020-06-04', resolution: 'reference' });
    expect(only('في الحادي والعشرين من مارس', null)).toMatchObject({ value: '--03-21' });
  });
  it('الماضي takes the latest such day on or before the reference', () => {
    expect(only('في 13 سبتمبر/أيلول الماضي، بعد أشهر', '2020-12-27').value).toBe('2020-09-13');
    expect(only('في 13 سبتمبر/أيلول الماضي', '2020-09-13').value).toBe('2020-09-13');
    expect(only('في 13 سبتمبر/أيلول الماضي', '2020-09-12').value).toBe('2019-09-13');
    expect(only('قد تعرضت لقصف في 5 من يوليو (تموز) الماضي بعد ساعات', '2020-12-27')).toMatchObject({
      text: '5 من يوليو (تموز) الماضي',
      value: '2020-07-05',
    });
  });
  it('المقبل takes the next one, الحالي the reference year (seed 003, dev gold)', () => {
    expect(only('لمدة 18 شهرا، اعتبارا من 2 يناير (كانون الثاني) المقبل.', '2020-12-27').value).toBe('2021-01-02');
    const text = 'خلال لقائهما السابق في الدوحة في الثالث من أغسطس (آب) الحالي.';
    expect(only(text, '2015-08-09')).toMatchObject({ text: 'الثالث من أغسطس (آب) الحالي', value: '2015-08-03' });
  });
  it('a bare day-month is placed from 9 months before to 2 months after the reference month', () => {
    expect(only('الذي يوافق 24 ديسمبر (كانون الأول)، ونقل', '2020-12-27').value).toBe('2020-12-24');
    expect(only('في 25 ديسمبر', '2015-01-10').value).toBe('2014-12-25');
    expect(only('في 5 يناير', '2015-12-20').value).toBe('2016-01-05');
    expect(only('في 5 مارس', '2015-12-20').value).toBe('2015-03-05');
  });
  it('reads the year as a period of the reference: من العام الماضي, هذا العام', () => {
    expect(
      pairs('منذ الأول من سبتمبر (أيلول) من العام الماضي حتى الأول من يونيو (حزيران) هذا العام', '2015-07-21'),
    ).toEqual([
      ['الأول من سبتمبر (أيلول) من العام الماضي', '2014-09-01'],
      ['الأول من يونيو (حزيران) هذا العام', '2015-06-01'],
    ]);
  });
  it('29 فبراير exists without a year, but not in a non-leap reference year', () => {
    expect(only('في 29 فبراير', null).value).toBe('--02-29');
    expect(only('في 29 فبراير', '2015-03-10')).toMatchObject({ value: null, precision: null });
  });
});
