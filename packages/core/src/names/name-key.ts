import translit from '../../data/translit.json';
import { LiqaError } from '../errors.js';
import { ARABIC_LETTER_CLASS, TATWEEL } from '../text/charsets.js';
import { normalize, normalizedText } from '../text/normalize.js';
import { mayOpenWithTitle, stripFoldedTitles } from './strip-titles.js';

/**
 * Letter folds of `data/translit.json` (`nameKey`): hamza seats (ؤ → و, ئ → ي, ء → removed),
 * applied before particles are read.
 */
const HAMZA_FOLDS: ReadonlyMap<string, string> = new Map([
  ...translit.nameKey.hamza.map.map(([from, to]) => [from as string, to as string] as const),
  ...translit.nameKey.hamza.remove.map(([from]) => [from as string, ''] as const),
]);

/** Look-alike consonant classes of `data/translit.json` (`nameKey.classes`): letter → class letter. */
const CONSONANT_CLASSES: ReadonlyMap<string, string> = new Map(
  translit.nameKey.classes.flatMap((c) => c.letters.map((letter) => [letter, c.key] as const)),
);

/** ا و ي: dropped inside a token, where they are long vowels spelled at will (قالن / كالين). */
const LONG_VOWELS: ReadonlySet<string> = new Set(translit.nameKey.longVowels.map(([letter]) => letter as string));

/** Particles are matched as normalize() leaves them (ابو, not أبو). */
const norm = (word: string): string => normalizedText(word);

/** ابن → بن, ibn → bin. */
const SON_FORMS: ReadonlyMap<string, string> = new Map(
  translit.particles.son.map(([from, to]) => [norm(from as string), norm(to as string)] as const),
);

/** عبد, ابو (ابي, ابا): joined with the word after them. */
const HEADS: ReadonlyMap<string, string> = new Map(
  translit.particles.heads.arabic.map(([from, to]) => [norm(from as string), norm(to as string)] as const),
);

/** الله, الدين, and Turkish اوغلو: joined with the word before them. */
const TAILS: ReadonlySet<string> = new Set(
  [...translit.particles.tails.arabic, ...translit.particles.suffixes.arabic].map(norm),
);

/** The Arabic article ال; a token that is only `ال` is آل (family), folded by normalize(). */
const ARTICLE = translit.particles.article.arabic;

/** ı (LATIN SMALL LETTER DOTLESS I), which has no decomposition to i. */
const DOTLESS_I = '\u0131';

