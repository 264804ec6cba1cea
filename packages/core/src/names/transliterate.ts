import translit from '../../data/translit.json';
import { LiqaError } from '../errors.js';
import { alternation, WORD_START } from '../lexicon/pattern.js';
import { ARABIC_LETTER_CLASS, TATWEEL } from '../text/charsets.js';
import { normalize, normalizedText } from '../text/normalize.js';
import { stripTitles } from './strip-titles.js';

// ---------------------------------------------------------------------------------------------
// transliterate(): tables of data/translit.json (`transliteration`)
// ---------------------------------------------------------------------------------------------

const T = translit.transliteration;

/** Arabic letter → Latin, anywhere in a word. */
const LETTERS: ReadonlyMap<string, string> = new Map(T.letters.map(([from, to]) => [from as string, to as string]));
/** Arabic letter → Latin at the start of a word or stem (إ → i, ع → a). */
const INITIALS: ReadonlyMap<string, string> = new Map(T.initial.map(([from, to]) => [from as string, to as string]));
/** Two letters opening a word that read as one vowel (إي → i, أو → u). */
const INITIAL_PAIRS: ReadonlyMap<string, string> = new Map(
  T.initialPairs.map(([from, to]) => [from as string, to as string]),
);
/** و and ي: [consonant, vowel] renderings. */
const GLIDES: ReadonlyMap<string, readonly [string, string]> = new Map(
  T.glides.map(([letter, consonant, vowel]) => [letter as string, [consonant as string, vowel as string]] as const),
);
/** Fatha, damma, kasra → a, u, i. */
const HARAKAT: ReadonlyMap<string, string> = new Map(T.harakat.map(([mark, to]) => [mark as string, to as string]));
/** The long-vowel letter that makes a haraka redundant (فَا is fa, not faa). */
const HARAKA_LETTER: ReadonlyMap<string, string> = new Map([
  ['\u064E', 'ا'], // ARABIC FATHA before ALEF
  ['\u064F', 'و'], // ARABIC DAMMA before WAW
  ['\u0650', 'ي'], // ARABIC KASRA before YEH
]);
/** ARABIC SHADDA, which doubles the consonant it sits on. */
const SHADDA = T.shadda[0] as string;
/** Whole words with a fixed rendering (الله → Allah, بن → bin), keyed by their normalized form. */
const WORDS: ReadonlyMap<string, string> = new Map(
  T.words.map(([word, to]) => [normalizedText(word as string), to as string]),
);
/** Letters rendered as vowels, after which و and ي are consonants. */
const VOWEL_RENDERINGS: ReadonlySet<string> = new Set(['a', 'i', 'u']);
const [ARTICLE_AR, ARTICLE_LATIN] = T.article as [string, string, string];
/** Arabic punctuation that has a Latin counterpart. */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['\u060C', ','], // ARABIC COMMA
  ['\u061B', ';'], // ARABIC SEMICOLON
  ['\u061F', '?'], // ARABIC QUESTION MARK
  ['\u066A', '%'], // ARABIC PERCENT SIGN
]);

const ARABIC_LETTER = new RegExp(`[${ARABIC_LETTER_CLASS}]`, 'u');
const MARK = /\p{M}/u;
const ALL_MARKS = /\p{M}/gu;
const WHITESPACE_SPLIT = /(\s+)/u;
/** `عبدال…` written as one word: split as عبد + ال… so the article is rendered (Abd Al-Fttah). */
const ABD_ARTICLE = new RegExp(`${WORD_START}(عبد)(?=${ARTICLE_AR}[${ARABIC_LETTER_CLASS}])`, 'gu');

/** Upper-cases the first Latin letter, and the first one after a hyphen (Al-Sisi). */
function capitalise(word: string): string {
  return word.replace(
    /(^|-)([^a-z]*)([a-z])/g,
    (_m, pre: string, skip: string, ch: string) => pre + skip + ch.toUpperCase(),
  );
}

