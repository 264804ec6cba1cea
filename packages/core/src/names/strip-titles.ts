import titlesData from '../../data/titles.ar.json';
import { LiqaError } from '../errors.js';
import { alternation, WORD_END } from '../lexicon/pattern.js';
import { normalize, normalizedText } from '../text/normalize.js';

/** Every title of `data/titles.ar.json`, in the normalized spelling it is matched in. */
const TITLES: readonly string[] = [
  ...new Set(
    Object.values(titlesData.groups).flatMap((group) => group.titles.map((title) => normalizedText(title).trim())),
  ),
].filter((title) => title.length > 0);

/** The first run of letters of every title: a text whose first word is none of them opens with no title. */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(
  TITLES.map((title) => /^[\p{L}\p{M}\p{N}]*/u.exec(title)?.[0] ?? ''),
);

/**
 * False when normalized text starting with the word `word` (then a space or its end) cannot open
 * with a title, so that {@link stripTitles} leaves it whole.
 */
export function mayOpenWithTitle(word: string): boolean {
  return TITLE_FIRST_WORDS.has(word);
}

/** True when a title ends in a letter, so it must end at a word edge (`د` but not `دولة`). */
const ENDS_IN_LETTER = /[\p{L}\p{M}\p{N}]$/u;

/**
 * Spaces and punctuation that may sit around a title: `الدكتور/ محمد`, `د. محمد`, `:`, `،`.
 * One character class under one quantifier, so it cannot backtrack.
 */
const SEPARATORS = '[\\s.:/,\\u060C\\u061B-]*';

/**
 * One title at the sticky position, with the separators before it. Titles ending in a letter must
 * end at a word edge; abbreviations ending in `.` or `/` may be glued to the name (`د.محمد`).
 */
const TITLE_AT = new RegExp(
  `${SEPARATORS}(?:${alternation(TITLES.filter((t) => ENDS_IN_LETTER.test(t)))}${WORD_END}|${alternation(
    TITLES.filter((t) => !ENDS_IN_LETTER.test(t)),
  )})`,
  'uy',
);

const TRAILING_SEPARATORS = new RegExp(SEPARATORS, 'uy');

/**
 * Where the leading titles of normalized `text` end: the index of the first character of the
 * name proper, or `text.length` when the text is titles only.
 */
function titlesEnd(text: string): number {
  let end = 0;
  for (;;) {
    TITLE_AT.lastIndex = end;
    if (!TITLE_AT.test(text) || TITLE_AT.lastIndex === end) break;
    end = TITLE_AT.lastIndex;
  }
  if (end === 0) return 0;
  TRAILING_SEPARATORS.lastIndex = end;
  TRAILING_SEPARATORS.test(text);
  return TRAILING_SEPARATORS.lastIndex;
}

/**
 * Removes the titles and honorifics that open a name (rule `names/strip-titles`), as many as
 * there are, and returns the rest in its original spelling, trimmed.
 *
 * Titles come from `data/titles.ar.json` and are matched on {@link normalize}d text, so
 * hamza, diacritics, tatweel and ة/ه do not matter. Roles (`وزير الدفاع`) are not titles and
 * are kept. A string that is only titles gives `''`.
 *
 * @throws {LiqaError} `invalid_input` when `name` is not a string.
 *
 * @example
 * ```ts
 * stripTitles('صاحب السمو الملكي الأمير محمد بن سلمان') //=> 'محمد بن سلمان'
 * stripTitles('الدكتور مصطفى كوكسو') //=> 'مصطفى كوكسو'
 * stripTitles('وزير الدفاع خلوصي أكار') //=> 'وزير الدفاع خلوصي أكار'
 * ```
 */
export function stripTitles(name: string): string {
  if (typeof name !== 'string') {
    throw new LiqaError('invalid_input', `stripTitles: expected a string, got ${name === null ? 'null' : typeof name}`);
  }
  const folded = normalizedText(name);
  const end = titlesEnd(folded);
  if (end === 0) return name.trim();
  if (end >= folded.length) return '';
  // Only a name that opens with a title needs the map back to its original spelling.
  return name.slice(normalize(name).starts[end] as number).trim();
}

/**
 * {@link stripTitles} of text that is already normalized (nameKey() folds first): the same
 * result, without folding it again, as the text is its own normalized spelling.
 *
 * @example
 * ```ts
 * stripFoldedTitles('الدكتور مصطفى كوكسو') //=> 'مصطفى كوكسو'
 * ```
 */
export function stripFoldedTitles(folded: string): string {
  const end = titlesEnd(folded);
  return end === 0 ? folded.trim() : folded.slice(end).trim();
}
