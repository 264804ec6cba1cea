/**
 * Bounded caches for functions of one word. The persons stage asks the same questions of the
 * same words in article after article (its skeleton, its key, what it can open); a cache answers
 * from memory, and is emptied at once when full, so that memory stays bounded on any corpus.
 */

/**
 * `compute`, remembered for up to `limit` distinct texts. `compute` must be pure and never
 * give `undefined`.
 *
 * @example
 * ```ts
 * const skeletonOf = memoByText(100_000, (word) => word.replace(/[اوي]/g, ''));
 * skeletonOf('كالين') //=> 'كلن', computed once
 * ```
 */
export function memoByText<T>(limit: number, compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}

/**
 * `compute`, remembered for up to `limit` distinct texts for each lexicon (a caller's extra
 * people or roles make another lexicon, with other answers). The last lexicon's cache is kept at
 * hand: a run rarely uses more than one.
 *
 * @example
 * ```ts
 * const isTitle = memoByLexiconAndText(100_000, (lex: PersonLexicon, word) => lex.titles.starts(word));
 * isTitle(defaultPersonLexicon(), 'الرئيس') //=> true
 * ```
 */
export function memoByLexiconAndText<L extends object, T>(
  limit: number,
  compute: (lexicon: L, text: string) => T,
): (lexicon: L, text: string) => T {
  const caches = new WeakMap<L, (text: string) => T>();
  let lastLexicon: L | null = null;
  let lastCache: ((text: string) => T) | null = null;
  return (lexicon, text) => {
    if (lexicon !== lastLexicon || !lastCache) {
      let cache = caches.get(lexicon);
      if (!cache) {
        cache = memoByText(limit, (word) => compute(lexicon, word));
        caches.set(lexicon, cache);
      }
      lastLexicon = lexicon;
      lastCache = cache;
    }
    return lastCache(text);
  };
}
