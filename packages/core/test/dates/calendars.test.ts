import { describe, expect, it } from 'vitest';
import { gregorianToHijri, hijriToGregorian, isValidGregorian } from '../../src/dates/calendars.js';

describe('hijriToGregorian (Umm al-Qura)', () => {
  it('converts the dates of the SPA datelines', () => {
    expect(hijriToGregorian(1436, 10, 25)).toBe('2015-08-10'); // 25 شوال 1436
    expect(hijriToGregorian(1436, 10, 26)).toBe('2015-08-11'); // 26 شوال 1436
    expect(hijriToGregorian(1436, 9, 1)).toBe('2015-06-18'); // 1 رمضان 1436
  });
  it('converts new year days across centuries', () => {
    expect(hijriToGregorian(1437, 1, 1)).toBe('2015-10-14');
    expect(hijriToGregorian(1400, 1, 1)).toBe('1979-11-21');
    expect(hijriToGregorian(1446, 1, 1)).toBe('2024-07-07');
  });
  it('returns null for days that do not exist', () => {
    expect(hijriToGregorian(1436, 10, 31)).toBeNull();
    expect(hijriToGregorian(1436, 9, 30)).toBeNull(); // رمضان 1436 had 29 days
    expect(hijriToGregorian(1436, 13, 1)).toBeNull();
    expect(hijriToGregorian(1436, 0, 1)).toBeNull();
    expect(hijriToGregorian(1436, 1, 0)).toBeNull();
    // Late Hijri 9666 is Gregorian 10000, past the years a date here can be written in (found by fuzzing).
    expect(hijriToGregorian(9666, 1, 1)).toBe('9999-10-02');
    expect(hijriToGregorian(9667, 2, 1)).toBeNull();
    expect(hijriToGregorian(0, 1, 1)).toBeNull();
    expect(hijriToGregorian(1436.5, 1, 1)).toBeNull();
    expect(hijriToGregorian(Number.NaN, 1, 1)).toBeNull();
  });
  it('round-trips every day of 1430–1450 AH', () => {
    const misses: string[] = [];
    for (let year = 1430; year <= 1450; year++) {
      for (let month = 1; month <= 12; month++) {
        let days = 0;
        for (let day = 1; day <= 30; day++) {
          const iso = hijriToGregorian(year, month, day);
          if (iso === null) continue;
          days++;
          const back = gregorianToHijri(iso);
          if (back?.year !== year || back.month !== month || back.day !== day) misses.push(`${year}-${month}-${day}`);
        }
        if (days < 29) misses.push(`${year}-${month} has ${days} days`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('gregorianToHijri (Umm al-Qura)', () => {
  it('converts a Gregorian day', () => {
    expect(gregorianToHijri('2015-08-10')).toEqual({ year: 1436, month: 10, day: 25 });
    expect(gregorianToHijri('2015-06-18')).toEqual({ year: 1436, month: 9, day: 1 });
  });
  it('returns null for what is not a valid YYYY-MM-DD', () => {
    expect(gregorianToHijri('2015-02-29')).toBeNull();
    expect(gregorianToHijri('2015-8-10')).toBeNull();
    expect(gregorianToHijri('10/08/2015')).toBeNull();
  });
});

describe('isValidGregorian', () => {
  it('knows month lengths and leap years', () => {
    expect(isValidGregorian(2015, 8, 31)).toBe(true);
    expect(isValidGregorian(2015, 9, 31)).toBe(false);
    expect(isValidGregorian(2016, 2, 29)).toBe(true);
    expect(isValidGregorian(2015, 2, 29)).toBe(false);
    expect(isValidGregorian(1900, 2, 29)).toBe(false);
    expect(isValidGregorian(2000, 2, 29)).toBe(true);
  });
  it('rejects parts out of range or not whole', () => {
    expect(isValidGregorian(2015, 0, 1)).toBe(false);
    expect(isValidGregorian(2015, 13, 1)).toBe(false);
    expect(isValidGregorian(2015, 1, 0)).toBe(false);
    expect(isValidGregorian(2015, 1, 1.5)).toBe(false);
    expect(isValidGregorian(0, 1, 1)).toBe(false);
  });
  it('handles years below 100 without moving them to the 1900s', () => {
    expect(isValidGregorian(44, 2, 29)).toBe(true);
    expect(isValidGregorian(45, 2, 29)).toBe(false);
  });
});
