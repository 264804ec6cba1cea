import { type Candidate, candidate, type PersonExtractor, type RoleInfo } from '../candidate.js';
import { lexiconFilters, type PersonLexicon } from '../lexicon.js';
import { isStrongName, readName } from '../name-run.js';
import { countryAt, readPrefix, roleInfoOf } from '../role-phrase.js';
import { tokenRange } from '../spans.js';
import type { Token, TokenizedSentence } from '../tokens.js';
import { wordHash } from '../word-filter.js';
import { COMMAS, isDefinite, mayHoldWordOrRest, QUOTES, stripProclitic } from '../words.js';

const STRENGTH = 3;
/** Most words of the organisation before بقيادة (الجيش الوطني الليبي). */
const MAX_ORGANISATION = 6;

function isDelegationWord(lex: PersonLexicon, text: string): boolean {
  return (
    lex.delegations.has(text) || stripProclitic(text, (rest) => lex.delegations.has(rest), ['و', 'ب', 'ل']) !== null
  );
}

/**
 * The organisation named right before `i` (`الجيش الوطني الليبي، بقيادة`), as token range, or null
 * when it is a delegation (handled as a group) or there is none.
 */
function organisationBefore(
  lex: PersonLexicon,
  tokens: readonly Token[],
  i: number,
): { first: number; last: number } | null {
  let k = i - 1;
  if (k >= 0 && COMMAS.has((tokens[k] as Token).text)) k--;
  const last = k + 1;
  let first = last;
  while (k >= 0 && last - k <= MAX_ORGANISATION) {
    const t = tokens[k] as Token;
    if (QUOTES.has(t.text)) {
      k--;
      continue;
    }
    if (!t.word) break;
    if (isDelegationWord(lex, t.text)) return null;
    const ok =
      countryAt(lex, tokens, k) !== null ||
      lex.complementNouns.has(t.text) ||
      (isDefinite(t.text) && !lex.boundaries.has(t.text) && !lex.titles.starts(t.text));
    if (!ok) break;
    first = k;
    k--;
  }
  if (first >= last) return null;
  // وفد عسكري تركي، برئاسة: a delegation is a group, not an organisation with a head.
  for (let m = Math.max(0, first - 3); m < first; m++) {
    if (isDelegationWord(lex, (tokens[m] as Token).text)) return null;
  }
  // The organisation needs a noun: a nisba alone (تركي) names none.
  let noun = false;
  for (let m = first; m < last; m++) if ((tokens[m] as Token).word && countryAt(lex, tokens, m) === null) noun = true;
  return noun ? { first, last } : null;
}

/** The role بقيادة X gives X: قائد + the organisation before it. */
function ledRole(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  office: string,
  org: { first: number; last: number },
): RoleInfo {
  const tokens = sentence.tokens;
  const range = tokenRange(sentence, org.first, org.last);
  const base = sentence.sentence.start;
  const written = sentence.sentence.text.slice(range.start - base, range.end - base).replace(/[«»"“”]/gu, '');
  const keys = new Set<string>();
  const countries: string[] = [];
  for (let k = org.first; k < org.last; k++) {
    const t = tokens[k] as Token;
    if (!t.word) continue;
    const country = countryAt(lex, tokens, k);
    if (country) {
      if (!countries.includes(country.code)) countries.push(country.code);
      k += country.length - 1;
      continue;
    }
    if (lex.functionWords.has(t.text)) continue;
    const glued = stripProclitic(t.text, (rest) => rest.startsWith('ال'), ['و', 'ب', 'ل']);
    let key = glued ? glued.rest : t.text;
    if (key.startsWith('ال') && key.length > 4) key = key.slice(2);
    keys.add(key);
  }
  return {
    text: `${office} ${written.replace(/\s+/gu, ' ').trim()}`,
    office,
    number: 1,
    keys: [...keys],
    countries,
    countryOrder: countries,
    counterpart: false,
    descriptor: false,
    count: null,
  };
}

/**
 * A leader given by بقيادة / برئاسة / بزعامة (rule `persons/led-by`): `الجيش الوطني الليبي، بقيادة
 * المشير خليفة حفتر` names حفتر and ties the role `قائد الجيش الوطني الليبي` to him.
 *
 * @example
 * ```ts
 * // '… ضد الجيش الوطني الليبي، بقيادة المشير خليفة حفتر' → 'المشير خليفة حفتر',
 * //   role of the entity: 'قائد الجيش الوطني الليبي'
 * ```
 */
export const ledByExtractor: PersonExtractor = {
  name: 'led-by',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const tokens = sentence.tokens;
    const out: Candidate[] = [];
    const cues = lexiconFilters(lex).ledBy;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // Most words are no cue, nor after و: the filter says so without a lookup.
      if (!t.word || !mayHoldWordOrRest(cues, t.text, ['و'], wordHash, t.wordHash)) continue;
      const word = lex.ledBy.has(t.text) ? t.text : stripProclitic(t.text, (rest) => lex.ledBy.has(rest), ['و'])?.rest;
      const office = word ? lex.ledBy.get(word) : undefined;
      if (!office) continue;
      const prefix = readPrefix(lex, sentence, i + 1);
      const at = prefix?.end ?? i + 1;
      const lastTitle = prefix?.title && prefix.title.last === at ? (tokens[at - 1]?.text ?? '') : '';
      const run = readName(lex, sentence, at, { afterTitle: lex.familyNameTitles.has(lastTitle) });
      if (!run) continue;
      if (!prefix && !isStrongName(lex, run) && run.parts.length < 2) continue;
      const start = prefix ? tokenRange(sentence, i + 1, i + 2, prefix.skip).start : run.start;
      const title = prefix?.title
        ? tokenRange(sentence, prefix.title.first, prefix.title.last, prefix.title.first === i + 1 ? prefix.skip : 0)
        : null;
      const roleRange = prefix?.role
        ? tokenRange(sentence, prefix.role.first, prefix.role.last, prefix.role.first === i + 1 ? prefix.skip : 0)
        : null;
      const org = organisationBefore(lex, tokens, i);
      out.push(
        candidate({
          kind: 'name',
          start,
          end: run.end,
          sentence: sentence.sentence.index,
          rule: 'persons/led-by',
          name: { start: run.start, end: run.end },
          parts: run.parts,
          title,
          role: roleRange,
          roleInfo: prefix?.role && roleRange ? roleInfoOf(lex, sentence, prefix.role, roleRange) : null,
          extraRoles: org ? [ledRole(lex, sentence, office, org)] : [],
          strength: STRENGTH,
        }),
      );
      i = run.last - 1;
    }
    return out;
  },
};
