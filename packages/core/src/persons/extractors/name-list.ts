import { type Candidate, candidate, type PersonExtractor } from '../candidate.js';
import { isKnownName } from '../lexicon.js';
import { isStrongName, readName } from '../name-run.js';
import { readPrefix } from '../role-phrase.js';
import type { Token } from '../tokens.js';
import { LIST_SEPARATORS } from '../words.js';

const STRENGTH = 2.5;
const MAX_ITEMS = 30;
/** What may stand between list items: separators, a colon, a lone و. */
const SKIP = new Set([...LIST_SEPARATORS, ':', 'و']);

/**
 * Names listed after a word that announces them (rule `persons/name-list`): `هم: إيلكر صاغلك،
 * ودوغان قيصّا، ونور الدين تشالك`, `كلا من X، وY`, `تدعى روث بيكر`. Each item loses its و, and
 * must have two name words or more (or be a gazetteer name). Items with a title or a role are left
 * to the title and role extractor, and the list goes on after them.
 *
 * @example
 * ```ts
 * // 'والأتراك السبعة المحررون … هم: إيلكر صاغلك، ودوغان قيصّا' → 'إيلكر صاغلك', 'دوغان قيصّا'
 * ```
 */
export const nameListExtractor: PersonExtractor = {
  name: 'name-list',
  extract(context) {
    const { lexicon: lex, sentence } = context;
    const tokens = sentence.tokens;
    const out: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const trigger = lex.listTriggers.match(tokens, i);
      if (!trigger) continue;
      let j = i + trigger.length;
      const triggerText = tokens
        .slice(i, j)
        .map((t) => t.text)
        .join(' ');
      // After a colon or an explicit list word, items need not open with a known given name.
      const open = tokens[j]?.text === ':' || lex.listOpeners.has(triggerText);
      if (tokens[j]?.text === ':') j++;
      for (let items = 0; items < MAX_ITEMS && j < tokens.length; items++) {
        while (j < tokens.length && SKIP.has((tokens[j] as Token).text)) j++;
        const prefix = readPrefix(lex, sentence, j);
        if (prefix) {
          const run = readName(lex, sentence, prefix.end, { afterTitle: prefix.title !== null });
          if (!run) break;
          j = run.last;
          continue;
        }
        const run = readName(lex, sentence, j, { forceConjunction: true });
        if (!run) break;
        const known = isKnownName(lex, run.parts.map((p) => p.norm).join(' '));
        if (run.parts.length < 2 && !known) break;
        if (!open && !known && !isStrongName(lex, run)) break;
        out.push(
          candidate({
            kind: 'name',
            start: run.start,
            end: run.end,
            sentence: sentence.sentence.index,
            rule: 'persons/name-list',
            name: { start: run.start, end: run.end },
            parts: run.parts,
            strength: STRENGTH,
          }),
        );
        j = run.last;
      }
      i = Math.max(i, j - 1);
    }
    return out;
  },
};
