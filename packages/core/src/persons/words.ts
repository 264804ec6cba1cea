/**
 * Word classes of the persons stage: what a token is (a boundary, a possible name word, a
 * definite noun …), read from the {@link PersonLexicon} with proclitics (و ف ب ل) taken off.
 */
import translit from '../../data/translit.json';
import { memoByLexiconAndText, memoByText } from '../memo.js';
import { reusedBuffer, stringOf } from '../text/code-units.js';
import type { PersonLexicon } from './lexicon.js';
import type { Token } from './tokens.js';
import { factOf, type HashedWord, wordFact } from './word-facts.js';
import { EMPTY_HASH, type HashFilter, hashStep, wordHash } from './word-filter.js';

/** آل after normalize(): the family particle (آل سعود). */
export const FAMILY = 'ال';

/** Proclitics that can be glued to a word: conjunctions and prepositions. Longest first. */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'] as const;
/** Proclitics that join a following role or title (والأمير، ووزير، بالرئيس، لوزير). */
export const ROLE_PROCLITICS = ['وب', 'ول', 'و', 'ف', 'ب', 'ل'] as const;

/** Punctuation between the items of a name list: ARABIC COMMA, COMMA, ARABIC SEMICOLON, SEMICOLON. */
export const LIST_SEPARATORS: ReadonlySet<string> = new Set(['\u060C', ',', '\u061B', ';']);
/**
 * Quotes that may wrap part of a role complement (قائد «الجيش الوطني» الليبي): LEFT- and
 * RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK, QUOTATION MARK, LEFT and RIGHT DOUBLE QUOTATION
 * MARK, APOSTROPHE.
 */
export const QUOTES: ReadonlySet<string> = new Set(['\u00AB', '\u00BB', '"', '\u201C', '\u201D', "'"]);
/** ARABIC COMMA and COMMA. */
export const COMMAS: ReadonlySet<string> = new Set(['\u060C', ',']);

/** A definite noun or adjective: ال + a stem of three letters or more. */
export function isDefinite(text: string): boolean {
  return text.startsWith('ال') && text.length >= 5;
}

/** A token that is a given name, with or without ambiguity. */
export function isGivenName(lex: PersonLexicon, text: string): boolean {
  return lex.givenNames.has(text) || lex.ambiguousGivenNames.has(text);
}

/**
 * The proclitic forms of `text` whose rest passes `accept`: [prefix length, rest].
 *
 * @example
 * ```ts
 * stripProclitic('والنمروش', (rest) => rest === 'النمروش') //=> { prefix: 1, rest: 'النمروش' }
 * ```
 */
export function stripProclitic(
  text: string,
  accept: (rest: string) => boolean,
  proclitics: readonly string[] = PROCLITICS,
): { prefix: number; rest: string } | null {
  for (const p of proclitics) {
    if (!text.startsWith(p) || text.length - p.length < 2) continue;
    const rest = text.slice(p.length);
    if (accept(rest)) return { prefix: p.length, rest };
  }
  return null;
}

/** Proclitic split for role and title words: والأمير → الأمير, للرئيس → الرئيس (prefix 0: the ل is shared). */
export function stripRoleProclitic(
  text: string,
  accept: (rest: string) => boolean,
): { prefix: number; rest: string } | null {
  if (text.startsWith('لل') && text.length > 3) {
    const rest = `ال${text.slice(2)}`;
    if (accept(rest)) return { prefix: 0, rest };
  }
  if (text.startsWith('ولل') && text.length > 4) {
    const rest = `ال${text.slice(3)}`;
    if (accept(rest)) return { prefix: 1, rest };
  }
  return stripProclitic(text, accept, ROLE_PROCLITICS);
}

/** True when `text` is one word of a known class (not a name). */
function isKnownWord(lex: PersonLexicon, text: string): boolean {
  return (
    lex.boundaries.has(text) ||
    lex.commonWords.has(text) ||
    lex.titles.starts(text) ||
    lex.heads.starts(text) ||
    lex.countries.starts(text) ||
    lex.places.starts(text) ||
    lex.complementNouns.has(text) ||
    lex.institutions.has(text) ||
    lex.calendarWords.has(text)
  );
}

/**
 * A word glued to a proclitic whose rest is a known word or a definite noun (والأمير، بالرياض،
 * ووزير، وخالد): it starts a new phrase and cannot continue a name. A word that is itself a given
 * name (فيصل, not ف + يصل) is not split.
 */
export function isPrefixedWord(lex: PersonLexicon, text: string): boolean {
  if (isGivenName(lex, text)) return false;
  // للقوات: ل + ال with the alef dropped.
  if (text.startsWith('لل') || text.startsWith('ولل')) return true;
  return (
    // ك is left out: كيري is not ك + يري, nor كالين ك + الين.
    stripProclitic(
      text,
      (rest) => rest.startsWith('ال') || rest.startsWith('لل') || isGivenName(lex, rest) || isKnownWord(lex, rest),
      ['وب', 'ول', 'فب', 'فل', 'و', 'ف', 'ب', 'ل'],
    ) !== null
  );
}

