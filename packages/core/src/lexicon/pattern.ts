/**
 * Builds regex sources from word lists. Every lexicon pattern in liqa goes through here, so that
 * escaping, longest-first ordering and Unicode word edges are done one way, and reviewed once.
 * Patterns built here contain no nested quantifiers, so they cannot backtrack catastrophically.
 */

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\/-]/g;

/** Escapes every regex metacharacter of `term`. */
export function escapeRegex(term: string): string {
  return term.replace(REGEX_SPECIALS, '\\$&');
}

/**
 * One alternation group matching any of `terms`, longest first so the longest variant wins
 * (`ربيع الأول` before `ربيع`). Spaces in a term match any run of horizontal whitespace.
 */
export function alternation(terms: Iterable<string>): string {
  return `(?:${alternationOrder(terms)
    .map((t) => escapeRegex(t).replace(/ +/g, '[ \\t\\u00A0]+'))
    .join('|')})`;
}

/** The distinct non-empty `terms` in the order {@link alternation} tries them: longest first, then by code unit. */
export function alternationOrder(terms: Iterable<string>): string[] {
  const unique = [...new Set(terms)].filter((t) => t.length > 0);
  return unique.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Not preceded by a letter, mark or digit: a word start in any script. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Not followed by a letter, mark or digit: a word end in any script. */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';

/** `alternation(terms)` between Unicode word edges. Compile with the `u` flag. */
export function wordAlternation(terms: Iterable<string>): string {
  return `${WORD_START}${alternation(terms)}${WORD_END}`;
}
