import { describe, expect, it } from 'vitest';
import { only, pairs, triples } from './helpers.js';

// 2015-08-06 is a Thursday; 2015-08-09 a Sunday; 2020-12-27 a Sunday.
describe('weekday', () => {
  it('reads a bare weekday as the latest such day on or before the reference (seed 003)', () => {
    expect(only('وقال وزير الدفاع التركي خلوصي أكار، الجمعة، إن بلاده', '2020-12-27')).toEqual({
      text: 'الجمعة',
      value: '2020-12-25',
      precision: 'day',
      calendar: 'gregorian',
      resolution: 'reference',
      rule: 'dates/weekday',
    });
    expect(only('وفي الاحتفال بالذكرى 69 لاستقلال ليبيا، الخميس، دعا', '2020-12-27').value).toBe('2020-12-24');
    expect(only('التقيا الخميس', '2015-08-06').value).toBe('2015-08-06');
  });
  it('takes يوم and parts of the day before it', () => {
    expect(pairs('يوم الخميس ومساء الجمعة وليلة السبت', '2015-08-09')).toEqual([
      ['يوم الخميس', '2015-08-06'],
      ['مساء الجمعة', '2015-08-07'],
      ['ليلة السبت', '2015-08-08'],
    ]);
  });
  it('reads الماضي as strictly before and المقبل/القادم as strictly after (dev gold)', () => {
    const text = 'أن زيارة عادل الجبير وزير الخارجية السعودي إلى موسكو الثلاثاء القادم ستستكمل المباحثات';
    expect(only(text, '2015-08-09')).toMatchObject({ text: 'الثلاثاء القادم', value: '2015-08-11' });
    expect(pairs('الخميس الماضي والخميس المقبل والجمعة الماضية', '2015-08-06')).toEqual([
      ['الخميس الماضي', '2015-07-30'],
      ['الخميس المقبل', '2015-08-13'],
      ['الجمعة الماضية', '2015-07-31'],
    ]);
  });
  it('points forward in a future-tense clause', () => {
    expect(only('سيلتقي الرئيسان الخميس في الرياض', '2015-08-09').value).toBe('2015-08-13');
    expect(only('ومن المقرر أن يصل الوفد الأحد', '2015-08-06').value).toBe('2015-08-09');
    expect(only('سوف يزور الرئيس الرياض الخميس', '2015-08-06').value).toBe('2015-08-06');
  });
  it('does not read the future across a sentence end or a relative clause', () => {
    expect(only('سيلتقي الوزيران في الرياض. وكان الوزير وصل الخميس', '2015-08-09').value).toBe('2015-08-06');
    expect(
      only('وسيرفع أيضاً على مقر البعثة الدبلوماسية في واشنطن التي رفعت الاثنين إلى مستوى سفارة', '2015-07-21').value,
    ).toBe('2015-07-20');
  });
  it('reads nouns that only look like future verbs as nouns', () => {
    expect(only('ستة سياسيين وصلوا الخميس', '2015-08-09').value).toBe('2015-08-06');
  });
  it('is unresolved without a reference', () => {
    expect(triples('وصل الخميس', null)).toEqual([['الخميس', null, 'unresolved']]);
  });
});

describe('a weekday before a calendar date', () => {
  it('merges into one mention with the date’s value and rule', () => {
    expect(only('وفي يوم الجمعة 13 فبراير 2015 أدى', null)).toMatchObject({
      text: 'يوم الجمعة 13 فبراير 2015',
      value: '2015-02-13',
      rule: 'dates/gregorian-date',
    });
    expect(only('يوم السبت 13 يونيو الحالي', '2015-07-21')).toMatchObject({
      text: 'يوم السبت 13 يونيو الحالي',
      value: '2015-06-13',
    });
    expect(only('اعتبارًا من يوم الخميس الموافق 20 أغسطس بأربع رحلات', '2015-08-06').value).toBe('2015-08-20');
  });
  it('leaves the year out when the weekday does not fall on the date (seed 003 headlines)', () => {
    const text = 'GMT 17:48 2021 الجمعة ,08 كانون الثاني / يناير\n\nGMT 01:34 2016 الإثنين ,28 تشرين الثاني / نوفمبر';
    expect(pairs(text, '2020-12-27')).toEqual([
      ['الجمعة ,08 كانون الثاني / يناير', '2021-01-08'],
      ['الإثنين ,28 تشرين الثاني / نوفمبر', '--11-28'],
    ]);
  });
});