const PRONOUN_SUFFIXES = ['هما', 'هم', 'ها', 'كم', 'نا', 'ه'] as const;

/** A noun with an attached pronoun (قواته، أغلبهم، مكتبه): not a name. */
export function isSuffixedNoun(lex: PersonLexicon, text: string): boolean {
  if (isGivenName(lex, text)) return false;
  if (/ات(?:ه|ها|هم|هما)$/u.test(text)) return true;
  for (const suffix of PRONOUN_SUFFIXES) {
    if (!text.endsWith(suffix) || text.length - suffix.length < 2) continue;
    const stem = text.slice(0, -suffix.length);
    // شبكته → شبكه (ة before a pronoun is written ت); وشبكته → شبكه.
    const stems = [stem, `${stem}ه`, stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : stem];
    const bare = stem.startsWith('و') || stem.startsWith('ب') || stem.startsWith('ل') ? stem.slice(1) : null;
    if (bare) stems.push(bare, bare.endsWith('ت') ? `${bare.slice(0, -1)}ه` : bare);
    if (stems.some((s) => isKnownWord(lex, s))) return true;
    if (suffix !== 'ه' && suffix !== 'ها' && suffix !== 'نا') return true;
  }
  return false;
}

/**
 * True when a city or country starts at `tokens[i]` (with `text` in place of its own): it ends a
 * name (`إبراهيم قالن بنغازي`). A one-word place that is also a given name is not one; a longer
 * place is (خميس مشيط).
 */
export function isPlaceAt(lex: PersonLexicon, tokens: readonly Token[], i: number, text?: string): boolean {
  const w = text ?? tokens[i]?.text ?? '';
  const match = lex.places.match(tokens, i, w);
  return match !== null && (match.length > 1 || !isGivenName(lex, w));
}

/** A time word starts at `i`, counting contextual ones (صباح اليوم). */
function isContextualTime(lex: PersonLexicon, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !lex.contextualTime.has(t.text)) return false;
  const next = tokens[i + 1];
  return next !== undefined && (lex.timeAfterContextual.has(next.text) || lex.calendarWords.has(next.text));
}

/** What a word alone tells of whether it can be a name word, as bits (see {@link boundaryBitsOf}). */
const BOUNDARY_WORD = 1;
const PREFIXED_WORD = 2;

/**
 * The tests of {@link isBoundaryAt} that read the word alone: {@link BOUNDARY_WORD} for a word
 * that is no name word wherever it stands (a boundary, common, calendar or complement word that
 * is no given name, an institution, a noun with a pronoun suffix), {@link PREFIXED_WORD} for a
 * known word behind a proclitic (see {@link isPrefixedWord}).
 */
function wordBoundaryBits(lex: PersonLexicon, w: string): number {
  const given = isGivenName(lex, w);
  const boundary =
    ((lex.boundaries.has(w) || lex.commonWords.has(w) || lex.calendarWords.has(w)) && !given) ||
    lex.complementNouns.has(w) ||
    lex.institutions.has(w) ||
    isSuffixedNoun(lex, w);
  return (boundary ? BOUNDARY_WORD : 0) | (isPrefixedWord(lex, w) ? PREFIXED_WORD : 0);
}

/**
 * {@link wordBoundaryBits}, kept per word: a name run asks them of every word it reads, more than
 * once. A token keeps its own word's (see `factOf`); a rest after a proclitic is looked up.
 */
const BOUNDARY_BITS = wordFact(wordBoundaryBits);
const boundaryBitsOf = memoByLexiconAndText(200_000, wordBoundaryBits);

/**
 * True when `tokens[i]` (with `text` in place of its own, when given) cannot be a name word:
 * punctuation, digits, Latin, boundaries, titles and roles, countries and nisba adjectives,
 * calendar words, tanween, prefixed or suffixed known words.
 *
 * @example
 * ```ts
 * // tokens of 'قال وزير الدفاع خلوصي أكار اجتماعاً'
 * isBoundaryAt(lex, tokens, 1) //=> true (a role head)
 * isBoundaryAt(lex, tokens, 3) //=> false (خلوصي)
 * isBoundaryAt(lex, tokens, 5) //=> true (tanween)
 * ```
 */