// Compiled once. None has a nested quantifier.
const MARKS = new RegExp(`[\\p{M}${TATWEEL}]`, 'gu');
const APOSTROPHES = /['\u2018\u2019\u02BC\u02BE\u02BF`]/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const HAMZA = new RegExp(`[${[...HAMZA_FOLDS.keys()].join('')}]`, 'gu');
const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTER_CLASS}]`, 'u');

/** Lowercases, removes marks and tatweel, folds hamza seats, and splits into word tokens. */
function tokenize(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replaceAll(DOTLESS_I, 'i')
    .replace(HAMZA, (ch) => HAMZA_FOLDS.get(ch) ?? ch)
    .replace(APOSTROPHES, '')
    .replace(NOT_WORD, ' ')
    .trim();
  return folded.length === 0 ? [] : folded.split(' ');
}

/** Folds ابن to بن and joins heads (عبد الله) and tails (نصر الله, نور الدين) with their neighbour. */
function joinParticles(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as string;
    token = SON_FORMS.get(token) ?? token;
    const head = HEADS.get(token);
    const next = tokens[i + 1];
    if (head !== undefined && next !== undefined) {
      out.push(head + next);
      i++;
    } else if (TAILS.has(token) && out.length > 0) {
      out[out.length - 1] += token;
    } else {
      out.push(token);
    }
  }
  return out;
}

/**
 * True when the normalized word `word` is keyed by {@link nameKey} on its own, in any name:
 * only basic Arabic letters in their normalized spelling and without a hamza (ء, ؤ, ئ are folded
 * or dropped first, which moves the first letter), and not a particle that is joined to a neighbour or changed (عبد، ابو، الله، ابن)
 * nor آل. Then the key of such words joined by spaces is their keys joined by spaces, when the
 * first cannot open a title ({@link isPlainNameStart}).
 *
 * @example
 * ```ts
 * isPlainNameWord('كالين') //=> true
 * isPlainNameWord('عبد') //=> false (joined with the next word)
 * ```
 */
export function isPlainNameWord(word: string): boolean {
  if (word.length === 0 || word === ARTICLE) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    // ا–غ and ف–ي: the basic letters, without ء آ أ ؤ إ ئ and tatweel, and without ة and ى,
    // which normalize() folds.
    if (!((code >= 0x0627 && code <= 0x063a) || (code >= 0x0641 && code <= 0x064a))) return false;
    if (code === 0x0629 || code === 0x0649) return false;
  }
  return !HEADS.has(word) && !TAILS.has(word) && !SON_FORMS.has(word);
}

/** True when a name may start with the plain word `word` and keep it: no title starts with it. */
export function isPlainNameStart(word: string): boolean {
  return isPlainNameWord(word) && !mayOpenWithTitle(word);
}

/**
 * The key {@link nameKey} gives the normalized word `word` inside a name (a title is dropped
 * only where it opens one): null when it is a particle that is joined to a neighbour or changed
 * (عبد، ابو، الله، ابن), and so has no key of its own, or when nothing of it is keyed.
 *
 * @example
 * ```ts
 * nameWordKey('الرئيس') //=> 'الرس'
 * nameWordKey('عبد') //=> null
 * ```
 */
export function nameWordKey(word: string): string | null {
  const tokens = tokenize(normalizedText(word));
  if (tokens.length === 0 || tokens.some((t) => SON_FORMS.has(t) || HEADS.has(t) || TAILS.has(t))) return null;
  return tokens.map(skeleton).join(' ');
}

/**
 * {@link nameKey} of normalized words (letter runs, or runs joined by a hyphen) joined by spaces,
 * from the keys of the words one by one, which a caller may keep: null when that does not give
 * it, because a title may open the name or a particle (عبد، الله) joins two words.
 *
 * @example
 * ```ts
 * nameKeyOfWords(['جاء', 'بناء']) === nameKey('جاء بناء') //=> true
 * nameKeyOfWords(['عبد', 'الله']) //=> null
 * ```
 */
export function nameKeyOfWords(
  words: readonly string[],
  wordKey: (word: string) => string | null = nameWordKey,
): string | null {
  const first = words[0];
  // A title may be cut off at a hyphen (د-محمد), and mayOpenWithTitle() reads whole words.
  if (first === undefined || first.includes('-') || mayOpenWithTitle(first)) return null;
  const keys: string[] = [];
  for (const word of words) {
    const key = wordKey(word);
    if (key === null) return null;
    keys.push(key);
  }
  return keys.join(' ');
}

/**
 * The consonant skeleton of one Arabic token: its first letter (after the article ال, the stem's
 * first letter) is kept whatever it is, later ا و ي are dropped, and look-alike consonants fold
 * to their class. Latin and other tokens are returned as they are.
 */
function skeleton(token: string): string {
  if (!ARABIC_LETTER.test(token)) return token;
  const stem = token.startsWith(ARTICLE) && token.length > ARTICLE.length ? ARTICLE.length : 0;
  let out = token.slice(0, stem + 1);
  for (let i = stem + 1; i < token.length; i++) {
    const ch = token[i] as string;
    if (!LONG_VOWELS.has(ch)) out += ch;
  }
  let key = '';
  for (const ch of out) key += CONSONANT_CLASSES.get(ch) ?? ch;
  return key;
}

/**
 * One key shared by the spelling variants of a person's name (rule `names/name-key`), for
 * grouping mentions of the same person across articles.
 *
 * In order: titles are dropped ({@link stripTitles}); the text is {@link normalize}d (all folds);
 * marks, tatweel and punctuation go, Latin is lowercased without accents; hamza seats fold
 * (ؤ → و, ئ → ي, ء → removed); ابن becomes بن; `عبد` and `ابو` join the next word and `الله`,
 * `الدين`, `اوغلو` the previous one (عبد الله = عبدالله); in each Arabic token the long vowels
 * ا و ي after the first letter (after ال, the stem's first letter) are dropped; and look-alike
 * consonants of transliteration fold to one letter: ق ك گ → ك, ص س → س, ط ت → ت, ظ ذ ض ز → ز
 * (the reasons are in `data/translit.json`). `آل` stays a word of its own. Tokens are joined by
 * one space. Roles are not titles: `وزير الدفاع خلوصي أكار` keeps `وزير الدفاع`.
 *
 * Different people can share a key (it is a blocking key, not an identity); check candidates
 * with more context before merging.
 *
 * @throws {LiqaError} `invalid_input` when `name` is not a string; any string is accepted, and
 * empty or blank text gives `''`.
 *
 * @example
 * ```ts
 * nameKey('إبراهيم قالن') === nameKey('ابراهيم كالين') //=> true
 * nameKey('الدكتور مصطفى كوكسو') //=> 'مستف ككس'
 * nameKey('عبد الفتاح السيسي') //=> 'عبدلفتح السس'
 * ```
 */
export function nameKey(name: string): string {
  if (typeof name !== 'string') {
    throw new LiqaError('invalid_input', `nameKey: expected a string, got ${name === null ? 'null' : typeof name}`);
  }
  const rest = stripFoldedTitles(normalizedText(name));
  if (rest.length === 0) return '';
  return joinParticles(tokenize(rest)).map(skeleton).join(' ');
}
