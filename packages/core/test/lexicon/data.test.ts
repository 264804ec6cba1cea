import { describe, expect, it } from 'vitest';
import agenciesData from '../../data/agencies.ar.json';
import monthsData from '../../data/months.ar.json';
import { MONTHS } from '../../src/lexicon/months.js';
import { AgenciesFileSchema, MonthsFileSchema, parseLexicon } from '../../src/lexicon/schemas.js';
import { normalize } from '../../src/text/normalize.js';

const key = (term: string) => normalize(term).text;

describe('data/months.ar.json', () => {
  it('validates against its schema', () => {
    const result = MonthsFileSchema.safeParse(monthsData);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
  it('has the naming sets news uses, the Libyan one marked ambiguous', () => {
    const file = MonthsFileSchema.parse(monthsData);
    expect(file.gregorian.map((s) => s.set)).toEqual(['egyptian-gulf', 'syriac', 'maghrebi', 'moroccan', 'libyan']);
    expect(file.gregorian.filter((s) => s.ambiguous).map((s) => s.set)).toEqual(['libyan']);
  });
  it('loads into one lookup per calendar, keyed by normalized name', () => {
    expect(MONTHS.gregorian.get(key('أغسطس'))).toEqual({ month: 8, sets: ['egyptian-gulf'], ambiguous: false });
    expect(MONTHS.gregorian.get(key('آب'))?.month).toBe(8);
    expect(MONTHS.gregorian.get(key('يونيه'))?.month).toBe(6);
    expect(MONTHS.gregorian.get(key('كانون الثاني'))?.month).toBe(1);
    expect(MONTHS.gregorian.get(key('جويلية'))?.month).toBe(7);
    expect(MONTHS.gregorian.get(key('مارس'))?.sets).toEqual(['egyptian-gulf', 'maghrebi', 'moroccan']);
    expect(MONTHS.gregorian.get(key('الفاتح'))).toEqual({ month: 9, sets: ['libyan'], ambiguous: true });
    expect(MONTHS.hijri.get(key('ذي القعدة'))).toBe(11);
    expect(MONTHS.hijri.get(key('جمادى الآخرة'))).toBe(6);
    expect(MONTHS.hijri.get(key('ربيع الثاني'))).toBe(4);
    expect(MONTHS.weekdays.get(key('الإثنين'))).toBe(1);
    expect(MONTHS.weekdays.get(key('السبت'))).toBe(6);
  });
  it('names every month of both calendars, and every weekday', () => {
    expect(new Set(MONTHS.hijri.values()).size).toBe(12);
    expect(new Set([...MONTHS.gregorian.values()].map((m) => m.month)).size).toBe(12);
    expect(new Set(MONTHS.weekdays.values()).size).toBe(7);
  });
  it('rejects a file with a month missing or out of order', () => {
    const file = MonthsFileSchema.parse(monthsData);
    expect(MonthsFileSchema.safeParse({ ...file, hijri: file.hijri.slice(1) }).success).toBe(false);
    expect(MonthsFileSchema.safeParse({ ...file, hijri: [...file.hijri].reverse() }).success).toBe(false);
    expect(() => parseLexicon(MonthsFileSchema, { ...file, weekdays: [] }, 'months.ar.json')).toThrow(
      /data\/months\.ar\.json is not valid/,
    );
  });
});

describe('data/agencies.ar.json', () => {
  it('validates against its schema', () => {
    const result = AgenciesFileSchema.safeParse(agenciesData);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
  it('gives each spelling to one agency only, and no credit is an agency', () => {
    const file = AgenciesFileSchema.parse(agenciesData);
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const agency of file.agencies) {
      for (const name of agency.names) {
        const held = owner.get(key(name));
        if (held !== undefined && held !== agency.id) clashes.push(`${name}: ${held} and ${agency.id}`);
        owner.set(key(name), agency.id);
      }
    }
    for (const credit of file.credits) if (owner.has(key(credit))) clashes.push(`${credit}: credit and agency`);
    expect(clashes).toEqual([]);
  });
  it('lists the agencies seen in datelines', () => {
    const file = AgenciesFileSchema.parse(agenciesData);
    const names = new Set(file.agencies.flatMap((a) => a.names.map(key)));
    for (const name of ['واس', 'سبق', 'رويترز', 'أ ف ب', 'ا ف ب', 'د ب أ', 'الأناضول', 'كونا', 'وام', 'قنا', 'بنا']) {
      expect(names.has(key(name)), name).toBe(true);
    }
    for (const name of ['العمانية', 'أ ش أ', 'يو بي آي', 'عين اليوم', 'الرياضي', 'ليبيا اليوم', 'أوج']) {
      expect(names.has(key(name)), name).toBe(true);
    }
  });
  it('rejects duplicate ids and unknown kinds', () => {
    const file = AgenciesFileSchema.parse(agenciesData);
    const first = file.agencies[0];
    expect(AgenciesFileSchema.safeParse({ ...file, agencies: [...file.agencies, first] }).success).toBe(false);
    expect(AgenciesFileSchema.safeParse({ ...file, agencies: [{ id: 'x', kind: 'blog', names: ['س'] }] }).success).toBe(
      false,
    );
  });
});