export function isBoundaryAt(lex: PersonLexicon, tokens: readonly Token[], i: number, text?: string): boolean {
  const t = tokens[i];
  if (!t?.word || !t.arabic) return true;
  const w = text ?? t.text;
  if (w.length < 2 || t.tanween) return true;
  if (w === 'علي' && t.maksura) return true;
  const bits = text === undefined ? factOf(lex, t, BOUNDARY_BITS) : boundaryBitsOf(lex, w);
  if (bits & BOUNDARY_WORD) return true;
  // A rest after a proclitic is not split again.
  if (text === undefined && bits & PREFIXED_WORD) return true;
  if (lex.titles.match(tokens, i, w)) return true;
  const head = lex.heads.match(tokens, i, w);
  if (head && !(head.value.chainOnly && !lex.heads.match(tokens, i + head.length))) return true;
  if (lex.countries.match(tokens, i, w) && !isGivenName(lex, w)) return true;
  if (isPlaceAt(lex, tokens, i, w)) return true;
  return isContextualTime(lex, tokens, i);
}

/** nameKey()'s letter folds of `data/translit.json`, for one normalized word. */
const SKELETON_FOLDS: ReadonlyMap<string, string> = new Map([
  ...translit.nameKey.hamza.map.map(([from, to]) => [from as string, to as string] as const),
  ...translit.nameKey.hamza.remove.map(([from]) => [from as string, ''] as const),
  ...translit.nameKey.classes.flatMap((c) => c.letters.map((letter) => [letter, c.key] as const)),
]);
const SKELETON_VOWELS: ReadonlySet<string> = new Set(translit.nameKey.longVowels.map(([letter]) => letter as string));

/** The look-alike letters and hamza seats of `translit.json` folded (ق → ك, ص → س, ؤ → و …). */
function foldLookAlike(word: string): string {
  let out = '';
  for (const ch of word) out += SKELETON_FOLDS.get(ch) ?? ch;
  return out;
}

/**
 * True when two normalized words are spellings of one name word: equal once look-alike letters
 * are folded, or but for one long vowel inside (قالن / كالين, كوكسو / كوكصو). Stricter than
 * nameKey(), which drops every long vowel and so makes سياسي a spelling of سيسي: a definite nisba
 * (السياسي) must match exactly.
 *
 * @example
 * ```ts
 * sameNameWord('كالين', 'قالن') //=> true
 * sameNameWord('السياسي', 'السيسي') //=> false
 * ```
 */
