/**
 * Reads what stands before a name: titles (`صاحب السمو الملكي الأمير`), role phrases (`وزير
 * الدفاع في حكومة الوفاق`, `نائب رئيس المجلس الرئاسي`, `السفير التركي في طرابلس`), counterpart
 * words (`نظيره القطري`), in any order, with a proclitic on the first word (`ووزير`, `والأمير`).
 *
 * A role complement is read word by word: definite words, nisba adjectives and country names,
 * complement nouns (`منطقة`, `حكومة`, `دفاع`), words glued to ب or ل (`بحكومة`, `لشؤون`), chained
 * heads (`نائب رئيس`), في/لدى with the noun after them, and an unknown word before a definite one
 * (`حزب القوات`). It stops before a given name, a title, a boundary word or punctuation.
 */

import type { RoleInfo } from './candidate.js';
import { type HeadInfo, lexiconFilters, type PersonLexicon } from './lexicon.js';
import type { Token, TokenizedSentence } from './tokens.js';
import { factOf, type HashedWord, wordFact } from './word-facts.js';
import { type HashFilter, wordHash } from './word-filter.js';
import {
  COMMAS,
  isDefinite,
  isGivenName,
  isPlaceAt,
  mayHoldWordOrRest,
  QUOTES,
  ROLE_PROCLITICS,
  stripProclitic,
  stripRoleProclitic,
} from './words.js';

/** A role phrase: its head and its complement, as token ranges. */
export interface RoleSegment {
  readonly first: number;
  /** Past the last token of the complement. */
  readonly last: number;
  readonly head: HeadInfo;
  /** `نظيره`. */
  readonly counterpart: boolean;
  /** Token indexes of the complement's content words. */
  readonly complement: readonly number[];
  /** Offices of heads chained after the first one (نائب رئيس → رئيس). */
  readonly chained: readonly string[];
  /** Token indexes where chained heads start (ولي العهد ^نائب رئيس مجلس الوزراء ^وزير الداخلية). */
  readonly chainAt: readonly number[];
}

/** Titles and roles before a name. */
export interface Prefix {
  /** First token of the phrase, and normalized characters of a proclitic to skip on it. */
  readonly first: number;
  readonly skip: number;
  /** Token range of the titles right before the name, if any. */
  readonly title: { readonly first: number; readonly last: number } | null;
  /** The first role of the phrase, if any. */
  readonly role: RoleSegment | null;
  /** The office a title word implies (الوزير → وزير). */
  readonly titleOffice: string | null;
  /** Token where the name would start. */
  readonly end: number;
}

const MAX_COMPLEMENT = 14;
type RoleWord = { readonly text: string; readonly skip: number } | null;
/** What one word can open, with a proclitic taken off when needed: a title, a role head, a counterpart. */
type RoleWords = { readonly title: RoleWord; readonly head: RoleWord; readonly counterpart: RoleWord };
type RoleWordKind = keyof RoleWords;

const ACCEPTS: Record<RoleWordKind, (lex: PersonLexicon, text: string) => boolean> = {
  title: (lex, text) => lex.titles.starts(text),
  head: (lex, text) => lex.heads.starts(text),
  counterpart: (lex, text) => lex.counterparts.has(text),
};

/**
 * False when neither the word nor its rest after a proclitic (لل and ولل read as ال) is among the
 * words a role can open with: the words readRoleWord() looks up.
 */
function mayOpenRole(filter: HashFilter, word: HashedWord): boolean {
  const text = word.text;
  if (mayHoldWordOrRest(filter, text, ROLE_PROCLITICS, wordHash, word.wordHash)) return true;
  // للرئيس، وللرئيس: the rest is read with ال (see stripRoleProclitic()).
  if (text.startsWith('لل') && filter.mayHold(wordHash(text, 2, 'ال'))) return true;
  return text.startsWith('ولل') && filter.mayHold(wordHash(text, 3, 'ال'));
}

/** What most words are: none of the three. */
const NO_ROLE_WORDS: RoleWords = { title: null, head: null, counterpart: null };

function readRoleWord(lex: PersonLexicon, kind: RoleWordKind, text: string): RoleWord {
  const accept = (word: string) => ACCEPTS[kind](lex, word);
  if (accept(text)) return { text, skip: 0 };
  if (isGivenName(lex, text)) return null;
  const split = stripRoleProclitic(text, accept);
  return split ? { text: split.rest, skip: split.prefix } : null;
}

