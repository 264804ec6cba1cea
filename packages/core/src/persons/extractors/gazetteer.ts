import { memoByText } from '../../memo.js';
import { isPlainNameStart, isPlainNameWord, nameKeyOfWords, nameWordKey } from '../../names/name-key.js';
import { type Candidate, candidate, type PersonExtractor } from '../candidate.js';
import { cachedKey, type GazetteerAlias, lexiconFilters, norm, type PersonLexicon } from '../lexicon.js';
import { partsOfRange, readName } from '../name-run.js';
import { followsInstitution, tokenRange } from '../spans.js';
import type { Token } from '../tokens.js';
import { factOf, wordFact } from '../word-facts.js';
import { EMPTY_HASH, wordHash } from '../word-filter.js';
import {
  FAMILY,
  isBoundaryAt,
  mayHoldWordOrRest,
  sameNameWord,
  skeletonHash,
  stripProclitic,
  wordSkeleton,
} from '../words.js';

/** Strength of a gazetteer match: known people beat names guessed from context. */
const STRENGTH = 4;

/** The aliases whose first word is `text`, or its rest after a proclitic (وحفتر), and the proclitic's length. */
type GazetteerStart = { readonly skip: number; readonly aliases: readonly GazetteerAlias[] } | null;

/**
 * The aliases that may start at a word, kept per word: every word of every sentence is looked up,
 * with each proclitic taken off, and news repeats its words.
 */
/** Proclitics a gazetteer name may carry: وحفتر، لحفتر، بحفتر، ولحفتر، وبحفتر. */
export const GAZETTEER_PROCLITICS: readonly string[] = ['و', 'ل', 'ب', 'ول', 'وب'];

export const GAZETTEER_START = wordFact(
  (lex: PersonLexicon, text: string): GazetteerStart => {
    const aliases = lex.gazetteer.get(wordSkeleton(text));
    if (aliases) return { skip: 0, aliases };
    const split = stripProclitic(text, (rest) => lex.gazetteer.has(wordSkeleton(rest)), GAZETTEER_PROCLITICS);
    const rest = split ? lex.gazetteer.get(wordSkeleton(split.rest)) : undefined;
    return split && rest ? { skip: split.prefix, aliases: rest } : null;
  },
  {
    none: () => null,
    // The word's skeleton, or its rest's after a proclitic, must be a key.
    mayHave: (lex, word) =>
      mayHoldWordOrRest(
        lexiconFilters(lex).gazetteerKeys,
        word.text,
        GAZETTEER_PROCLITICS,
        skeletonHash,
        word.skeletonHash,
      ),
  },
);

/** nameWordKey() with a cache: windows of text repeat its words. */
const cachedWordKey = memoByText(200_000, nameWordKey);

/**
 * nameKey() of the words joined by spaces. Most windows are new strings, which the key cache
 * misses; their words are keyed one by one instead, from cached skeletons (plain name words) or
 * cached word keys (see nameKeyOfWords()), which gives the same key.
 */
function windowKey(words: readonly string[], plain: boolean): string {
  if (plain) return words.map(wordSkeleton).join(' ');
  return nameKeyOfWords(words, cachedWordKey) ?? cachedKey(words.join(' '));
}

/** The window sizes an alias of `words` words is tried at, in order: عبد الله / عبدالله may take one word more or fewer. */
const sizesOf = (words: number): number[] => [words, words + 1, words - 1];

/** A gazetteer start's aliases by key, and every window size one of them is tried at. */
interface AliasIndex {
  /** The aliases' positions in the list, by key, in list order. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** The keys' hashes (keyHashOf()): a window of plain words whose hash is not here matches none. */
  readonly keyHashes: ReadonlySet<number>;
  readonly sizes: ReadonlySet<number>;
  readonly largest: number;
}

/**
 * Mixes the hash of one more word into a key's hash. A key of plain name words is their
 * skeletons joined by spaces, so a window's hash is made from its tokens' skeleton hashes, a word
 * at a time, with no string made.
 */
const mixWord = (hash: number, word: number): number => Math.imul(hash ^ word, 0x01000193);

/** The hash of a key (words joined by spaces) that a window of the same words gets. */
function keyHashOf(key: string): number {
  let hash = EMPTY_HASH;
  for (const word of key.split(' ')) hash = mixWord(hash, wordHash(word));
  return hash;
}

const aliasIndexes = new WeakMap<readonly GazetteerAlias[], AliasIndex>();

function aliasIndexOf(aliases: readonly GazetteerAlias[]): AliasIndex {
  let index = aliasIndexes.get(aliases);
  if (!index) {
    const byKey = new Map<string, number[]>();
    const sizes = new Set<number>();
    aliases.forEach((alias, at) => {
      const same = byKey.get(alias.key);
      if (same) same.push(at);
      else byKey.set(alias.key, [at]);
      for (const n of sizesOf(alias.words)) if (n >= 1) sizes.add(n);
    });
    index = { byKey, keyHashes: new Set([...byKey.keys()].map(keyHashOf)), sizes, largest: Math.max(...sizes) };
    aliasIndexes.set(aliases, index);
  }
  return index;
}