export function sameNameWord(a: string, b: string, vowels = true): boolean {
  if (a === b) return true;
  const nisba = (w: string) => w.startsWith('ال') && (w.endsWith('ي') || w.endsWith('يه'));
  if (nisba(a) || nisba(b)) return false;
  const fa = foldLookAlike(a);
  const fb = foldLookAlike(b);
  if (fa === fb) return true;
  if (!vowels || Math.abs(fa.length - fb.length) !== 1) return false;
  const [long, short] = fa.length > fb.length ? [fa, fb] : [fb, fa];
  // Three letters are too few to tell a spelling from another word (مدى / مودي).
  if (short.length < 4) return false;
  for (let i = 1; i < long.length; i++) {
    if (!SKELETON_VOWELS.has(long[i] as string)) continue;
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}

/**
 * A word shaped like a verb or a verbal noun, which a name word after the first rarely is:
 * يفعل (يشغل، يوضح), يتفعل (يتطلع), يفعلون, استفعل (استهل), تفعيل (تأكيد).
 *
 * @example
 * ```ts
 * looksLikeVerb('يوضح') //=> true
 * looksLikeVerb('تشالك') //=> false
 * ```
 */
export function looksLikeVerb(text: string): boolean {
  const n = text.length;
  if (text.startsWith('ي') && n === 4) return true;
  if ((text.startsWith('يت') || text.startsWith('تت')) && n >= 5) return true;
  if ((text.startsWith('ي') || text.startsWith('ت')) && text.endsWith('ون') && n >= 5) return true;
  if (text.startsWith('است') && n >= 5) return true;
  if (text.startsWith('ت') && n === 5 && text[3] === 'ي') return true;
  // تفاعل (تخالف), but not foreign تش، تس (تشالك).
  return text.startsWith('ت') && n === 5 && text[1] !== 'ش' && text[1] !== 'س' && text[2] === 'ا';
}

/**
 * The consonant skeleton of one normalized word, as nameKey() computes it for a word alone (the
 * first letter, or the stem's after ال, is kept; later ا و ي go; look-alike letters fold), but
 * without nameKey()'s normalizing and title stripping: cheap enough to look up every word of a
 * text (and cached: news repeats its words). `wordSkeleton('كالين') === wordSkeleton('قالن')`.
 *
 * @example
 * ```ts
 * wordSkeleton('كالين') === wordSkeleton('قالن') //=> true ('كلن')
 * ```
 */
export const wordSkeleton: (word: string) => string = memoByText(100_000, (word) => {
  const out = skeletonBuffer(word.length);
  // Only the code units of the word are written, lone surrogates included: kept as they are.
  return stringOf(out, writeSkeleton(word, 0, word.length, out), true);
});

/**
 * True when `filter` may hold `hash(word, 0)`, or `hash(word, p.length)` for a proclitic `p` the
 * word starts with: a word whose rests after the proclitics it does not start with are never
 * looked up is not hashed for them either. `whole` is `hash(word, 0)` when the caller has it (a
 * token keeps its word's hashes).
 *
 * @example
 * ```ts
 * mayHoldWordOrRest(filter, 'وخالد', ['و'], wordHash) // hashes وخالد and خالد
 * ```
 */
export function mayHoldWordOrRest(
  filter: HashFilter,
  word: string,
  proclitics: readonly string[],
  hash: (word: string, from: number) => number,
  whole: number = hash(word, 0),
): boolean {
  if (filter.mayHold(whole)) return true;
  for (let k = 0; k < proclitics.length; k++) {
    const p = proclitics[k] as string;
    if (word.startsWith(p) && filter.mayHold(hash(word, p.length))) return true;
  }
  return false;
}

/** Every letter the skeleton folds or drops is in the Arabic block, U+0600–U+06FF. */
const ARABIC_BLOCK = 0x0600;
/** Marks of a code unit of the Arabic block in a skeleton. */
const DROPPED = 1;
const VOWEL = 2;
const ALEF_CODE = 0x0627;
const LAM_CODE = 0x0644;
/**
 * For each code unit of the Arabic block: what it becomes in a skeleton (itself, another letter)
 * and whether it is dropped or is then a long vowel; small enough to stay in the processor's cache.
 */
let skeletonTable: { codes: Uint16Array; marks: Uint8Array } | null = null;

function skeletonCodeTable(): { codes: Uint16Array; marks: Uint8Array } {
  if (skeletonTable) return skeletonTable;
  const codes = new Uint16Array(256).map((_, i) => ARABIC_BLOCK + i);
  const marks = new Uint8Array(256);
  for (const [from, to] of SKELETON_FOLDS) {
    const at = from.charCodeAt(0) - ARABIC_BLOCK;
    if (to.length === 0) marks[at] = DROPPED;
    else codes[at] = to.charCodeAt(0);
  }
  for (let at = 0; at < 256; at++) {
    if (marks[at] !== DROPPED && SKELETON_VOWELS.has(String.fromCharCode(codes[at] as number))) marks[at] = VOWEL;
  }
  skeletonTable = { codes, marks };
  return skeletonTable;
}

/**
 * `wordHash(wordSkeleton(word.slice(from, end)))`, made without either string: the cheap first
 * test of whether a word, or its rest after a proclitic, may be a name the article or the
 * gazetteer holds. With `seed`, the hash goes on from there (the hash of the words before and a
 * space); with `end`, `word` may be a longer text that holds the word.
 *
 * @example
 * ```ts
 * skeletonHash('وقالن', 1) === wordHash(wordSkeleton('كالين')) //=> true
 * ```
 */
export function skeletonHash(word: string, from = 0, seed = EMPTY_HASH, end = word.length): number {
  const out = skeletonBuffer(end - from);
  const length = writeSkeleton(word, from, end, out);
  let hash = seed;
  for (let k = 0; k < length; k++) hash = hashStep(hash, out[k] as number);
  // Signed, as wordHash() gives them.
  return hash | 0;
}

/**
 * `text` with its hashes, for a word that is no token.
 *
 * @example
 * ```ts
 * GIVEN_NAME_START.mayHave?.(lex, hashedWord('وخالد')) //=> true
 * ```
 */
export function hashedWord(text: string): HashedWord {
  return { text, wordHash: wordHash(text), skeletonHash: skeletonHash(text) };
}

/** The skeleton of the word in progress, for {@link wordSkeleton} and {@link skeletonHash}. */
const skeletonBuffer = reusedBuffer(Uint16Array);

/**
 * Writes the code units of the skeleton of `word.slice(from, end)` into `out` and gives how many: the
 * first letter (the stem's after ال) is kept, later long vowels go, look-alike letters fold.
 */
function writeSkeleton(word: string, from: number, end: number, out: Uint16Array): number {
  const { codes, marks } = skeletonCodeTable();
  const length = end - from;
  const stem = length > 2 && word.charCodeAt(from) === ALEF_CODE && word.charCodeAt(from + 1) === LAM_CODE ? 2 : 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = word.charCodeAt(from + i);
    const at = code - ARABIC_BLOCK;
    if (at < 0 || at > 255) {
      // Outside the Arabic block a letter is kept as it is, and is no vowel.
      out[n++] = code;
      continue;
    }
    const mark = marks[at] as number;
    if (mark === DROPPED || (i > stem && mark === VOWEL)) continue;
    out[n++] = codes[at] as number;
  }
  return n;
}