/** Renders a run of Arabic letters and marks that forms one word or stem. */
function renderStem(stem: string): string {
  const pieces: string[] = [];
  // Index in `pieces` just after the last consonant, so a shadda after a haraka doubles the consonant.
  let afterConsonant = -1;
  let lastConsonant = '';
  let afterVowel = false;
  let atStart = true;
  for (let i = 0; i < stem.length; i++) {
    const ch = stem[i] as string;
    if (ch === SHADDA) {
      if (lastConsonant !== '' && afterConsonant >= 0) {
        pieces.splice(afterConsonant, 0, lastConsonant);
        afterConsonant++;
      }
      continue;
    }
    const haraka = HARAKAT.get(ch);
    if (haraka !== undefined) {
      let j = i + 1;
      while (j < stem.length && MARK.test(stem[j] as string)) j++;
      if (stem[j] !== HARAKA_LETTER.get(ch)) {
        pieces.push(haraka);
        afterVowel = true;
      }
      continue;
    }
    if (MARK.test(ch)) continue;
    const pair = atStart ? INITIAL_PAIRS.get(stem.slice(i, i + 2)) : undefined;
    if (pair !== undefined) {
      pieces.push(pair);
      afterConsonant = pieces.length;
      lastConsonant = '';
      afterVowel = true;
      atStart = false;
      i++;
      continue;
    }
    const glide = GLIDES.get(ch);
    let out: string;
    if (glide !== undefined) {
      const asVowel: boolean = !atStart && !afterVowel;
      out = asVowel ? glide[1] : glide[0];
      afterVowel = asVowel;
      // A doubled glide is a consonant again (عطيّة = Atiyya).
      lastConsonant = glide[0];
    } else {
      out = (atStart ? INITIALS.get(ch) : undefined) ?? LETTERS.get(ch) ?? PUNCTUATION.get(ch) ?? ch;
      afterVowel = VOWEL_RENDERINGS.has(out);
      lastConsonant = afterVowel ? '' : out;
    }
    pieces.push(out);
    afterConsonant = pieces.length;
    atStart = false;
  }
  return pieces.join('');
}

/** Renders one whitespace-free Arabic word. */
function renderWord(word: string): string {
  const bare = normalizedText(word);
  const fixed = WORDS.get(bare);
  if (fixed !== undefined) return fixed;
  const letters = word.replace(ALL_MARKS, '');
  if (letters.startsWith(ARTICLE_AR) && bare.length > ARTICLE_AR.length && ARABIC_LETTER.test(bare.slice(2))) {
    // Skip the article's two letters and any marks on them.
    let i = 0;
    let seen = 0;
    while (i < word.length && seen < ARTICLE_AR.length) {
      if (!MARK.test(word[i] as string)) seen++;
      i++;
    }
    while (i < word.length && MARK.test(word[i] as string)) i++;
    return capitalise(ARTICLE_LATIN.toLowerCase() + renderStem(word.slice(i)));
  }
  return capitalise(renderStem(word));
}

/**
 * A readable Latin rendering of an Arabic-script name (rule `names/transliterate`), from the table
 * of `data/translit.json`: خ → kh, ش → sh, غ → gh, ع → ' inside a word and a at its start, و/ي →
 * u/i after a consonant and w/y elsewhere, ة/ى → a, the article as `Al-`, and fixed words (بن →
 * bin, آل → Al, الله → Allah). Short vowels appear only when the text has harakat, and shadda
 * doubles its consonant. Each word is capitalised. Text with no Arabic letter is returned as is.
 *
 * @throws {LiqaError} `invalid_input` when `arabic` is not a string.
 *
 * @example
 * ```ts
 * transliterate('خلوصي أكار') //=> 'Khlusi Akar'
 * transliterate('خالد بن محمد العطية') //=> 'Khald bin Mhmd Al-Atia'
 * transliterate('Hulusi Akar') //=> 'Hulusi Akar'
 * ```
 */
