import { expect } from 'vitest';
import { type ParseDatesOptions, parseDates } from '../../src/dates/parse-dates.js';
import type { DateMention } from '../../src/model.js';

/** The value formats of each precision. */
export const VALUE_FORMATS = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  'day-month': /^--\d{2}-\d{2}$/,
} as const;

/** Checks what every result must satisfy: exact slices, sorted, no overlaps, value matching precision. */
export function checkMentions(text: string, mentions: readonly DateMention[]): void {
  let end = 0;
  for (const mention of mentions) {
    expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mention.start).toBeGreaterThanOrEqual(end);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.rule).toMatch(/^dates\/[a-z]+(?:-[a-z]+)*$/);
    if (mention.value === null) expect(mention.precision).toBeNull();
    else expect(mention.value).toMatch(VALUE_FORMATS[mention.precision as keyof typeof VALUE_FORMATS]);
    end = mention.end;
  }
}

/** `parseDates` with an explicit reference date (null for none), after checking the invariants. */
export function dates(text: string, reference: string | null, options: ParseDatesOptions = {}): DateMention[] {
  const mentions = parseDates(text, { ...options, reference });
  checkMentions(text, mentions);
  return mentions;
}

/** The one mention of `text`, without its offsets. */
export function only(text: string, reference: string | null) {
  const mentions = dates(text, reference);
  expect(mentions.map((m) => m.text)).toHaveLength(1);
  const [m] = mentions as [DateMention];
  return {
    text: m.text,
    value: m.value,
    precision: m.precision,
    calendar: m.calendar,
    resolution: m.resolution,
    rule: m.rule,
  };
}

/** Each mention as `[text, value]`. */
export function pairs(text: string, reference: string | null): [string, string | null][] {
  return dates(text, reference).map((m) => [m.text, m.value]);
}

/** Each mention as `[text, value, resolution]`. */
export function triples(text: string, reference: string | null): [string, string | null, string][] {
  return dates(text, reference).map((m) => [m.text, m.value, m.resolution]);
}
