/**
 * Zod schemas for the data files of the persons stage: `data/people.json` (gazetteer and given
 * names), `data/roles.ar.json` (role heads and the words that bound a name) and
 * `data/nationalities.ar.json` (countries, capitals and nisba adjectives). Each file is checked
 * when `persons/lexicon.ts` loads, through {@link parseLexicon}.
 */
import { z } from 'zod';

/** A word or phrase as written: non-empty, no surrounding or doubled spaces. */
const term = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !s.includes('  '), { message: 'no leading, trailing or doubled spaces' });

const terms = z.array(term);

const unique = <T>(key: (item: T) => string, what: string) => ({
  check: (list: readonly T[]) => new Set(list.map(key)).size === list.length,
  message: `${what} must be unique`,
});

/** An ISO 3166 alpha-2 code, or an upper-case code for a body or region (`UN`, `EU`, `CHECHNYA`). */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2,12}$/, 'upper-case country or body code');

/** One person of the gazetteer. */
export const PersonEntrySchema = z.object({
  /** Stable kebab-case id (`hulusi-akar`). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case id'),
  /** The canonical Arabic name, without titles (`خلوصي أكار`). */
  name: term,
  /** Other forms: full-name variants and distinctive short forms (`أكار`). */
  aliases: terms.default([]),
  /** The usual English spelling. */
  en: term,
  /** Roles the press gives the person, as written (a hint only: offices change). */
  roles: terms.default([]),
  /** Country code of `nationalities.ar.json`, or null when unknown. */
  country: CountryCodeSchema.nullable().default(null),
});

const peopleList = z.array(PersonEntrySchema);
const peopleOrder = unique((p: z.infer<typeof PersonEntrySchema>) => p.id, 'person ids');

/** `data/people.json`. */
export const PeopleFileSchema = z.object({
  $comment: z.string().optional(),
  /** Arabic first names. */
  givenNames: z.array(term).min(1),
  /** Turkish, Persian and Western first names as written in Arabic. */
  foreignGivenNames: terms,
  /** First names that are also ordinary words (سعيد، كامل). */
  ambiguousGivenNames: terms,
  people: peopleList.refine(peopleOrder.check, { message: peopleOrder.message }),
});

/** One office that can head a role phrase. */
export const RoleHeadSchema = z.object({
  /** The office the head names, used to match roles (`وزير`, `ولي العهد`). */
  office: term,
  /** Singular forms as written, without ال (`وزير`, `وزيرة`, `أمير منطقة`). */
  words: z.array(term).min(1),
  /** Dual forms as written (`وزيرا`, `الوزيرين`). */
  dual: terms.default([]),
  /** Plural forms as written (`وزراء`, `الوزراء`). */
  plural: terms.default([]),
  /** Whether the ال form of a one-word head is a head too (`الوزير`); false where it is a title (`الأمير`). */
  definite: z.boolean().default(true),
  /** An office held abroad: في + a country goes on its complement (سفير أنقرة في قطر). */
  abroad: z.boolean().default(false),
  /** The head counts only right before another head (`مساعد وزير`): the word is also a given name. */
  chainOnly: z.boolean().default(false),
});

const headOrder = unique((h: z.infer<typeof RoleHeadSchema>) => h.office, 'role offices');

/** `data/roles.ar.json`. */
export const RolesFileSchema = z.object({
  $comment: z.string().optional(),
  heads: z.array(RoleHeadSchema).min(1).refine(headOrder.check, { message: headOrder.message }),
  descriptors: terms,
  complementNouns: terms,
  boundaries: z.object({
    prepositions: terms,
    particles: terms,
    time: terms,
    verbs: terms,
    nouns: terms,
  }),
  contextualTime: z.object({ $comment: z.string().optional(), words: terms, before: terms }),
  commonWords: z.object({ $comment: z.string().optional(), words: terms }),
  institutions: terms,
  listTriggers: terms,
  ledBy: z.array(z.object({ word: term, office: term })),
  counterparts: terms,
  delegations: terms,
  /** Words after a delegation word that say who is in it (برئاسة، وضم، المكون من). */
  delegationTriggers: terms,
  groupCounts: z.array(z.object({ words: z.array(term).min(1), count: z.number().int().min(2) })),
  /** Words of the name grammar. */
  nameWords: z.object({
    $comment: z.string().optional(),
    sons: z.array(term).min(1),
    generations: terms,
    familyNameTitles: terms,
    weakTitles: terms,
    clauseOpeners: terms,
    listOpeners: terms,
  }),
  /** Words inside a role complement. */
  complementWords: z.object({
    $comment: z.string().optional(),
    prepositions: terms,
    abroadPrepositions: terms,
    bodies: terms,
    functionWords: terms,
    ordinals: terms,
  }),
  /** Words that may stand between a delegation and the names of its members. */
  delegationGapWords: terms,
});

/** One country or international body. */
export const CountrySchema = z.object({
  code: CountryCodeSchema,
  /** The names of the country (`قطر`, `دولة قطر`). */
  names: z.array(term).min(1),
  /** Capitals and seats that stand for the government (`أنقرة`, `الكرملين`). */
  capitals: terms,
  /** Masculine singular nisba adjectives without ال (`قطري`); the ال and ة forms are derived. */
  adjectives: terms,
  /** Plural nisba forms as written (`الأتراك`). */
  plurals: terms,
});

const countryOrder = unique((c: z.infer<typeof CountrySchema>) => c.code, 'country codes');

/** `data/nationalities.ar.json`. */
export const NationalitiesFileSchema = z.object({
  $comment: z.string().optional(),
  countries: z.array(CountrySchema).min(1).refine(countryOrder.check, { message: countryOrder.message }),
});

export type PersonEntry = z.infer<typeof PersonEntrySchema>;
/** A gazetteer entry as a caller writes it: `aliases`, `roles` and `country` may be left out. */
export type PersonEntryInput = z.input<typeof PersonEntrySchema>;
export type PeopleFile = z.infer<typeof PeopleFileSchema>;
export type RoleHead = z.infer<typeof RoleHeadSchema>;
/** A role head as a caller writes it: only `office` and `words` are required. */
export type RoleHeadInput = z.input<typeof RoleHeadSchema>;
export type RolesFile = z.infer<typeof RolesFileSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type NationalitiesFile = z.infer<typeof NationalitiesFileSchema>;