export function transliterate(arabic: string): string {
  if (typeof arabic !== 'string') {
    throw new LiqaError(
      'invalid_input',
      `transliterate: expected a string, got ${arabic === null ? 'null' : typeof arabic}`,
    );
  }
  const normalized = normalize(arabic, { alef: false, alefMaksura: false, tehMarbuta: false, diacritics: false }).text;
  if (!ARABIC_LETTER.test(normalized)) return arabic;
  const text = normalized.replaceAll(TATWEEL, '').replace(ABD_ARTICLE, '$1 ');
  return text
    .split(WHITESPACE_SPLIT)
    .map((part) => (ARABIC_LETTER.test(part) ? renderWord(part) : part.replace(/./gu, (c) => PUNCTUATION.get(c) ?? c)))
    .join('')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// latinKey(): classes of data/translit.json (`latinKey`, `particles`)
// ---------------------------------------------------------------------------------------------

const K = translit.latinKey;
const P = translit.particles;

/** Arabic letter → class symbols (one Latin letter each; ث gives `th`). */
const ARABIC_CLASSES: ReadonlyMap<string, string> = new Map(
  K.classes.flatMap((c) => c.arabic.map((letter) => [letter, c.key] as const)),
);
/** Latin letter or digraph → class symbols. */
const LATIN_CLASSES: ReadonlyMap<string, string> = new Map(
  K.classes.flatMap((c) => c.latin.map((spelling) => [spelling, c.key] as const)),
);
/** Longest Latin spelling in the table, for greedy digraph matching. */
const LONGEST_LATIN = Math.max(...[...LATIN_CLASSES.keys()].map((s) => s.length));
/** Turkish and scholarly letters → plain spelling, before accents are removed (ş → sh, ğ → gh). */
const LATIN_LETTERS: ReadonlyMap<string, string> = new Map(
  K.latinLetters.map(([from, to]) => [from as string, to as string]),
);
/** Classes that count only as a token's first sound: vowels, w, y. */
const WEAK: ReadonlySet<string> = new Set(K.weak);
/** Symbols dropped at the end of a token (h). */
const END_DROP: ReadonlySet<string> = new Set(K.tokenEnd.drop.map(([symbol]) => symbol as string));
/** Symbols folded at the end of a token (d → t). */
const END_FOLD: ReadonlyMap<string, string> = new Map(
  K.tokenEnd.fold.map(([from, to]) => [from as string, to as string]),
);

const norm = (word: string): string => normalizedText(word);
const LATIN_SON: ReadonlyMap<string, string> = new Map(P.son.map(([from, to]) => [norm(from as string), to as string]));
const ARABIC_HEADS: ReadonlyMap<string, string> = new Map(
  P.heads.arabic.map(([from, to]) => [norm(from as string), norm(to as string)]),
);
const LATIN_HEADS: ReadonlyMap<string, string> = new Map(
  P.heads.latin.map(([from, to]) => [from as string, to as string]),
);
/** Latin heads, longest first, for heads written joined (Abdullah = abdul + lah). */
const LATIN_HEAD_PREFIXES: readonly string[] = [...LATIN_HEADS.keys()].sort((a, b) => b.length - a.length);
const ARABIC_TAILS: readonly string[] = P.tails.arabic.map(norm);
const ARABIC_SUFFIXES: ReadonlySet<string> = new Set(P.suffixes.arabic.map(norm));
const LATIN_TAILS: ReadonlyMap<string, string> = new Map(
  P.tails.latin.map(([from, to]) => [from as string, to as string]),
);
const ARTICLE = P.article.arabic;
const LATIN_ARTICLE_WORDS: ReadonlySet<string> = new Set(P.article.latinWords);

// Compiled once. None has a nested quantifier.
const LATIN_SPECIALS = new RegExp(`[${[...LATIN_LETTERS.keys()].join('')}]`, 'gu');
const MARKS_AND_TATWEEL = new RegExp(`[\\p{M}${TATWEEL}]`, 'gu');
/** `al-`, `as-`, `ud-` … glued by a hyphen to the next Latin word. */
const LATIN_ARTICLE_HYPHEN = new RegExp(`${WORD_START}${alternation(P.article.latinHyphenated)}-(?=\\p{L})`, 'gu');
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** Drops the article from the front of an Arabic word that has more after it. */
function dropArticle(word: string): string {
  return word.startsWith(ARTICLE) && word.length > ARTICLE.length + 1 ? word.slice(ARTICLE.length) : word;
}

/** Splits an Arabic compound written as one word (عبدالله, نورالدين) into its parts. */
function splitArabicCompound(word: string): string[] {
  for (const [head] of ARABIC_HEADS) {
    if (word.length > head.length + ARTICLE.length && word.startsWith(head + ARTICLE)) {
      return [head, word.slice(head.length)];
    }
  }
  for (const tail of ARABIC_TAILS) {
    if (word.length > tail.length && word.endsWith(tail)) return [word.slice(0, -tail.length), tail];
  }
  return [word];
}

/** Splits a Latin head written joined (abdullah → abdul + lah), keeping the rest. */
function splitLatinHead(word: string): string[] {
  if (LATIN_HEADS.has(word)) return [word];
  for (const head of LATIN_HEAD_PREFIXES) {
    if (word.length > head.length && word.startsWith(head)) return [head, word.slice(head.length)];
  }
  return [word];
}

/**
 * Reads particles: drops articles, folds ibn/ابن to bin/بن, and joins heads (عبد, ابو, abd, abu)
 * with the next word and tails (الله, الدين, allah, din, اوغلو) with the previous one, without the
 * article between them, as Latin spellings assimilate or leave it out.
 */
function readParticles(words: readonly string[]): string[] {
  const arabic = (w: string) => ARABIC_LETTER.test(w);
  const split = words.flatMap((w) => (arabic(w) ? splitArabicCompound(w) : splitLatinHead(w)));
  const tokens = split.filter((w) => w !== ARTICLE && !LATIN_ARTICLE_WORDS.has(w));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i] as string;
    const son = LATIN_SON.get(word);
    if (son !== undefined) {
      out.push(son);
      continue;
    }
    const next = tokens[i + 1];
    const head = arabic(word) ? ARABIC_HEADS.get(word) : LATIN_HEADS.get(word);
    if (head !== undefined && next !== undefined) {
      const rest = arabic(next) ? dropArticle(next) : (LATIN_TAILS.get(next) ?? next);
      out.push(head + rest);
      i++;
      continue;
    }
    const tail = arabic(word)
      ? ARABIC_TAILS.includes(word)
        ? dropArticle(word)
        : ARABIC_SUFFIXES.has(word)
          ? word
          : undefined
      : LATIN_TAILS.get(word);
    if (tail !== undefined && out.length > 0) {
      out[out.length - 1] += tail;
      continue;
    }
    out.push(arabic(word) ? dropArticle(word) : word);
  }
  return out;
}

