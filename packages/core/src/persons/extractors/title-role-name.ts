import { type Candidate, candidate, type PersonExtractor, type RoleInfo, type SentenceContext } from '../candidate.js';
import type { PersonLexicon } from '../lexicon.js';
import { isKnownName } from '../lexicon.js';
import { isStrongName, type NameRun, readName } from '../name-run.js';
import { type Prefix, readPrefix, roleInfoOf } from '../role-phrase.js';
import { followsInstitution, readApposition, tokenRange } from '../spans.js';
import type { Token } from '../tokens.js';
import { COMMAS, isDefinite, isGivenName, isPlaceAt, stripProclitic } from '../words.js';
import { titleReferenceAt } from './title-reference.js';

/**
 * A name after a role that opens with an unknown word and then a given name starts at the given
 * name: in `قائد طيار يوسف الزير`, طيار belongs to the role.
 */
function trimRoleWord(context: SentenceContext, run: NameRun): NameRun {
  const lex = context.lexicon;
  const [first, second] = run.parts;
  if (!first || !second || run.parts.length < 3) return run;
  const firstWord = first.norm.split(' ')[0] ?? '';
  if (isGivenName(lex, firstWord) || isKnownName(lex, first.norm)) return run;
  if (second.kind !== 'plain' || !lex.givenNames.has(second.norm.split(' ')[0] ?? '')) return run;
  const index = context.sentence.tokens.findIndex((t) => t.start === second.start);
  if (index < 0) return run;
  return readName(lex, context.sentence, index) ?? run;
}

/** Strength of a name introduced by a title or a role. */
const STRENGTH = 3;

/** A title alone (الوزير) implies an office, kept as a role without text. */
function titleRole(office: string): RoleInfo {
  return {
    text: '',
    office,
    number: 1,
    keys: [],
    countries: [],
    countryOrder: [],
    counterpart: false,
    descriptor: false,
    count: null,
  };
}

/** True when a name (a strong one, or a gazetteer one) starts at token `at`. */
function nameFollows(context: SentenceContext, at: number): boolean {
  const { lexicon: lex, sentence } = context;
  const next = readName(lex, sentence, at);
  if (next === null) return false;
  if (isStrongName(lex, next) || next.parts.length >= 2) return true;
  return isKnownName(lex, next.parts[0]?.norm ?? '');
}

/**
 * True when a role ends in a city that is no country or capital (بينبع، خميس مشيط), or in a
 * country named as a body after في (في دولة الكويت), with perhaps an adjective after it
 * (الشقيقة), for an office not held abroad: roles read no further than a country before places
 * were.
 */
function endsInPlace(lex: PersonLexicon, tokens: readonly Token[], until: number, abroad: boolean): boolean {
  // The place may have a quote (محافظ عدن «) or adjectives (دولة الكويت الشقيقة) after it.
  for (let end = until, steps = 0; end > 0 && steps < 4; end--, steps++) {
    for (let k = Math.max(0, end - 3); k < end; k++) {
      const t = tokens[k] as Token;
      const text = stripProclitic(t.text, (rest) => isPlaceAt(lex, tokens, k, rest), ['ب', 'ل', 'وب', 'ول'])?.rest;
      const match = lex.places.match(tokens, k, text ?? t.text);
      if (!match || k + match.length !== end) continue;
      if (lex.countries.match(tokens, k, text ?? t.text) === null) return true;
      return !abroad && lex.complementPrepositions.has(tokens[k - 1]?.text ?? '') && lex.bodies.has(t.text);
    }
    const last = tokens[end - 1] as Token;
    if (last.word && !isDefinite(last.text)) return false;
  }
  return false;
}

/** Whether a name read after `prefix` is good enough to keep. */
function acceptName(context: SentenceContext, prefix: Prefix, run: NameRun): boolean {
  const lex = context.lexicon;
  const titled = prefix.title !== null && prefix.title.last === prefix.end;
  const tokens = context.sentence.tokens;
  if (titled && prefix.title) {
    // Titles that are ordinary nouns too (دولة، الفريق، اللواء): one unknown word after them is no name.
    const words = tokens.slice(prefix.title.first, prefix.title.last).map((t) => t.text);
    const weak = words.length === 1 && lex.weakTitles.has(words[0] as string);
    if (!weak || run.parts.length >= 2 || isStrongName(lex, run)) return true;
    return isKnownName(lex, run.parts[0]?.norm ?? '');
  }
  if (isStrongName(lex, run)) return true;
  if (isKnownName(lex, run.parts[0]?.norm ?? '')) return true;
  // After a role that ends in a city, the words that follow are often the sentence going on
  // (أمير جازان تعميما عاجلا): only a name that looks like one.
  if (
    prefix.role &&
    prefix.role.last === prefix.end &&
    endsInPlace(lex, tokens, prefix.role.last, prefix.role.head.abroad)
  ) {
    // A family name, a compound or a third word still make a name: رئيس نادي نجران هذيل آل شرمة.
    const plain = run.parts.every((p) => (p.kind === 'plain' || p.kind === 'definite') && !p.norm.includes(' '));
    if (plain && run.parts.length < 3) return false;
  }
  // An occupation or a plural head needs a name that looks like one: المدرب بتشكيلين مختلفين.
  if (prefix.role?.head.descriptor || (prefix.role?.head.number ?? 1) > 1) return false;
  // After a role alone, a name of one unknown word is too weak (وزير الخارجية نفسه).
  return run.parts.length >= 2;
}

