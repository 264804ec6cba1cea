import { describe, expect, it } from 'vitest';
import relativeData from '../../data/relative-dates.ar.json';
import { DATE_WORDS, RelativeDatesFileSchema } from '../../src/dates/date-words.js';
import { isLiqaError } from '../../src/errors.js';
import { parseLexicon } from '../../src/lexicon/schemas.js';

describe('data/relative-dates.ar.json', () => {
  it('validates against its schema', () => {
    const result = RelativeDatesFileSchema.safeParse(relativeData);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
  it('loads keyed by normalized form', () => {
    expect(DATE_WORDS.relativeDays.get('امس الاول')).toBe(-2);
    expect(DATE_WORDS.relativeDays.get('اول من امس')).toBe(-2);
    expect(DATE_WORDS.relativeDays.get('غدا')).toBe(1);
    expect(DATE_WORDS.directions.get('الماضيه')).toBe('last');
    expect(DATE_WORDS.directions.get('القادمه')).toBe('next');
    expect(DATE_WORDS.periods.get('السنه')).toBe('year');
    expect(DATE_WORDS.dayOrdinals.get('الحادي والعشرين')).toBe(21);
    expect(DATE_WORDS.outletsAlways.has('عين اليوم')).toBe(true);
  });
  it('rejects ordinals out of order, naming the file', () => {
    const file = RelativeDatesFileSchema.parse(relativeData);
    const broken = { ...file, dayOrdinals: [...file.dayOrdinals].reverse() };
    let error: unknown;
    try {
      parseLexicon(RelativeDatesFileSchema, broken, 'relative-dates.ar.json');
    } catch (caught) {
      error = caught;
    }
    expect(isLiqaError(error) && error.message).toContain('relative-dates.ar.json');
  });
});