/**
 * What a word can open as a role or title word (والأمير → الأمير), kept per word: a phrase may
 * start at any word, and each start is tried as a title, a head and a counterpart, with each
 * proclitic taken off.
 */
export const ROLE_WORDS = wordFact(
  (lex: PersonLexicon, text: string): RoleWords => {
    const title = readRoleWord(lex, 'title', text);
    const head = readRoleWord(lex, 'head', text);
    const counterpart = readRoleWord(lex, 'counterpart', text);
    return title || head || counterpart ? { title, head, counterpart } : NO_ROLE_WORDS;
  },
  { none: () => NO_ROLE_WORDS, mayHave: (lex, word) => mayOpenRole(lexiconFilters(lex).roleStarts, word) },
);

/** A role or title word at `i`, with a proclitic taken off when allowed and needed. */
function wordAt(
  lex: PersonLexicon,
  tokens: readonly Token[],
  i: number,
  allowProclitic: boolean,
  kind: RoleWordKind,
): RoleWord {
  const t = tokens[i];
  if (!t?.word) return null;
  if (allowProclitic) return factOf(lex, t, ROLE_WORDS)[kind];
  return ACCEPTS[kind](lex, t.text) ? { text: t.text, skip: 0 } : null;
}

function headAt(lex: PersonLexicon, tokens: readonly Token[], i: number, allowProclitic: boolean) {
  const w = wordAt(lex, tokens, i, allowProclitic, 'head');
  if (!w) return null;
  const match = lex.heads.match(tokens, i, w.text);
  if (!match) return null;
  if (match.value.chainOnly && !lex.heads.match(tokens, i + match.length)) return null;
  return { length: match.length, value: match.value, skip: w.skip };
}

function titleAt(lex: PersonLexicon, tokens: readonly Token[], i: number, allowProclitic: boolean) {
  const w = wordAt(lex, tokens, i, allowProclitic, 'title');
  if (!w) return null;
  const match = lex.titles.match(tokens, i, w.text);
  return match ? { length: match.length, value: match.value, skip: w.skip, text: w.text } : null;
}

function counterpartAt(lex: PersonLexicon, tokens: readonly Token[], i: number, allowProclitic: boolean) {
  return wordAt(lex, tokens, i, allowProclitic, 'counterpart');
}

/** A country word at `i`, or after a ب/ل/و proclitic (لروسيا، وقطر). */
export function countryAt(
  lex: PersonLexicon,
  tokens: readonly Token[],
  i: number,
): { length: number; code: string; adjective: boolean } | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const direct = lex.countries.match(tokens, i);
  if (direct) return { length: direct.length, ...direct.value };
  const split = stripProclitic(t.text, (rest) => lex.countries.match(tokens, i, rest) !== null, [
    'و',
    'ب',
    'ل',
    'وب',
    'ول',
  ]);
  if (!split) return null;
  const m = lex.countries.match(tokens, i, split.rest);
  return m ? { length: m.length, ...m.value } : null;
}

/** The length of a city or country at `i`, or after a ب/ل/و proclitic (بينبع), or 0. */
function placeAt(lex: PersonLexicon, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t?.word) return 0;
  if (isPlaceAt(lex, tokens, i)) return lex.places.match(tokens, i)?.length ?? 0;
  const split = stripProclitic(t.text, (rest) => isPlaceAt(lex, tokens, i, rest), ['ب', 'ل', 'وب', 'ول']);
  return split ? (lex.places.match(tokens, i, split.rest)?.length ?? 0) : 0;
}

/** A complement word that is a known word (a nisba, a complement noun, a frequent word), not a name. */
function isKnownComplement(lex: PersonLexicon, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (countryAt(lex, tokens, k)) return true;
  const bare = t.text.startsWith('ال') ? t.text.slice(2) : t.text;
  return (
    lex.ordinals.has(t.text) ||
    lex.complementNouns.has(t.text) ||
    lex.complementNouns.has(bare) ||
    lex.commonWords.has(t.text) ||
    lex.boundaries.has(t.text) ||
    lex.heads.starts(t.text) ||
    !t.text.startsWith('ال')
  );
}

/** A given name opens here (a name would start): given name, or compound given name. */
function givenNameAt(lex: PersonLexicon, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  if (isGivenName(lex, t.text)) return true;
  const next = tokens[i + 1];
  return next !== undefined && (t.text === 'عبد' || t.text === 'ابو') && isGivenName(lex, t.text + next.text);
}

