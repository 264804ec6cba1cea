import { firstNotBefore } from '../../sorted.js';
import type { Candidate, PersonRefiner, RoleInfo } from '../candidate.js';
import { isStrongName, readName } from '../name-run.js';
import { readApposition } from '../spans.js';
import type { TokenizedSentence } from '../tokens.js';

/** Index of the token starting at or after `offset` in the sentence, or -1. */
function tokenAt(sentence: TokenizedSentence, offset: number): number {
  const tokens = sentence.tokens;
  const at = firstNotBefore(tokens, (t) => t.start < offset);
  return at < tokens.length ? at : -1;
}

const sameRole = (a: RoleInfo, b: RoleInfo) => a.text === b.text && a.office === b.office;

/**
 * Gives a name the role that follows it (`مصطفى كوكصو سفير أنقرة في قطر`, `فيصل بن خالد بن
 * عبدالعزيز أمير منطقة عسير`), whatever rule found the name: a role right after the name joins the
 * mention (it becomes its `role`), a role after a comma only the person's roles. A role phrase that
 * a name follows belongs to that name, and is left alone; a bare role mention taken by an
 * apposition is dropped.
 */
export const attachAppositions: PersonRefiner = {
  name: 'attach-appositions',
  refine(state, context) {
    const lex = context.lexicon;
    const candidates = [...state.candidates].sort((a, b) => a.start - b.start);
    const dropped = new Set<Candidate>();
    const out: Candidate[] = [];
    for (let k = 0; k < candidates.length; k++) {
      const c = candidates[k] as Candidate;
      if (dropped.has(c)) continue;
      if (c.kind !== 'name' || !c.name || c.end !== c.name.end) {
        out.push(c);
        continue;
      }
      const sentence = context.sentences[c.sentence];
      const at = sentence ? tokenAt(sentence, c.end) : -1;
      const apposition =
        sentence && at >= 0
          ? readApposition(lex, sentence, at, (i) => {
              const next = readName(lex, sentence, i);
              return next !== null && (isStrongName(lex, next) || next.parts.length >= 2);
            })
          : null;
      if (!apposition) {
        out.push(c);
        continue;
      }
      // The role must not run into another name; a bare role candidate inside it is the same phrase.
      let blocked = false;
      for (let m = k + 1; m < candidates.length; m++) {
        const next = candidates[m] as Candidate;
        if (next.start >= apposition.range.end) break;
        if (next.kind === 'role' && next.end <= apposition.range.end) dropped.add(next);
        else blocked = true;
      }
      if (blocked) {
        out.push(c);
        continue;
      }
      const extraRoles = c.extraRoles.some((r) => sameRole(r, apposition.info))
        ? c.extraRoles
        : [...c.extraRoles, apposition.info];
      if (!apposition.comma && c.role === null) {
        out.push({ ...c, end: apposition.range.end, role: apposition.range, roleInfo: c.roleInfo ?? apposition.info });
      } else {
        out.push({ ...c, extraRoles });
      }
    }
    return { ...state, candidates: out.filter((c) => !dropped.has(c)) };
  },
};
