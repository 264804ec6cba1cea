import { describe, expect, it } from 'vitest';
import { only, pairs } from './helpers.js';

describe('numeric-date', () => {
  it('reads day/month/year, day first', () => {
    expect(only('المؤرخة في 12/8/2015 الآتي نصها', null)).toEqual({
      text: '12/8/2015',
      value: '2015-08-12',
      precision: 'day',
      calendar: 'gregorian',
      resolution: 'absolute',
      rule: 'dates/numeric-date',
    });
    expect(pairs('في 24/7/2015م الآتي', null)).toEqual([['24/7/2015م', '2015-07-24']]);
  });
  it('reads Hijri years by their range or their mark', () => {
    expect(only('وتاريخ 10/1/1436. 2 - حادث', null)).toMatchObject({ value: '2014-11-03', calendar: 'hijri' });
    expect(only('رقم (35 - 22) وتاريخ 26 - 5 - 1436هـ، قرر', null)).toMatchObject({
      text: '26 - 5 - 1436هـ',
      value: '2015-03-17',
      calendar: 'hijri',
    });
  });
  it('reads year-first dates', () => {
    expect(pairs('في 2015-08-12 و1436/9/27هـ', null)).toEqual([
      ['2015-08-12', '2015-08-12'],
      ['1436/9/27هـ', '2015-07-14'],
    ]);
  });
  it('skips times, scores and impossible dates', () => {
    expect(pairs('GMT 17:48 وفاز 2-1 في 31/2/2015 و12/13/2015 و1/2/3/2015', null)).toEqual([]);
  });
});