/** Reads a role complement from `i`; returns its end and content tokens. */
function readComplement(
  lex: PersonLexicon,
  tokens: readonly Token[],
  i: number,
  counterpart: boolean,
  abroad: boolean,
): { end: number; content: number[]; chained: string[]; chainAt: number[] } {
  const content: number[] = [];
  const chained: string[] = [];
  const chainAt: number[] = [];
  let afterNisba = false;
  // After a city, or a country named as a body (في جمهورية الشيشان), only definite adjectives and
  // further offices go on: the words after are the sentence's (بجدة جاهزية اللجان).
  let afterPlace = false;
  let bodyCountry = false;
  let j = i;
  while (j < tokens.length && j - i < MAX_COMPLEMENT) {
    const t = tokens[j] as Token;
    if (!t.word) {
      // Quotes inside a complement: قائد «الجيش الوطني» الليبي.
      if (QUOTES.has(t.text) && tokens[j + 1]?.word && (content.length > 0 || !counterpart)) {
        j++;
        continue;
      }
      break;
    }
    const country = countryAt(lex, tokens, j);
    if (counterpart) {
      if (country?.adjective) {
        content.push(j);
        j += country.length;
        continue;
      }
      break;
    }
    // A given name that is also a nisba (تركي) opens a name before بن.
    if (country && isGivenName(lex, t.text) && lex.sons.has(tokens[j + country.length]?.text ?? '')) break;
    if (country) {
      for (let k = j; k < j + country.length; k++) content.push(k);
      j += country.length;
      afterNisba = country.adjective;
      afterPlace = bodyCountry;
      bodyCountry = false;
      continue;
    }
    // A city names where the office is: محافظ خميس مشيط، مدير التعليم بينبع (not after a nisba:
    // the role has its country, and the city is where it went, as in زار الوزير التركي بنغازي).
    const place = afterNisba ? 0 : placeAt(lex, tokens, j);
    if (place > 0) {
      for (let k = j; k < j + place; k++) content.push(k);
      j += place;
      afterNisba = false;
      afterPlace = true;
      continue;
    }
    if (afterPlace && !isDefinite(t.text) && !headAt(lex, tokens, j, false)) break;
    // A nisba closes a role: الرئيس التركي والجهود القطرية.
    if (afterNisba && t.text.startsWith('و')) break;
    afterNisba = false;
    const phrase = lex.complementPhrases.match(tokens, j);
    if (phrase) {
      for (let k = j; k < j + phrase.length; k++) content.push(k);
      j += phrase.length;
      continue;
    }
    if (titleAt(lex, tokens, j, false)) break;
    const head = headAt(lex, tokens, j, true);
    if (head && !head.value.descriptor) {
      chained.push(head.value.office);
      chainAt.push(j);
      j += head.length;
      continue;
    }
    // غير الشرعية, الغير شرعية: a negated adjective goes on the complement.
    if ((t.text === 'غير' || t.text === 'الغير') && tokens[j + 1]?.word && content.length > 0) {
      content.push(j, j + 1);
      j += 2;
      continue;
    }
    const preposition = lex.complementPrepositions.has(t.text) || (abroad && lex.abroadPrepositions.has(t.text));
    if (lex.complementStops.has(t.text) && !preposition) break;
    if (preposition) {
      const next = tokens[j + 1];
      if (!next?.word) break;
      // في + a country goes on for offices held abroad only: سفير أنقرة في قطر, not وزير الدفاع القطري في ليبيا.
      const nextCountry = countryAt(lex, tokens, j + 1);
      // …but a country named as a body goes on a role that names no country yet: رئيس البرلمان في
      // جمهورية الشيشان, وزير الداخلية في مملكة البحرين.
      const namedBody =
        nextCountry !== null &&
        !nextCountry.adjective &&
        lex.bodies.has(next.text) &&
        !content.some((k) => countryAt(lex, tokens, k) !== null);
      if (nextCountry && !abroad && !namedBody) break;
      bodyCountry = namedBody;
      // في + a body: وزير الداخلية في حكومة الوفاق (not وزير الخارجية في مؤتمر صحفي).
      if (nextCountry || lex.bodies.has(next.text)) {
        j++;
        continue;
      }
      break;
    }
    // باسم (on behalf of) is also a given name: المتحدث باسم الوزارة.
    if (
      lex.complementNouns.has(t.text) &&
      isGivenName(lex, t.text) &&
      tokens[j + 1]?.word &&
      isDefinite(tokens[j + 1]?.text ?? '')
    ) {
      content.push(j);
      j++;
      continue;
    }
    if (isGivenName(lex, t.text) || givenNameAt(lex, tokens, j)) break;
    if (t.tanween || lex.calendarWords.has(t.text) || lex.boundaries.has(t.text)) {
      // Adjectives such as العام or السابق are boundaries of names, not of roles.
      if (!isDefinite(t.text) || lex.complementStops.has(t.text) || lex.calendarWords.has(t.text)) break;
    }
    if (isDefinite(t.text)) {
      content.push(j);
      j++;
      continue;
    }
    // والإعلام, بحكومة, لشؤون, للقوات: glued to a conjunction or preposition.
    const glued = stripProclitic(
      t.text,
      (rest) => isDefinite(rest) || lex.complementNouns.has(rest) || rest.startsWith('ل'),
      ['و', 'ب', 'ل', 'وب', 'ول'],
    );
    const gluedOk =
      glued !== null &&
      !lex.titles.starts(glued.rest) &&
      !lex.heads.starts(glued.rest) &&
      !lex.delegations.has(glued.rest) &&
      // ل + word counts only as لل (ل + ال): للقوات, not لخلوصي.
      (!glued.rest.startsWith('ل') || glued.rest.startsWith('ال') || t.text.startsWith('لل'));
    if (gluedOk) {
      // A conjunction cannot open a complement: وزير والأمير.
      if (t.text.startsWith('و') && content.length === 0) break;
      content.push(j);
      j++;
      continue;
    }
    if (lex.complementNouns.has(t.text)) {
      content.push(j);
      j++;
      continue;
    }
    const next = tokens[j + 1];
    // An unknown word after a construct noun names it: منطقة عسير، شركة أرامكو.
    const before = tokens[j - 1];
    if (
      before &&
      (content.includes(j - 1) || j === i) &&
      lex.complementNouns.has(before.text) &&
      !isDefinite(t.text) &&
      !lex.boundaries.has(t.text)
    ) {
      content.push(j);
      j++;
      continue;
    }
    // An unknown word before a definite one is the first noun of a construct (حزب القوات).
    if (next?.word && isDefinite(next.text) && !lex.titles.starts(next.text) && !lex.boundaries.has(next.text)) {
      content.push(j);
      j++;
      continue;
    }
    // An unknown word before given name + بن is a place (محافظ بلجرشي سفر بن سويد).
    if (next?.word && isGivenName(lex, next.text) && lex.sons.has(tokens[j + 2]?.text ?? '') && content.length === 0) {
      content.push(j);
      j++;
      continue;
    }
    break;
  }
  return { end: j, content, chained, chainAt };
}

