import { describe, expect, it } from 'vitest';
import { only, pairs } from './helpers.js';

describe('year', () => {
  it('reads عام and العام before a year (seeds 000 and 001)', () => {
    expect(only('في نهاية عام 2019 في الدوحة.', null)).toEqual({
      text: 'عام 2019',
      value: '2019',
      precision: 'year',
      calendar: 'gregorian',
      resolution: 'absolute',
      rule: 'dates/year',
    });
    expect(pairs('ارتفع من 340 مليون دولار عام 2010 إلى أكثر من ملياري دولار عام 2019', null)).toEqual([
      ['عام 2010', '2010'],
      ['عام 2019', '2019'],
    ]);
  });
  it('reads في before a year, leaving في out', () => {
    expect(pairs('تشن غارات فوق ليبيا في 2011 قبل أن تشارك وفي 2013', null)).toEqual([
      ['2011', '2011'],
      ['2013', '2013'],
    ]);
  });
  it('reads the م mark, with history after عام', () => {
    expect(pairs('مواليد ١٩٩٧م وتوفي عام 1677م', null)).toEqual([
      ['١٩٩٧م', '1997'],
      ['عام 1677م', '1677'],
    ]);
  });
  it('does not read counts and bare numbers as years (seed 000)', () => {
    expect(pairs('على أساس قرار مجلس الأمن رقم 2254. وخلال 2020 باع 1500م', null)).toEqual([]);
    expect(pairs('في 1500 موقع وعام 1436', null)).toEqual([]);
  });
  it('does not read either end of a range', () => {
    expect(pairs('موسم 2014-2015 وعام 2014 - 2015', null)).toEqual([]);
  });
});
