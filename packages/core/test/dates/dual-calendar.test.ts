import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

describe('dual-calendar', () => {
  it('merges a Hijri and a Gregorian date joined by الموافق (SPA dateline)', () => {
    expect(only('أبها 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس', null)).toEqual({
      text: '25 شوال 1436 هـ الموافق 10 أغسطس 2015 م',
      value: '2015-08-10',
      precision: 'day',
      calendar: 'gregorian',
      resolution: 'absolute',
      rule: 'dates/dual-calendar',
    });
  });
  it('takes the value from the Gregorian half when they disagree by a day', () => {
    expect(only('الأربعاء 28 رمضان 1436، الموافق 15 يوليو 2015؛ على', null)).toMatchObject({
      text: 'الأربعاء 28 رمضان 1436، الموافق 15 يوليو 2015',
      value: '2015-07-15',
    });
  });
  it('takes the value from the more complete half', () => {
    expect(only('في 6 أغسطس (آب) 2012، الموافق 17 رمضان، حين', null)).toMatchObject({
      text: '6 أغسطس (آب) 2012، الموافق 17 رمضان',
      value: '2012-08-06',
    });
    expect(only('يوم الخميس ٢٨ شوال الموافق ١٣ أغسطس، ولن', '2015-07-21')).toMatchObject({
      text: 'يوم الخميس ٢٨ شوال الموافق ١٣ أغسطس',
      value: '2015-08-13',
    });
  });
  it('merges numeric halves and takes a bracketed Gregorian half with its brackets', () => {
    expect(only('يوم السبت 4/11/1435هـ الموافق 30/8/2014م. والاعتراض', null)).toMatchObject({
      text: 'يوم السبت 4/11/1435هـ الموافق 30/8/2014م',
      value: '2014-08-30',
    });
    expect(only('بدءً من يوم الخميس 21 شوال 1436هـ (6 أغسطس 2015) ولمدة أسبوعين', null)).toMatchObject({
      text: 'يوم الخميس 21 شوال 1436هـ (6 أغسطس 2015)',
      value: '2015-08-06',
    });
  });
});