/**
 * Reads titles, roles and counterpart words from token `i`. Returns null when none starts there.
 *
 * @example
 * ```ts
 * // tokens of 'وقال وزير الدفاع التركي خلوصي أكار'
 * readPrefix(lex, sentence, 1) //=> { role: { first: 1, last: 4, head: { office: 'وزير' } }, title: null, end: 4 }
 * ```
 */
export function readPrefix(lex: PersonLexicon, sentence: TokenizedSentence, i: number): Prefix | null {
  const tokens = sentence.tokens;
  // A phrase opens with a title, a role head or a counterpart word; most words are none.
  const opening = tokens[i];
  if (!opening?.word || factOf(lex, opening, ROLE_WORDS) === NO_ROLE_WORDS) return null;
  let j = i;
  let skip = 0;
  let title: { first: number; last: number } | null = null;
  let role: RoleSegment | null = null;
  let titleOffice: string | null = null;
  let afterComma = false;

  for (let round = 0; round < 8 && j < tokens.length; round++) {
    const proclitic = j === i;
    const tt = titleAt(lex, tokens, j, proclitic);
    const hd = headAt(lex, tokens, j, proclitic);
    const cp = counterpartAt(lex, tokens, j, proclitic);
    // An office title followed by a complement is a role head: الرئيس التركي، السفير التركي في طرابلس.
    let asRole = hd !== null && (tt === null || hd.length > tt.length);
    if (hd && tt && !asRole && lex.officeTitles.has(tt.text)) {
      const comp = readComplement(lex, tokens, j + hd.length, false, hd.value.abroad);
      const first = comp.content[0];
      // الرئيس التركي، الرئيس التنفيذي: a role; الرئيس السيسي: a title and a name.
      asRole =
        (comp.content.length > 0 || comp.chained.length > 0) &&
        (first === undefined || isKnownComplement(lex, tokens, first));
    }
    if (tt && !asRole) {
      if (j === i) skip = tt.skip;
      if (title === null || title.last !== j) title = { first: j, last: j + tt.length };
      else title = { first: title.first, last: j + tt.length };
      titleOffice = lex.officeTitles.get(tt.text) ?? titleOffice;
      j += tt.length;
      afterComma = false;
      continue;
    }
    if (hd && asRole) {
      if (role !== null) break;
      if (hd.value.descriptor && title !== null) break;
      if (j === i) skip = hd.skip;
      const comp = readComplement(lex, tokens, j + hd.length, false, hd.value.abroad);
      role = {
        first: j,
        last: comp.end,
        head: hd.value,
        counterpart: false,
        complement: comp.content,
        chained: comp.chained,
        chainAt: comp.chainAt,
      };
      title = null;
      j = comp.end;
      afterComma = false;
    } else if (cp) {
      if (role !== null) break;
      if (j === i) skip = cp.skip;
      const comp = readComplement(lex, tokens, j + 1, true, false);
      role = {
        first: j,
        last: comp.end,
        head: { office: '', number: 1, chainOnly: false, abroad: false, descriptor: false },
        counterpart: true,
        complement: comp.content,
        chained: [],
        chainAt: [],
      };
      title = null;
      j = comp.end;
      afterComma = false;
    } else {
      break;
    }
    // A comma between a role and its name: رئيس المخابرات المصرية، الوزير عباس كامل.
    const t = tokens[j];
    if (t && COMMAS.has(t.text) && role !== null && !afterComma) {
      const after = j + 1;
      if (titleAt(lex, tokens, after, false) || givenNameAt(lex, tokens, after)) {
        j = after;
        afterComma = true;
      }
    }
  }
  if (j === i || (title === null && role === null)) return null;
  return { first: i, skip, title, role, titleOffice, end: j };
}