/**
 * The alias that matches at token `i` (its first word without `skip` letters), and where it ends:
 * the first alias of the list, tried at its sizes in order, whose key is the window's.
 */
function matchAlias(
  lex: PersonLexicon,
  tokens: readonly Token[],
  i: number,
  skip: number,
  aliases: readonly GazetteerAlias[],
): { alias: GazetteerAlias; last: number } | null {
  // A common first word (محمد، عبد) has hundreds of aliases: each window's key is looked up
  // among theirs, rather than each alias compared with the windows.
  const index = aliasIndexOf(aliases);
  const found: Array<{ at: number; order: number; n: number; words: string[] }> = [];
  // The window grows a word at a time, and carries its hash and whether its words are plain name
  // words (see isPlainNameWord()), the first able to start a name: then its key is its words'
  // skeletons joined by spaces, and a hash that is no alias key's tells it matches none.
  let hash = EMPTY_HASH;
  let plain = true;
  for (let n = 1; n <= index.largest && i + n <= tokens.length; n++) {
    const t = tokens[i + n - 1] as Token;
    // Only spaced words make a window: neither this one nor a larger one.
    if (!t.word || (n > 1 && !t.spaced)) break;
    plain &&= n === 1 ? isPlainNameStart(t.text.slice(skip)) : isPlainNameWord(t.text);
    hash = mixWord(hash, n === 1 && skip > 0 ? skeletonHash(t.text, skip) : t.skeletonHash);
    if (!index.sizes.has(n) || (plain && !index.keyHashes.has(hash))) continue;
    const words = windowWords(tokens, i, n, skip) as string[];
    const matching = index.byKey.get(windowKey(words, plain));
    if (!matching) continue;
    for (const at of matching) {
      const order = sizesOf((aliases[at] as GazetteerAlias).words).indexOf(n);
      if (order >= 0) found.push({ at, order, n, words });
    }
  }
  found.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const { at, n, words } of found) {
    const alias = aliases[at] as GazetteerAlias;
    const first = words[0] as string;
    // One word alone must be spelled as the alias is, but for look-alike letters: nameKey() alone
    // would take سالمين for سليماني, and a dropped vowel مؤيدي for مودي.
    if (n === 1 && !sameNameWord(first, norm(alias.alias), false)) continue;
    if (n === 1 && isBoundaryAt(lex, tokens, i, first)) continue;
    return { alias, last: i + n };
  }
  return null;
}

/** The words of the `n` tokens at `i` (the first without `skip` letters), or null when they are not spaced words. */
function windowWords(tokens: readonly Token[], i: number, n: number, skip: number): string[] | null {
  const words: string[] = [];
  for (let k = i; k < i + n; k++) {
    const t = tokens[k] as Token;
    if (!t.word || (k > i && !t.spaced)) return null;
    words.push(k === i ? t.text.slice(skip) : t.text);
  }
  return words;
}

/**
 * Names of the gazetteer (`data/people.json` and the caller's entries), matched by nameKey() on
 * token windows so that spelling variants match (rule `persons/gazetteer`); a match grows to the
 * fuller name the text gives (`محمد بن سلمان` → `محمد بن سلمان بن عبد العزيز`).
 *
 * @example
 * ```ts
 * // 'تحرير أتراك محتجزين في مناطق سيطرة خليفة حفتر' → 'خليفة حفتر', known 'khalifa-haftar'
 * ```
 */
export const gazetteerExtractor: PersonExtractor = {
  name: 'gazetteer',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const tokens = sentence.tokens;
    const out: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.word || !t.arabic) continue;
      const start = factOf(lex, t, GAZETTEER_START);
      if (!start) continue;
      const { skip, aliases } = start;
      const found = matchAlias(lex, tokens, i, skip, aliases);
      if (!found) continue;
      if (followsInstitution(lex, tokens, i)) {
        i = found.last - 1;
        continue;
      }
      // The text may give a longer form by a بن chain or a family name (محمد بن سلمان بن عبد العزيز),
      // or say the son (أوباما الابن is still أوباما; الأب is another person, with aliases of his own).
      let last = found.last;
      const grown = readName(lex, sentence, i, { afterTitle: true, skip });
      const extra = tokens[found.last]?.text ?? '';
      if (
        grown &&
        grown.last > last &&
        grown.prefix === skip &&
        (extra === FAMILY || extra === 'الابن' || lex.sons.has(extra))
      ) {
        last = grown.last;
      }
      const range = tokenRange(sentence, i, last, skip);
      out.push(
        candidate({
          kind: 'name',
          start: range.start,
          end: range.end,
          sentence: sentence.sentence.index,
          rule: 'persons/gazetteer',
          name: range,
          parts: partsOfRange(lex, sentence, i, last, skip),
          known: found.alias.entry.id,
          strength: STRENGTH,
        }),
      );
      i = last - 1;
    }
    return out;
  },
};
