import { describe, expect, it } from 'vitest';
import nationalitiesData from '../../data/nationalities.ar.json';
import peopleData from '../../data/people.json';
import rolesData from '../../data/roles.ar.json';
import { NationalitiesFileSchema, PeopleFileSchema, RolesFileSchema } from '../../src/lexicon/person-schemas.js';
import { parseLexicon } from '../../src/lexicon/schemas.js';
import { nameKey } from '../../src/names/name-key.js';
import { defaultPersonLexicon, isKnownName, norm } from '../../src/persons/lexicon.js';
import { tokensOfWords } from '../../src/persons/tokens.js';
import { sameNameWord, wordSkeleton } from '../../src/persons/words.js';

const issues = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  result.success ? [] : result.error?.issues;

describe('data/people.json', () => {
  const file = PeopleFileSchema.parse(peopleData);

  it('validates against its schema', () => {
    expect(issues(PeopleFileSchema.safeParse(peopleData))).toEqual([]);
  });

  it('holds some 150 people or more, each with an English spelling and a known country', () => {
    expect(file.people.length).toBeGreaterThanOrEqual(150);
    const codes = new Set(NationalitiesFileSchema.parse(nationalitiesData).countries.map((c) => c.code));
    for (const p of file.people) {
      expect(p.en.length, p.id).toBeGreaterThan(0);
      if (p.country) expect(codes.has(p.country), `${p.id}: ${p.country}`).toBe(true);
    }
  });

  it('keeps first names apart: no word is both an unambiguous and an ambiguous given name', () => {
    const ambiguous = new Set(file.ambiguousGivenNames.map(norm));
    for (const name of [...file.givenNames, ...file.foreignGivenNames])
      expect(ambiguous.has(norm(name)), name).toBe(false);
  });

  it('rejects a duplicate id and a bad country code', () => {
    const twice = { ...file, people: [...file.people, file.people[0]] };
    expect(PeopleFileSchema.safeParse(twice).success).toBe(false);
    const bad = { ...file, people: [{ ...file.people[0], id: 'x', country: 'turkey' }] };
    expect(() => parseLexicon(PeopleFileSchema, bad, 'people.json')).toThrow(/people\.json is not valid/);
  });
});

describe('data/roles.ar.json and data/nationalities.ar.json', () => {
  it('validate against their schemas', () => {
    expect(issues(RolesFileSchema.safeParse(rolesData))).toEqual([]);
    expect(issues(NationalitiesFileSchema.safeParse(nationalitiesData))).toEqual([]);
  });

  it('have no given name among the words that end a name', () => {
    const file = PeopleFileSchema.parse(peopleData);
    const roles = RolesFileSchema.parse(rolesData);
    const stops = new Set(
      [...roles.boundaries.particles, ...roles.boundaries.prepositions, ...roles.commonWords.words].map(norm),
    );
    // علي and على are one word after normalize(); the original ى tells them apart.
    stops.delete(norm('على'));
    for (const name of [...file.givenNames, ...file.foreignGivenNames]) expect(stops.has(norm(name)), name).toBe(false);
  });

  it('load into a lexicon where nisbas, capitals and countries share a code', () => {
    const lex = defaultPersonLexicon();
    const code = (w: string) => [...(lex.countries.match(tokensOfWords([norm(w)]), 0)?.value.code ?? '')].join('');
    expect(code('القطري')).toBe('QA');
    expect(code('قطرية')).toBe('QA');
    expect(code('قطر')).toBe('QA');
    expect(code('أنقرة')).toBe('TR');
    expect(code('الأتراك')).toBe('TR');
  });
});

describe('gazetteer matching', () => {
  it('matches spelling variants by nameKey', () => {
    const lex = defaultPersonLexicon();
    for (const variant of ['إردوغان', 'أردوغان', 'إبراهيم كالين', 'خلوصي آكار', 'عبدالفتاح السيسي', 'سيرجي لافروف']) {
      expect(isKnownName(lex, norm(variant)), variant).toBe(true);
    }
    expect(nameKey('قالن')).toBe(nameKey('كالين'));
  });

  it('checks one word closely: a vowel or a look-alike letter, never a different word', () => {
    expect(wordSkeleton('كالين')).toBe(wordSkeleton('قالن'));
    expect(sameNameWord('كالين', 'قالن')).toBe(true);
    expect(sameNameWord('كوكصو', 'كوكسو', false)).toBe(true);
    expect(sameNameWord('السياسي', 'السيسي')).toBe(false);
    expect(sameNameWord('مدي', 'مودي')).toBe(false);
  });
});
