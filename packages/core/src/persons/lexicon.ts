import nationalitiesData from '../../data/nationalities.ar.json';
import peopleData from '../../data/people.json';
import placesData from '../../data/places.ar.json';
import rolesData from '../../data/roles.ar.json';
import titlesData from '../../data/titles.ar.json';
import translit from '../../data/translit.json';
import { PlacesFileSchema } from '../lexicon/meeting-lexicon.js';
import { MONTHS } from '../lexicon/months.js';
import {
  NationalitiesFileSchema,
  PeopleFileSchema,
  type PersonEntry,
  type RoleHead,
  RolesFileSchema,
} from '../lexicon/person-schemas.js';
import { parseLexicon } from '../lexicon/schemas.js';
import { memoByText } from '../memo.js';
import { nameKey } from '../names/name-key.js';
import { normalizedText } from '../text/normalize.js';
import type { Token } from './tokens.js';
import { HashFilter, wordHash } from './word-filter.js';
import { sameNameWord, skeletonHash, wordSkeleton } from './words.js';

// ---------------------------------------------------------------------------------------------
// Phrase tables: multiword lexicon entries matched on token sequences
// ---------------------------------------------------------------------------------------------

// Same cut as tokenizeSentence(): letter runs, digit runs, single other characters.
const PHRASE_TOKEN = /[\p{L}\p{M}]+|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The normalized tokens of a lexicon phrase, cut as sentences are. */
export function phraseTokens(phrase: string): string[] {
  return [...normalizedText(phrase).matchAll(PHRASE_TOKEN)].map((m) => m[0]);
}

/** A phrase matched at a token position. */
export interface PhraseMatch<V> {
  /** Number of tokens the phrase covers. */
  readonly length: number;
  readonly value: V;
}

/**
 * Phrases keyed by their first token, longest first, so the longest phrase at a position wins
 * (`صاحب السمو الملكي` before `صاحب السمو`).
 */
export class PhraseTable<V> {
  readonly #byFirst = new Map<string, Array<{ tokens: string[]; value: V }>>();
  /** The hashes of the first words, made on first need after an add: most tokens start no phrase. */
  #firstHashes: HashFilter | null = null;

