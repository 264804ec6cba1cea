import { type Candidate, candidate, type PersonExtractor } from '../candidate.js';
import { lexiconFilters } from '../lexicon.js';
import { countryAt } from '../role-phrase.js';
import { tokenRange } from '../spans.js';
import type { Token } from '../tokens.js';
import { wordHash } from '../word-filter.js';
import { COMMAS, isDefinite, isGivenName, mayHoldWordOrRest, stripProclitic } from '../words.js';

/** Proclitics a delegation word may carry: والوفد، للوفد، بالوفد، وللوفد. */
const DELEGATION_PROCLITICS = ['و', 'ل', 'ب', 'ول'];

/** Most words after وفد that describe it (عسكري تركي رفيع المستوى). */
const MAX_DESCRIPTION = 4;
/** How far after the delegation word a trigger (برئاسة، وضم) may stand to define it. */
const TRIGGER_WINDOW = 3;

/** An adjective that can describe a delegation: a nisba (عسكري، التركي، المرافق). */
function isAdjective(text: string): boolean {
  return text.endsWith('ي') || text.endsWith('يه') || isDefinite(text);
}

/**
 * Delegations (rule `persons/delegation`): `وفد عسكري تركي، برئاسة X، وضم كلا من Y، وZ` defines
 * one, and `الوفد التركي`, `الوفد المرافق` refer back to it. Members are filled in by the group
 * refiner from the names that follow the definition.
 *
 * @example
 * ```ts
 * // 'وقام وفد عسكري تركي، برئاسة وزير الدفاع خلوصي أكار …' → group 'وفد عسكري تركي' (a definition)
 * // 'والتقى الوفد التركي كلا من …' → group 'الوفد التركي'
 * ```
 */
export const delegationExtractor: PersonExtractor = {
  name: 'delegation',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const tokens = sentence.tokens;
    const out: Candidate[] = [];
    const cues = lexiconFilters(lex).delegations;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      // Most words are no delegation word, nor after a proclitic: the filter says so without a lookup.
      if (!t.word || !mayHoldWordOrRest(cues, t.text, DELEGATION_PROCLITICS, wordHash, t.wordHash)) continue;
      const direct = lex.delegations.has(t.text);
      const split = direct ? null : stripProclitic(t.text, (rest) => lex.delegations.has(rest), DELEGATION_PROCLITICS);
      if (!direct && !split) continue;
      const skip = split?.prefix ?? 0;
      let j = i + 1;
      const countries: string[] = [];
      while (j < tokens.length && j - i <= MAX_DESCRIPTION) {
        const u = tokens[j] as Token;
        if (!u.word) break;
        const country = countryAt(lex, tokens, j);
        if (country?.adjective) {
          if (!countries.includes(country.code)) countries.push(country.code);
          j += country.length;
          continue;
        }
        if (lex.delegationTriggers.match(tokens, j) || (lex.boundaries.has(u.text) && !isDefinite(u.text))) break;
        if (
          u.text.startsWith('و') ||
          isGivenName(lex, u.text) ||
          !isAdjective(u.text) ||
          lex.titles.starts(u.text) ||
          lex.heads.starts(u.text)
        )
          break;
        j++;
      }
      let k = j;
      if (tokens[k] && COMMAS.has((tokens[k] as Token).text)) k++;
      let defines = false;
      for (let m = k; m < Math.min(tokens.length, k + TRIGGER_WINDOW); m++) {
        if (lex.delegationTriggers.match(tokens, m)) {
          defines = true;
          break;
        }
        const u = tokens[m] as Token;
        if (u.word && stripProclitic(u.text, (rest) => lex.delegationTriggers.match(tokens, m, rest) !== null, ['و'])) {
          defines = true;
          break;
        }
      }
      const range = tokenRange(sentence, i, j, skip);
      out.push(
        candidate({
          kind: 'group',
          start: range.start,
          end: range.end,
          sentence: sentence.sentence.index,
          rule: 'persons/delegation',
          roleInfo: {
            text: sentence.sentence.text.slice(
              range.start - sentence.sentence.start,
              range.end - sentence.sentence.start,
            ),
            office: 'وفد',
            number: 1,
            keys: [],
            countries,
            countryOrder: countries,
            counterpart: false,
            descriptor: false,
            count: null,
          },
          definesGroup: defines,
          strength: 1,
        }),
      );
      i = j - 1;
    }
    return out;
  },
};