/**
 * Names after titles and role phrases (rules `persons/title-name`, `persons/role-name`,
 * `persons/counterpart`), with a role that follows the name attached to it; and role phrases with
 * no name after them, kept for resolution (`persons/role`, `persons/group-role`).
 *
 * @example
 * ```ts
 * // 'عقد وزير الدفاع التركي خلوصي أكار اجتماعاً' → a name mention 'وزير الدفاع التركي خلوصي أكار'
 * //   with role 'وزير الدفاع التركي' and name 'خلوصي أكار'
 * ```
 */
export const titleRoleNameExtractor: PersonExtractor = {
  name: 'title-role-name',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const tokens = sentence.tokens;
    const out: Candidate[] = [];
    const index = sentence.sentence.index;
    for (let i = 0; i < tokens.length; i++) {
      const prefix = readPrefix(lex, sentence, i);
      if (!prefix) continue;
      if (prefix.role === null && followsInstitution(lex, tokens, i)) {
        // مستشفى الملك فهد: skip the title and the name after it.
        const run = readName(lex, sentence, prefix.end, { afterTitle: true });
        i = Math.max(i, (run?.last ?? prefix.end) - 1);
        continue;
      }
      const titleRange = prefix.title
        ? tokenRange(sentence, prefix.title.first, prefix.title.last, prefix.title.first === i ? prefix.skip : 0)
        : null;
      const roleRange = prefix.role
        ? tokenRange(sentence, prefix.role.first, prefix.role.last, prefix.role.first === i ? prefix.skip : 0)
        : null;
      const roleInfo = prefix.role && roleRange ? roleInfoOf(lex, sentence, prefix.role, roleRange) : null;
      const mentionStart = tokenRange(sentence, i, i + 1, prefix.skip).start;
      const titled = prefix.title !== null && prefix.title.last === prefix.end;
      const lastTitle = titled ? (tokens[prefix.end - 1]?.text ?? '') : '';
      let run = readName(lex, sentence, prefix.end, { afterTitle: lex.familyNameTitles.has(lastTitle) });
      if (run && prefix.role && !titled) run = trimRoleWord(context, run);
      if (run && !acceptName(context, prefix, run)) run = null;

      if (!run) {
        if (prefix.role && roleInfo && roleRange && !prefix.role.head.descriptor) {
          const informative =
            roleInfo.keys.length > 0 || roleInfo.countries.length > 0 || roleInfo.counterpart || roleInfo.number > 1;
          if (informative) {
            out.push(
              candidate({
                kind: roleInfo.number > 1 ? 'group' : 'role',
                start: roleRange.start,
                end: roleRange.end,
                sentence: index,
                rule: roleInfo.number > 1 ? 'persons/group-role' : 'persons/role',
                role: roleRange,
                roleInfo,
              }),
            );
          } else {
            const reference = titleReferenceAt(context, prefix, i, { range: roleRange, info: roleInfo });
            if (reference) out.push(reference);
          }
        } else if (!prefix.role) {
          const reference = titleReferenceAt(context, prefix, i, null);
          if (reference) out.push(reference);
        }
        i = Math.max(i, prefix.end - 1);
        continue;
      }

      const extraRoles: RoleInfo[] = [];
      if (prefix.titleOffice) extraRoles.push(titleRole(prefix.titleOffice));
      let end = run.end;
      let role = roleRange;
      let info = roleInfo;
      const apposition = readApposition(lex, sentence, run.last, (at) => nameFollows(context, at));
      let last = run.last;
      if (apposition) {
        if (!apposition.comma && role === null) {
          role = apposition.range;
          info = apposition.info;
          end = apposition.range.end;
        } else {
          extraRoles.push(apposition.info);
        }
        last = apposition.end;
      }
      // A dual role shared out: وزيرا دفاع تركيا وقطر، خلوصي أكار، وخالد … gives تركيا to the first name.
      const firstCountry = info && info.number > 1 && info.countryOrder.length > 1 ? info.countryOrder[0] : undefined;
      if (info && firstCountry) info = { ...info, countries: [firstCountry] };
      const rule = prefix.role
        ? prefix.role.counterpart
          ? 'persons/counterpart'
          : 'persons/role-name'
        : 'persons/title-name';
      out.push(
        candidate({
          kind: 'name',
          start: mentionStart,
          end,
          sentence: index,
          rule,
          name: { start: run.start, end: run.end },
          parts: run.parts,
          title: titleRange,
          role,
          roleInfo: info,
          extraRoles,
          strength: STRENGTH,
        }),
      );

      // A dual or plural role before a list of names: وزيرا دفاع تركيا وقطر، خلوصي أكار، وخالد بن محمد العطية.
      if (info && info.number > 1 && prefix.role) {
        let j = last;
        let n = 1;
        const wanted = Math.max(info.number === 2 ? 2 : 0, info.countryOrder.length, info.count ?? 0);
        while (n < wanted && j < tokens.length) {
          if (tokens[j] && COMMAS.has(tokens[j]?.text ?? '')) j++;
          const item = readName(lex, sentence, j, { forceConjunction: true });
          if (!item || !isStrongName(lex, item)) break;
          const country = info.countryOrder[n];
          out.push(
            candidate({
              kind: 'name',
              start: item.start,
              end: item.end,
              sentence: index,
              rule: 'persons/name-list',
              name: { start: item.start, end: item.end },
              parts: item.parts,
              extraRoles: [{ ...info, number: 1, countries: country ? [country] : info.countries, text: info.text }],
              strength: STRENGTH,
            }),
          );
          j = item.last;
          last = j;
          n++;
        }
      }
      i = Math.max(i, last - 1);
    }
    return out;
  },
};