/** The raw class symbols of one token, one Latin letter each. */
function symbols(token: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < token.length; ) {
    const ch = token[i] as string;
    const arabicClass = ARABIC_CLASSES.get(ch);
    if (arabicClass !== undefined) {
      out.push(...arabicClass);
      i++;
      continue;
    }
    let matched = false;
    for (let n = Math.min(LONGEST_LATIN, token.length - i); n > 0; n--) {
      const latinClass = LATIN_CLASSES.get(token.slice(i, i + n));
      if (latinClass !== undefined) {
        out.push(...latinClass);
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      out.push(ch);
      i++;
    }
  }
  return out;
}

/**
 * Consonant skeleton of one token: a final h is dropped, doubled symbols collapse (Tayyip = طيب),
 * the weak classes count only as the first symbol, and a final d is t.
 */
function tokenKey(token: string): string {
  const raw = symbols(token);
  if (raw.length > 1 && END_DROP.has(raw[raw.length - 1] as string)) raw.pop();
  let key = '';
  for (let i = 0; i < raw.length; i++) {
    const s = raw[i] as string;
    if (i > 0 && (s === raw[i - 1] || WEAK.has(s))) continue;
    key += s;
  }
  const last = key.at(-1);
  const folded = last === undefined || key.length < 2 ? undefined : END_FOLD.get(last);
  return folded === undefined ? key : key.slice(0, -1) + folded;
}

/**
 * A phonetic consonant-skeleton key in Latin letters (rule `names/latin-key`), equal for an
 * Arabic-script name and its usual Latin (English, Turkish, French) spelling.
 *
 * Titles are dropped ({@link stripTitles}) and the text is {@link normalize}d. Particles are read
 * (articles dropped, ibn = bin, Abdullah = عبد الله, Nureddin = نور الدين). Each Arabic letter and
 * each Latin letter or digraph then maps to a class of `data/translit.json`: among them h = ح خ ه
 * kh (foreign h is written خ: Hulusi = خلوصي), k = ق ك k q, j = ج غ j g gh c ğ (Turkish c is j:
 * Recep = رجب; ğ is غ: Erdoğan = أردوغان), b = ب p, x = ش sh ş, and ث ذ are t+h, d+h. Vowels, و/w
 * and ي/y count only as a token's first sound. A token-final h is dropped (Attiyah = عطية, Saleh
 * = صالح), doubles collapse (Tayyip = طيب), and a final d is t (Turkish Ahmet = أحمد). Tokens are
 * joined by one space.
 *
 * Latin c is always j here (Turkish); English c as k (Clinton) does not match its Arabic form.
 *
 * @throws {LiqaError} `invalid_input` when `name` is not a string; empty or blank text gives `''`.
 *
 * @example
 * ```ts
 * latinKey('Hulusi Akar') //=> 'hls akr'
 * latinKey('خلوصي أكار') //=> 'hls akr'
 * latinKey('Recep Tayyip Erdoğan') === latinKey('رجب طيب أردوغان') //=> true
 * ```
 */
export function latinKey(name: string): string {
  if (typeof name !== 'string') {
    throw new LiqaError('invalid_input', `latinKey: expected a string, got ${name === null ? 'null' : typeof name}`);
  }
  const text = normalizedText(stripTitles(name))
    .toLowerCase()
    .replace(LATIN_SPECIALS, (ch) => LATIN_LETTERS.get(ch) ?? ch)
    .normalize('NFD')
    .replace(MARKS_AND_TATWEEL, '')
    .replace(LATIN_ARTICLE_HYPHEN, '')
    .replace(NOT_WORD, ' ')
    .trim();
  if (text.length === 0) return '';
  return readParticles(text.split(' '))
    .map(tokenKey)
    .filter((key) => key.length > 0)
    .join(' ');
}
