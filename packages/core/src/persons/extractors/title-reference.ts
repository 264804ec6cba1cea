import type { SentenceContext } from '../candidate.js';
import { type Candidate, candidate, type PersonExtractor, type Range, type RoleInfo } from '../candidate.js';
import { lexiconFilters } from '../lexicon.js';
import type { Prefix } from '../role-phrase.js';
import { tokenRange } from '../spans.js';
import type { Token } from '../tokens.js';
import { wordHash } from '../word-filter.js';
import { isBoundaryAt, mayHoldWordOrRest, stripProclitic } from '../words.js';

/** Proclitics a title with a pronoun may carry: وسموه، لسموه، ولسموه. */
const PRONOUN_TITLE_PROCLITICS = ['و', 'ف', 'ل', 'ب', 'ول', 'وب'];

/** Rule of a title or bare office standing for a person (`وكان خادم الحرمين الشريفين قد استقبل`). */
export const TITLE_REFERENCE = 'persons/title-reference';
/** Rule of an honorific with a pronoun (`سموه`, `معاليه`). */
export const TITLE_PRONOUN = 'persons/title-pronoun';

/** A role that says nothing but its office (ولي العهد, ولي ولي العهد): no complement, no country. */
export function isBareRole(info: RoleInfo): boolean {
  return (
    info.keys.length === 0 &&
    info.countries.length === 0 &&
    !info.counterpart &&
    !info.descriptor &&
    info.number === 1 &&
    info.count === null
  );
}

/**
 * A title phrase (and a bare office) that no name follows, as a role mention to resolve later:
 * `خادم الحرمين الشريفين قد استقبل`, `سمو ولي ولي العهد في قصر السلام`, `سمو الأمير الوفد`. The
 * titles must be honorifics (or office titles beside one: `فخامة الرئيس`); a bare office may stand
 * alone (`ولي العهد`). Nothing that could be a name may follow, so a name the rules missed is not
 * taken for someone else.
 */
export function titleReferenceAt(
  context: SentenceContext,
  prefix: Prefix,
  i: number,
  role: { range: Range; info: RoleInfo } | null,
): Candidate | null {
  const { lexicon: lex, sentence } = context;
  const tokens = sentence.tokens;
  if (role && !isBareRole(role.info)) return null;
  // Titles stand before the role, or make up the phrase.
  const first = i;
  const last = prefix.role ? prefix.role.first : prefix.title ? prefix.title.last : i;
  if (prefix.title && prefix.role && prefix.title.first >= prefix.role.first) return null;
  let honorific = false;
  for (let k = first; k < last; ) {
    const skip = k === i ? prefix.skip : 0;
    const text = skip > 0 ? (tokens[k] as Token).text.slice(skip) : undefined;
    const match = lex.titles.match(tokens, k, text);
    if (!match) return null;
    const words = tokens.slice(k, k + match.length).map((t, n) => (n === 0 && text !== undefined ? text : t.text));
    const phrase = words.join(' ');
    if (lex.honorifics.has(phrase)) honorific = true;
    else if (!lex.officeTitles.has(phrase)) return null;
    k += match.length;
  }
  // A bare office alone must say more than a word (ولي العهد, not رئيس or المدرب).
  const roleWords = prefix.role ? prefix.role.last - prefix.role.first : 0;
  if (!honorific && (!role || roleWords < 2)) return null;
  const next = tokens[prefix.end];
  if (next?.word && !isBoundaryAt(lex, tokens, prefix.end)) return null;
  const range = tokenRange(sentence, i, prefix.end, prefix.skip);
  return candidate({
    kind: 'role',
    start: range.start,
    end: range.end,
    sentence: sentence.sentence.index,
    rule: TITLE_REFERENCE,
    title: last > first ? tokenRange(sentence, first, last, prefix.skip) : null,
    role: role?.range ?? null,
  });
}

/**
 * Honorifics with a pronoun, which stand for a person the article names with that honorific (rule
 * `persons/title-pronoun`): `وأكد سموه`, `قدم لمعاليه`. Resolved by the title refiner.
 *
 * @example
 * ```ts
 * // 'وأكد سموه أن …' → a role mention 'سموه' with title 'سموه'
 * ```
 */
export const titlePronounExtractor: PersonExtractor = {
  name: 'title-pronoun',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const out: Candidate[] = [];
    const cues = lexiconFilters(lex).pronounTitles;
    sentence.tokens.forEach((t) => {
      // Most words are no such title, nor after a proclitic: the filter says so without a lookup.
      if (!t.word || !mayHoldWordOrRest(cues, t.text, PRONOUN_TITLE_PROCLITICS, wordHash, t.wordHash)) return;
      const skip = lex.pronounTitles.has(t.text)
        ? 0
        : (stripProclitic(t.text, (rest) => lex.pronounTitles.has(rest), PRONOUN_TITLE_PROCLITICS)?.prefix ?? -1);
      if (skip < 0) return;
      const range = tokenRange(sentence, t.index, t.index + 1, skip);
      out.push(
        candidate({
          kind: 'role',
          start: range.start,
          end: range.end,
          sentence: sentence.sentence.index,
          rule: TITLE_PRONOUN,
          title: range,
        }),
      );
    });
    return out;
  },
};
