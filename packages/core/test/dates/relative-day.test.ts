import { describe, expect, it } from 'vitest';
import { only, pairs, triples } from './helpers.js';

describe('relative-day', () => {
  it('counts days from the reference (dev gold)', () => {
    const text =
      'استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام أمس سامح شكري وزير الخارجية المصري';
    expect(only(text, '2015-07-24')).toEqual({
      text: 'أمس',
      value: '2015-07-23',
      precision: 'day',
      calendar: 'gregorian',
      resolution: 'reference',
      rule: 'dates/relative-day',
    });
    expect(
      only('التقى صاحب السمو الملكي الأمير محمد بن سلمان في جدة اليوم فخامة الرئيس رمضان أحمد قاديروف', '2015-07-22')
        .value,
    ).toBe('2015-07-22');
    expect(only('الذي اجتمع مع اللاعب أمس الأول في ميلان، وتم الاتفاق', '2015-08-03').value).toBe('2015-08-01');
    expect(only('اجتمع محافظ بلجرشي سفر بن سويد الغامدي أمس, مع أعضاء اللجنة', '2015-08-11').value).toBe('2015-08-10');
  });
  it('takes a part of the day before it (dev gold, seed 004)', () => {
    expect(only('استقبل سمو ولي ولي العهد في قصر السلام بجدة مساء أمس، وزير الدولة', '2015-08-11')).toMatchObject({
      text: 'مساء أمس',
      value: '2015-08-10',
    });
    expect(only('استقبل فتحي باشاغا، مساء اليوم بفندق كورنثيا، وزيرا دفاع تركيا', '2020-08-17')).toMatchObject({
      text: 'مساء اليوم',
      value: '2020-08-17',
    });
    expect(pairs('منذ منتصف ليل أول من أمس وصباح أمس', '2015-07-25')).toEqual([
      ['ليل أول من أمس', '2015-07-23'],
      ['صباح أمس', '2015-07-24'],
    ]);
  });
  it('takes the weekday after it, bare or in brackets (dev gold, seeds 003 and 004)', () => {
    expect(
      only('إن خالد مشعل رئيس المكتب السياسي، التقى أمس الاثنين، وزير الخارجية الروسي', '2015-08-04'),
    ).toMatchObject({ text: 'أمس الاثنين', value: '2015-08-03' });
    expect(only('وبحث فائز السراج، اليوم الإثنين، مع الوزيرين', '2020-08-17')).toMatchObject({
      text: 'اليوم الإثنين',
      value: '2020-08-17',
    });
    expect(only('سيصل إلى «طرابلس، اليوم (الأحد) في زيارة رسمية', '2020-12-27')).toMatchObject({
      text: 'اليوم (الأحد)',
      value: '2020-12-27',
    });
    expect(only('أعلن أمس الأربعاء وزير الخارجية التركي', '2015-08-06').value).toBe('2015-08-05');
    expect(only('الاجتماع الذي عقد أمس الخميس بين الرئيس المصري', '2015-07-31').value).toBe('2015-07-30');
  });
  it('lets the weekday win when the reference is a day off (a late crawl date)', () => {
    // Published Wednesday 22 July, crawled Thursday 23 July: أمس الثلاثاء is 21 July.
    expect(only('التقى أمس الثلاثاء', '2015-07-23').value).toBe('2015-07-21');
    expect(only('أمس الأول الأربعاء', '2015-08-06').value).toBe('2015-08-05');
  });
  it('reads the future days', () => {
    expect(pairs('غداً وبعد غد وغدا الثلاثاء ويوم غد وصباح غد', '2015-08-03')).toEqual([
      ['غداً', '2015-08-04'],
      ['بعد غد', '2015-08-05'],
      ['غدا الثلاثاء', '2015-08-04'],
      ['يوم غد', '2015-08-04'],
      ['صباح غد', '2015-08-04'],
    ]);
  });
  it('reads tonight and last night', () => {
    expect(pairs('الليلة وفي تصريح صحافي الليلة الماضية', '2015-08-03')).toEqual([
      ['الليلة', '2015-08-03'],
      ['الليلة الماضية', '2015-08-02'],
    ]);
  });
  it('reads و and ف glued before the word, leaving them out of the span', () => {
    expect(pairs('واليوم وأمس فاليوم', '2015-08-03')).toEqual([
      ['اليوم', '2015-08-03'],
      ['أمس', '2015-08-02'],
      ['اليوم', '2015-08-03'],
    ]);
  });
  it('is unresolved without a reference', () => {
    expect(triples('أكد مصدر أمني، اليوم الأحد، أن الاستخبارات', null)).toEqual([['اليوم الأحد', null, 'unresolved']]);
  });
});
