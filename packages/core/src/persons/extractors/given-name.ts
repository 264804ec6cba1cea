import { type Candidate, candidate, type PersonExtractor } from '../candidate.js';
import { lexiconFilters, type PersonLexicon } from '../lexicon.js';
import { readName } from '../name-run.js';
import { followsInstitution, readApposition } from '../spans.js';
import type { Token } from '../tokens.js';
import { factOf, wordFact } from '../word-facts.js';
import { wordHash } from '../word-filter.js';
import { isGivenName, LIST_SEPARATORS, mayHoldWordOrRest, stripProclitic } from '../words.js';

/** Strength of names found with no title or role: a bit of a guess. */
const STRENGTH = 2;

/** The given name a word starts with (itself, or its rest after و: وأحمد), or null; kept per word. */
export const GIVEN_NAME_START = wordFact(
  (lex: PersonLexicon, text: string): string | null => {
    const split = isGivenName(lex, text) ? null : stripProclitic(text, (rest) => isGivenName(lex, rest), ['و']);
    const first = split ? split.rest : text;
    return isGivenName(lex, first) ? first : null;
  },
  {
    none: () => null,
    mayHave: (lex, word) =>
      mayHoldWordOrRest(lexiconFilters(lex).givenNames, word.text, ['و'], wordHash, word.wordHash),
  },
);

/** True when token `i` opens the sentence or follows a colon or a dash. */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.text === ':' || prev.text === '-' || prev.text === '–';
}

/**
 * Names with no title or role before them (rules `persons/bin-chain`, `persons/given-name`,
 * `persons/name-role`): a given name with a بن chain (`محمد بن سلمان`); an unambiguous given name
 * and one more name word (`سامح شكري`, `منصور البلوي`); or two or more name words followed by a
 * role (`عفيفي عبدالوهاب سفير مصر`). A conjunction on the first word is dropped (وأحمد بن …).
 *
 * @example
 * ```ts
 * // 'استقبل خادم الحرمين الشريفين … أمس سامح شكري وزير الخارجية المصري' → 'سامح شكري'
 * ```
 */
export const givenNameExtractor: PersonExtractor = {
  name: 'given-name',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const tokens = sentence.tokens;
    const out: Candidate[] = [];
    const index = sentence.sentence.index;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.word || !t.arabic) continue;
      const first = factOf(lex, t, GIVEN_NAME_START);
      const given = first !== null;
      // Two name words and a role: عفيفي عبدالوهاب سفير مصر.
      // Only where a list item or a sentence starts: ، وعفيفي عبدالوهاب سفير مصر.
      const listItem = t.text.startsWith('و') && LIST_SEPARATORS.has(tokens[i - 1]?.text ?? '');
      // Most words are neither: they are let go before the costlier looks around them.
      if (!given && !listItem && !opensClause(tokens, i)) continue;
      // مطار الملك خالد الدولي: a title after a place noun names the place too.
      if (followsInstitution(lex, tokens, i)) continue;
      if (i > 0 && lex.titles.match(tokens, i - 1) && followsInstitution(lex, tokens, i - 1)) continue;
      if (given) {
        const run = readName(lex, sentence, i, { stripConjunction: true });
        if (!run) continue;
        const bin = run.parts.some((p) => p.kind === 'bin');
        const plainGiven = lex.givenNames.has(first) && run.parts.length >= 2;
        // An ambiguous given name (عادل، يحيى) and a role after it: عادل الجبير وزير الخارجية.
        const apposed =
          !bin && !plainGiven && run.parts.length >= 2 ? readApposition(lex, sentence, run.last, () => false) : null;
        const apposedOk =
          apposed !== null &&
          apposed.info.number === 1 &&
          !apposed.info.descriptor &&
          (apposed.info.keys.length > 0 || apposed.info.countries.length > 0);
        if (!bin && !plainGiven && !apposedOk) continue;
        out.push(
          candidate({
            kind: 'name',
            start: run.start,
            end: run.end,
            sentence: index,
            rule: bin ? 'persons/bin-chain' : 'persons/given-name',
            name: { start: run.start, end: run.end },
            parts: run.parts,
            strength: bin ? STRENGTH + 0.5 : STRENGTH,
          }),
        );
        i = run.last - 1;
        continue;
      }
      const run = readName(lex, sentence, i, { forceConjunction: listItem });
      if (!run || run.parts.length < 2 || run.parts.some((p) => p.kind !== 'plain')) continue;
      if (run.parts.some((p, k) => k > 0 && /^[وبلف]/u.test(p.norm))) continue;
      const apposition = readApposition(lex, sentence, run.last, () => false);
      if (!apposition || apposition.comma || apposition.info.descriptor || apposition.info.number !== 1) continue;
      if (apposition.info.keys.length === 0 && apposition.info.countries.length === 0) continue;
      out.push(
        candidate({
          kind: 'name',
          start: run.start,
          end: apposition.range.end,
          sentence: index,
          rule: 'persons/name-role',
          name: { start: run.start, end: run.end },
          parts: run.parts,
          role: apposition.range,
          roleInfo: apposition.info,
          strength: STRENGTH,
        }),
      );
      i = apposition.end - 1;
    }
    return out;
  },
};
