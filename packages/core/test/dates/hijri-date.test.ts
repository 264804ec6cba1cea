import { describe, expect, it } from 'vitest';
import { only, pairs, triples } from './helpers.js';

describe('hijri-date: day, Hijri month and year', () => {
  it('converts to the Gregorian day (Umm al-Qura)', () => {
    expect(only('وتاريخ 17 رجب 1434هـ، والتي يرأسها', null)).toEqual({
      text: '17 رجب 1434هـ',
      value: '2013-05-27',
      precision: 'day',
      calendar: 'hijri',
      resolution: 'absolute',
      rule: 'dates/hijri-date',
    });
  });
  it('reads ordinals, غرة, شهر and عام', () => {
    expect(pairs('وبدأ العمل فيه غرة محرم عام 1378هـ', null)).toEqual([['غرة محرم عام 1378هـ', '1958-07-18']]);
    expect(pairs('الثالث والعشرين من شهر ذي القعدة عام 1426', null)).toEqual([
      ['الثالث والعشرين من شهر ذي القعدة عام 1426', '2005-12-25'],
    ]);
    expect(pairs('وذلك في 4 ذي القعدة 1434هـ والتي', null)).toEqual([['4 ذي القعدة 1434هـ', '2013-09-10']]);
  });
  it('takes the tatweel of هـ into the span', () => {
    expect(pairs('يوم 25 شوال 1436 هـ.', null)).toEqual([['25 شوال 1436 هـ', '2015-08-10']]);
  });
  it('rejects days a Hijri month does not have, keeping the month', () => {
    // Ramadan 1436 had 29 days.
    expect(pairs('في 30 رمضان 1436 هـ', null)).toEqual([['رمضان 1436 هـ', '2015']]);
  });
});

describe('hijri-day-month: no year', () => {
  it('is placed by the reference, else unresolved', () => {
    expect(triples('إلى المستشفى بتاريخ 26 رمضان الماضي وذلك', '2015-07-27')).toEqual([
      ['26 رمضان الماضي', '2015-07-13', 'reference'],
    ]);
    expect(triples('في 17 رمضان', null)).toEqual([['17 رمضان', null, 'unresolved']]);
    expect(triples('حتى 6 من ذي القعدة القادم', '2015-08-10')).toEqual([
      ['6 من ذي القعدة القادم', '2015-08-21', 'reference'],
    ]);
  });
});

describe('hijri-month: a Hijri month with no day', () => {
  it('needs شهر, a year, a direction or an epithet: the names are also personal names', () => {
    expect(pairs('التقى رجب طيب أردوغان الرئيس رمضان قاديروف', '2015-07-22')).toEqual([]);
    expect(pairs('خلال أيام شهر رمضان المبارك', null)).toEqual([['شهر رمضان المبارك', null]]);
  });
  it('gives the smallest Gregorian period that holds the whole month', () => {
    // Ramadan 1436 ran from 18 June to 16 July 2015.
    expect(only('في رمضان 1436', null)).toMatchObject({ value: '2015', precision: 'year', resolution: 'absolute' });
    expect(only('خلال شهر رمضان', '2015-07-21')).toMatchObject({ value: '2015', resolution: 'reference' });
    // Muharram 1437 ran from 14 October to 12 November 2015; Rabi' al-Awwal 1437 into January 2016.
    expect(only('في شهر محرم 1437', null)).toMatchObject({ value: '2015', precision: 'year' });
    expect(only('في شهر ربيع الأول 1437', null)).toMatchObject({ value: null, precision: null });
    expect(only('في شهر شعبان 1429', null)).toMatchObject({ value: '2008-08', precision: 'month' });
    expect(only('في رمضان الماضي', '2015-07-21').value).toBe('2015');
  });
});

describe('year ranges and Hijri years', () => {
  it('skips school and fiscal year ranges', () => {
    expect(pairs('للعام الدراسي 1436/1437هـ، وللعام المالي 1434 - 1435هـ', null)).toEqual([]);
  });
  it('gives a Hijri year as a Gregorian year only when it falls inside one', () => {
    expect(only('ولد عام 1396هـ في الرياض', null)).toMatchObject({ value: '1976', precision: 'year' });
    expect(only('ولد عام 1436هـ في الرياض', null)).toMatchObject({ value: null, resolution: 'absolute' });
  });
});