/** The content key of a complement word: proclitics and ال taken off. */
function contentKey(text: string): string {
  let w = text;
  if (w.startsWith('لل')) w = w.slice(2);
  else {
    const glued = stripProclitic(w, (rest) => rest.startsWith('ال'), ['و', 'ب', 'وب', 'ول']);
    if (glued) w = glued.rest;
  }
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  return w;
}

/**
 * The {@link RoleInfo} of a role segment: office, content words and countries.
 *
 * @example
 * ```ts
 * // وزير الدفاع القطري → { office: 'وزير', keys: ['دفاع'], countries: ['QA'] }
 * ```
 */
export function roleInfoOf(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  segment: RoleSegment,
  range: { readonly start: number; readonly end: number },
): RoleInfo {
  const tokens = sentence.tokens;
  const keys = new Set<string>();
  const countryOrder: string[] = [];
  let count: number | null = null;
  for (const office of segment.chained) keys.add(office);
  const seen = new Set<number>();
  for (const k of segment.complement) {
    if (seen.has(k)) continue;
    const country = countryAt(lex, tokens, k);
    if (country) {
      for (let m = k; m < k + country.length; m++) seen.add(m);
      if (!countryOrder.includes(country.code)) countryOrder.push(country.code);
      continue;
    }
    const t = tokens[k] as Token;
    const groupCount = lex.groupCounts.get(t.text);
    if (groupCount !== undefined) {
      count = groupCount;
      continue;
    }
    if (lex.functionWords.has(t.text)) continue;
    let key = contentKey(t.text);
    const glued = stripProclitic(key, (rest) => lex.complementNouns.has(rest), ['ب', 'ل', 'و']);
    if (glued) key = glued.rest;
    keys.add(key);
  }
  return {
    text: sentence.sentence.text.slice(range.start - sentence.sentence.start, range.end - sentence.sentence.start),
    office: segment.counterpart ? null : segment.head.office,
    number: segment.head.number,
    keys: [...keys],
    countries: [...countryOrder],
    countryOrder,
    counterpart: segment.counterpart,
    descriptor: segment.head.descriptor,
    count,
  };
}