  add(phrase: string, value: V): void {
    const tokens = phraseTokens(phrase);
    const first = tokens[0];
    if (first === undefined) return;
    const list = this.#byFirst.get(first) ?? [];
    if (list.some((e) => e.tokens.join(' ') === tokens.join(' '))) return;
    list.push({ tokens, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.#byFirst.set(first, list);
    this.#firstHashes = null;
  }

  /** True when some phrase starts with the word `first`. */
  starts(first: string): boolean {
    return this.#byFirst.has(first);
  }

  /** The words phrases start with. */
  firstWords(): Iterable<string> {
    return this.#byFirst.keys();
  }

  /**
   * The longest phrase at `tokens[i]`; `first` replaces the first token's text (to match after
   * stripping a proclitic).
   */
  match(tokens: readonly Token[], i: number, first?: string): PhraseMatch<V> | null {
    let head = first;
    if (head === undefined) {
      const token = tokens[i];
      if (token === undefined) return null;
      // A token keeps its word's hash: the filter lets most words go without a lookup.
      this.#firstHashes ??= new HashFilter([...this.#byFirst.keys()].map((word) => wordHash(word)));
      if (!this.#firstHashes.mayHold(token.wordHash)) return null;
      head = token.text;
    }
    const list = this.#byFirst.get(head);
    if (!list) return null;
    for (const entry of list) {
      let ok = true;
      for (let k = 1; k < entry.tokens.length; k++) {
        if (tokens[i + k]?.text !== entry.tokens[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { length: entry.tokens.length, value: entry.value };
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The lexicon
// ---------------------------------------------------------------------------------------------

/** What a role head word says. */
export interface HeadInfo {
  readonly office: string;
  /** 1 for a singular head, 2 for a dual (`الوزيرين`), 3 for a plural (`الوزراء`). */
  readonly number: 1 | 2 | 3;
  readonly chainOnly: boolean;
  /** Held abroad: في + a country continues the complement (سفير أنقرة في قطر). */
  readonly abroad: boolean;
  /** An occupation word (`الملياردير`) rather than an office. */
  readonly descriptor: boolean;
}

/** A country word: its code, and whether it is a nisba adjective (التركي) or a name (تركيا). */
export interface CountryWord {
  readonly code: string;
  readonly adjective: boolean;
}

/** One alias of a gazetteer entry, ready to match. */
export interface GazetteerAlias {
  readonly entry: PersonEntry;
  /** The alias as written in the data. */
  readonly alias: string;
  /** nameKey() of the alias. */
  readonly key: string;
  /** Number of words. */
  readonly words: number;
}

/** Every word list the persons stage reads, normalized and indexed. */
export interface PersonLexicon {
  readonly titles: PhraseTable<true>;
  /** Titles that are office words too (الرئيس → رئيس, الوزير → وزير). */
  readonly officeTitles: ReadonlyMap<string, string>;
  readonly heads: PhraseTable<HeadInfo>;
  readonly complementNouns: ReadonlySet<string>;
  readonly complementPhrases: PhraseTable<true>;
  /** Words that can never be part of a name and end a name run. */
  readonly boundaries: ReadonlySet<string>;
  /** Frequent words of news text that are never name words (but may be in a role complement). */
  readonly commonWords: ReadonlySet<string>;
  /** Boundaries that also end a role complement (not the adjectives such as العام). */
  readonly complementStops: ReadonlySet<string>;
  readonly contextualTime: ReadonlySet<string>;
  readonly timeAfterContextual: ReadonlySet<string>;
  /** Month and weekday words (single words of their names). */
  readonly calendarWords: ReadonlySet<string>;
  readonly countries: PhraseTable<CountryWord>;
  /**
   * Cities and countries (`places.ar.json`, and the names and capitals of `nationalities.ar.json`)
   * that end a name run: `إبراهيم قالن بنغازي` is قالن in بنغازي. Places the gazetteer has inside
   * a name are left out.
   */
  readonly places: PhraseTable<true>;
  /** First names, Arabic and foreign, that are not ordinary words. */
  readonly givenNames: ReadonlySet<string>;
  /** The foreign ones of {@link givenNames}: rare enough to stand alone for a person (خلوصي). */
  readonly foreignGivenNames: ReadonlySet<string>;
  readonly ambiguousGivenNames: ReadonlySet<string>;
  readonly institutions: ReadonlySet<string>;
  readonly listTriggers: PhraseTable<true>;
  readonly ledBy: ReadonlyMap<string, string>;
  readonly counterparts: ReadonlySet<string>;
  readonly delegations: ReadonlySet<string>;
  readonly delegationTriggers: PhraseTable<true>;
  readonly groupCounts: ReadonlyMap<string, number>;
  /** بن، ابن، بنت، ولد: join a father's name. */
  readonly sons: ReadonlySet<string>;
  /** Compound first elements joined with the next word (عبد، أبو), from `translit.json`. */
  readonly compoundHeads: ReadonlySet<string>;
  /** Second elements joined with the word before (الدين، الله، أوغلو), from `translit.json`. */
  readonly nameTails: ReadonlySet<string>;
  /** الأب، الابن: close a name, and set father and son apart. */
  readonly generations: ReadonlySet<string>;
  /** Titles that may stand before a family name alone (الرئيس السيسي). */
  readonly familyNameTitles: ReadonlySet<string>;
  /** Titles that are ordinary nouns too (دولة، الفريق). */
  readonly weakTitles: ReadonlySet<string>;
  /**
   * Honorifics that can stand for a person without a name (`وكان خادم الحرمين الشريفين قد
   * استقبل`, `سمو الأمير`): the royal, courtesy and religious titles that are not ordinary nouns.
   */
  readonly honorifics: ReadonlySet<string>;
  /** Honorifics with a pronoun (سموه، معاليه، جلالتها) → the honorific (سمو، معالي، جلاله). */
  readonly pronounTitles: ReadonlyMap<string, string>;
  /** Words after which a surname that is an ordinary word may stand alone (أن كامل). */
  readonly clauseOpeners: ReadonlySet<string>;
  /** List words after which any name-shaped item counts (كلا من). */
  readonly listOpeners: ReadonlySet<string>;
  /** في، لدى: go on a role complement before a body or, abroad, a country. */
  readonly complementPrepositions: ReadonlySet<string>;
  /** إلى: goes on the complement of an office held abroad. */
  readonly abroadPrepositions: ReadonlySet<string>;
  /** Bodies a preposition may introduce inside a role (حكومة، مجلس). */
  readonly bodies: ReadonlySet<string>;
  /** Complement words that do not count when roles are compared. */
  readonly functionWords: ReadonlySet<string>;
  /** Ordinals that make an office title a role (النائب الثاني). */
  readonly ordinals: ReadonlySet<string>;
  /** Words that may stand between a delegation and its members (برئاسة، وضم كلا من). */
  readonly delegationGapWords: ReadonlySet<string>;
  /** Gazetteer aliases by the {@link wordSkeleton} of their first word (and of `عبد`+next for split compounds). */
  readonly gazetteer: ReadonlyMap<string, readonly GazetteerAlias[]>;
  readonly people: readonly PersonEntry[];
}

/** Normalized form of one lexicon word. */
export const norm = (word: string): string => normalizedText(word).trim();

/** `ال` + word, for definite forms derived from indefinite ones. */
const definite = (word: string): string => (word.startsWith('ال') ? word : `ال${word}`);

/** Masculine nisba → feminine (قطري → قطرية), as normalize() spells it (ه for ة). */
const feminine = (word: string): string => `${word}ه`;

/** Compound heads of `translit.json` (عبد، أبو …), written joined or apart (عبد الله / عبدالله). */
const COMPOUND_HEADS: ReadonlySet<string> = new Set(
  translit.particles.heads.arabic.map(([from]) => norm(from as string)),
);
/** Compound tails and suffixes of `translit.json` (الله، الدين، أوغلو). */
const NAME_TAILS: ReadonlySet<string> = new Set(
  [...translit.particles.tails.arabic, ...translit.particles.suffixes.arabic].map(norm),
);

/** nameKey() with a cache: the same words come back in every article. */
export const cachedKey: (text: string) => string = memoByText(200_000, nameKey);

function addHead(table: PhraseTable<HeadInfo>, head: RoleHead): void {
  const info = (number: 1 | 2 | 3): HeadInfo => ({
    office: norm(head.office),
    number,
    chainOnly: head.chainOnly,
    abroad: head.abroad,
    descriptor: false,
  });
  for (const word of head.words) {
    table.add(word, info(1));
    const single = phraseTokens(word).length === 1;
    if (single && head.definite) table.add(definite(norm(word)), info(1));
  }
  for (const word of head.dual) table.add(word, info(2));
  for (const word of head.plural) table.add(word, info(3));
}

/**
 * The place names that end a name run, less those that a gazetteer name or alias contains as
 * whole words (a person named after a city keeps it).
 */
function placeTable(names: readonly string[], people: readonly PersonEntry[]): PhraseTable<true> {
  const known = people.flatMap((p) => [p.name, ...p.aliases].map((a) => ` ${norm(a)} `));
  const table = new PhraseTable<true>();
  for (const name of names) {
    const n = ` ${phraseTokens(name).join(' ')} `;
    if (n.trim().length === 0 || known.some((k) => k.includes(n))) continue;
    table.add(name, true);
  }
  return table;
}

/** Title groups of `titles.ar.json` whose titles may stand for a person alone. */
const HONORIFIC_GROUPS: ReadonlySet<string> = new Set(['royal', 'courtesy', 'religious']);
/** Titles of those groups that say nothing alone: Mr, Mrs, Miss, and الحاجة (also 'the need'). */
const NOT_ALONE: ReadonlySet<string> = new Set(['السيد', 'السيدة', 'الآنسة', 'الحاجة'].map((t) => norm(t)));

/** The honorifics of {@link PersonLexicon.honorifics}, and their pronoun forms. */
function honorificsOf(weak: ReadonlySet<string>): { honorifics: Set<string>; pronounTitles: Map<string, string> } {
  const honorifics = new Set<string>();
  const pronounTitles = new Map<string, string>();
  for (const [group, { titles }] of Object.entries(titlesData.groups)) {
    if (!HONORIFIC_GROUPS.has(group)) continue;
    for (const title of titles) {
      const n = norm(title);
      if (weak.has(n) || NOT_ALONE.has(n) || /[./]/u.test(n)) continue;
      honorifics.add(n);
      // سمو → سموه، سموها; جلالة → جلالته، جلالتها (ة is ه after normalize()).
      if (n.includes(' ') || n.startsWith('ال')) continue;
      const stem = n.endsWith('ه') ? `${n.slice(0, -1)}ت` : n;
      for (const pronoun of ['ه', 'ها']) pronounTitles.set(`${stem}${pronoun}`, n);
    }
  }
  return { honorifics, pronounTitles };
}

/** Extra entries a caller adds to the built-in lexicon. */
export interface LexiconExtras {
  readonly people?: readonly PersonEntry[];
  readonly roles?: readonly RoleHead[];
}

/**
 * Builds the lexicon from the data files, plus a caller's extra people and roles.
 *
 * @example
 * ```ts
 * const lex = buildLexicon({ roles: [{ office: 'مأمور', words: ['مأمور'], dual: [], plural: [], definite: true, chainOnly: false, abroad: false }] });
 * lex.heads.starts('مامور') //=> true
 * ```
 */
export function buildLexicon(extras: LexiconExtras = {}): PersonLexicon {
  const people = parseLexicon(PeopleFileSchema, peopleData, 'people.json');
  const roles = parseLexicon(RolesFileSchema, rolesData, 'roles.ar.json');
  const nationalities = parseLexicon(NationalitiesFileSchema, nationalitiesData, 'nationalities.ar.json');
  const placeData = parseLexicon(PlacesFileSchema, placesData, 'places.ar.json');

  const titles = new PhraseTable<true>();
  const titleWords: string[] = [];
  for (const group of Object.values(titlesData.groups)) {
    for (const title of group.titles) {
      titles.add(title, true);
      titleWords.push(norm(title));
    }
  }

  const heads = new PhraseTable<HeadInfo>();
  const headWords = new Set<string>();
  for (const head of [...roles.heads, ...(extras.roles ?? [])]) {
    addHead(heads, head);
    for (const w of [...head.words, ...head.dual, ...head.plural]) headWords.add(norm(w));
  }
  for (const word of roles.descriptors) {
    heads.add(word, {
      office: norm(word).replace(/^ال/, ''),
      number: 1,
      chainOnly: false,
      abroad: false,
      descriptor: true,
    });
  }

  // Titles that are also office words: الرئيس, الوزير, السفير …
  const officeTitles = new Map<string, string>();
  for (const title of titleWords) {
    if (!title.startsWith('ال') || title.includes(' ')) continue;
    const bare = title.slice(2);
    for (const head of roles.heads) {
      if (head.definite && head.words.some((w) => norm(w) === bare)) officeTitles.set(title, norm(head.office));
    }
  }

  const complementNouns = new Set<string>();
  const complementPhrases = new PhraseTable<true>();
  for (const noun of roles.complementNouns) {
    const n = norm(noun);
    if (n.includes(' ')) complementPhrases.add(noun, true);
    else complementNouns.add(n);
  }

  const b = roles.boundaries;
  const calendarWords = new Set<string>();
  for (const key of [...MONTHS.gregorian.keys(), ...MONTHS.hijri.keys(), ...MONTHS.weekdays.keys()]) {
    const first = key.split(' ')[0];
    if (first) calendarWords.add(first);
  }
  const boundaries = new Set<string>([
    ...[...b.prepositions, ...b.particles, ...b.time, ...b.verbs, ...b.nouns].map(norm),
    ...roles.counterparts.map(norm),
    ...roles.delegations.map(norm),
    ...roles.ledBy.map((l) => norm(l.word)),
    ...headWords,
  ]);
  const complementStops = new Set<string>(
    [...b.prepositions, ...b.particles, ...b.time, ...b.verbs].map(norm).filter((w) => w !== 'في' && w !== 'لدي'),
  );
  for (const stop of ['العام', 'العامه', 'الاول', 'الاولي']) complementStops.delete(stop);

  const countries = new PhraseTable<CountryWord>();
  for (const country of nationalities.countries) {
    const name = { code: country.code, adjective: false };
    const adjective = { code: country.code, adjective: true };
    for (const n of [...country.names, ...country.capitals]) countries.add(n, name);
    for (const a of country.adjectives) {
      const n = norm(a);
      for (const form of [n, definite(n), feminine(n), definite(feminine(n))]) countries.add(form, adjective);
    }
    for (const p of country.plurals) countries.add(p, adjective);
  }

  const allPeople = [...people.people, ...(extras.people ?? [])];
  const places = placeTable(
    [
      ...placeData.cities,
      ...placeData.countries,
      ...nationalities.countries.flatMap((c) => [...c.names, ...c.capitals]),
    ],
    allPeople,
  );

  const foreignGivenNames = new Set(people.foreignGivenNames.map(norm));
  const givenNames = new Set([...people.givenNames.map(norm), ...foreignGivenNames]);
  const ambiguousGivenNames = new Set(people.ambiguousGivenNames.map(norm));

  const listTriggers = new PhraseTable<true>();
  for (const t of roles.listTriggers) listTriggers.add(t, true);

  const delegationTriggers = new PhraseTable<true>();
  for (const t of roles.delegationTriggers) delegationTriggers.add(t, true);

  const groupCounts = new Map<string, number>();
  for (const g of roles.groupCounts) for (const w of g.words) groupCounts.set(norm(w), g.count);

  const gazetteer = new Map<string, GazetteerAlias[]>();
  for (const entry of allPeople) {
    for (const alias of new Set([entry.name, ...entry.aliases])) {
      const words = norm(alias).split(/\s+/u);
      const key = nameKey(alias);
      if (key.length === 0) continue;
      const item: GazetteerAlias = { entry, alias, key, words: words.length };
      const first = words[0] as string;
      const firsts = new Set<string>([wordSkeleton(first)]);
      // عبد الله written as one word or two: index both first words.
      if (COMPOUND_HEADS.has(first) && words[1]) firsts.add(wordSkeleton(`${first}${words[1]}`));
      for (const c of COMPOUND_HEADS) {
        if (first.startsWith(c) && first.length > c.length) firsts.add(wordSkeleton(c));
      }
      for (const first of firsts) {
        const list = gazetteer.get(first) ?? [];
        list.push(item);
        gazetteer.set(first, list);
      }
    }
  }
  for (const list of gazetteer.values()) list.sort((a, b2) => b2.words - a.words);

  const words = (list: readonly string[]) => new Set(list.map(norm));
  const { nameWords, complementWords } = roles;
  const weakTitles = words(nameWords.weakTitles);
  return {
    ...honorificsOf(weakTitles),
    sons: words(nameWords.sons),
    compoundHeads: COMPOUND_HEADS,
    nameTails: NAME_TAILS,
    generations: words(nameWords.generations),
    familyNameTitles: words(nameWords.familyNameTitles),
    weakTitles,
    clauseOpeners: words(nameWords.clauseOpeners),
    listOpeners: words(nameWords.listOpeners),
    complementPrepositions: words(complementWords.prepositions),
    abroadPrepositions: words(complementWords.abroadPrepositions),
    bodies: words(complementWords.bodies),
    functionWords: words(complementWords.functionWords),
    ordinals: words(complementWords.ordinals),
    delegationGapWords: words(roles.delegationGapWords),
    titles,
    officeTitles,
    heads,
    complementNouns,
    complementPhrases,
    boundaries,
    complementStops,
    commonWords: new Set(roles.commonWords.words.map(norm)),
    contextualTime: new Set(roles.contextualTime.words.map(norm)),
    timeAfterContextual: new Set(roles.contextualTime.before.map(norm)),
    calendarWords,
    countries,
    places,
    givenNames,
    foreignGivenNames,
    ambiguousGivenNames,
    institutions: new Set(roles.institutions.map(norm)),
    listTriggers,
    ledBy: new Map(roles.ledBy.map((l) => [norm(l.word), norm(l.office)])),
    counterparts: new Set(roles.counterparts.map(norm)),
    delegations: new Set(roles.delegations.map(norm)),
    delegationTriggers,
    groupCounts,
    gazetteer,
    people: allPeople,
  };
}

let defaultLexicon: PersonLexicon | null = null;

/** The lexicon of the data files alone, built once. */
export function defaultPersonLexicon(): PersonLexicon {
  defaultLexicon ??= buildLexicon();
  return defaultLexicon;
}

/**
 * True when `name` (normalized words) is a gazetteer name or alias, matched by nameKey() on the
 * whole name: `خليفة حفتر`, `أردوغان`.
 *
 * @example
 * ```ts
 * isKnownName(defaultPersonLexicon(), norm('إبراهيم كالين')) //=> true (ibrahim-kalin)
 * isKnownName(defaultPersonLexicon(), norm('سالمين')) //=> false (nameKey() alone would say سليماني)
 * ```
 */
export function isKnownName(lex: PersonLexicon, name: string): boolean {
  const space = name.indexOf(' ');
  const first = space < 0 ? name : name.slice(0, space);
  if (!first) return false;
  // Most words start no alias: the gazetteer's filter says so without a lookup.
  if (!lexiconFilters(lex).gazetteerKeys.mayHold(skeletonHash(first))) return false;
  const aliases = lex.gazetteer.get(wordSkeleton(first));
  if (!aliases) return false;
  const key = cachedKey(name);
  // One word is checked closely: nameKey() alone would take سالمين for سليماني.
  const oneWord = !name.includes(' ');
  return aliases.some((alias) => alias.key === key && (!oneWord || sameNameWord(name, norm(alias.alias), false)));
}

/** nameKey() of a name part's words, computed when parts are compared, and cached. */
export function partKey(part: { readonly norm: string }): string {
  return cachedKey(part.norm);
}

/**
 * The lexicon's word lists that the persons stage looks every word up in, as filters (see
 * {@link HashFilter}): a word that none of them may hold is let go without a lookup.
 */
export interface LexiconFilters {
  /** Words that open a title, a role head or a counterpart (`titles.starts`, `heads.starts`, `counterparts`). */
  readonly roleStarts: HashFilter;
  /** The gazetteer's keys: skeletons of the aliases' first words. */
  readonly gazetteerKeys: HashFilter;
  /** Given names, ambiguous ones included. */
  readonly givenNames: HashFilter;
  /** The cue words of three extractors: `ledBy` (بقيادة), `delegations` (وفد), `pronounTitles` (سموه). */
  readonly ledBy: HashFilter;
  readonly delegations: HashFilter;
  readonly pronounTitles: HashFilter;
}

const filtersByLexicon = new WeakMap<PersonLexicon, LexiconFilters>();
// The last lexicon's filters, at hand: they are asked for at every word.
let lastLexicon: PersonLexicon | null = null;
let lastFilters: LexiconFilters | null = null;

/** The {@link LexiconFilters} of `lex`, made on first use. */
export function lexiconFilters(lex: PersonLexicon): LexiconFilters {
  if (lex === lastLexicon && lastFilters) return lastFilters;
  let filters = filtersByLexicon.get(lex);
  if (!filters) {
    const hashes = (...lists: Iterable<string>[]) => lists.flatMap((list) => [...list].map((word) => wordHash(word)));
    filters = {
      roleStarts: new HashFilter(hashes(lex.titles.firstWords(), lex.heads.firstWords(), lex.counterparts)),
      gazetteerKeys: new HashFilter(hashes(lex.gazetteer.keys())),
      givenNames: new HashFilter(hashes(lex.givenNames, lex.ambiguousGivenNames)),
      ledBy: new HashFilter(hashes(lex.ledBy.keys())),
      delegations: new HashFilter(hashes(lex.delegations)),
      pronounTitles: new HashFilter(hashes(lex.pronounTitles.keys())),
    };
    filtersByLexicon.set(lex, filters);
  }
  lastLexicon = lex;
  lastFilters = filters;
  return filters;
}
