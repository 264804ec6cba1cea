/** Small helpers shared by the extractors: token ranges to article offsets, and context checks. */
import type { Range, RoleInfo } from './candidate.js';
import type { PersonLexicon } from './lexicon.js';
import { type RoleSegment, readPrefix, roleInfoOf } from './role-phrase.js';
import { type Token, type TokenizedSentence, tokenTail } from './tokens.js';
import { stripProclitic } from './words.js';

/** Article offsets of tokens `[first, last)`, skipping `skip` proclitic letters of the first. */
export function tokenRange(sentence: TokenizedSentence, first: number, last: number, skip = 0): Range {
  const a = sentence.tokens[first] as Token;
  const z = sentence.tokens[last - 1] as Token;
  const start = skip > 0 ? tokenTail(sentence, a, skip).start : a.start;
  return { start, end: z.end };
}

/**
 * True when the word before token `i` is a place or institution noun (مستشفى الملك فهد، جامعة
 * الملك سعود، ثكنة خالد بن الوليد): the name that follows names the place, not a person.
 */
export function followsInstitution(lex: PersonLexicon, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev?.word) return false;
  if (lex.institutions.has(prev.text)) return true;
  return stripProclitic(prev.text, (rest) => lex.institutions.has(rest)) !== null;
}

/** A role phrase right after a name (an apposition), when no other name follows it. */
export interface Apposition {
  readonly range: Range;
  readonly info: RoleInfo;
  /** Token after the role. */
  readonly end: number;
  /** A comma stands between the name and the role. */
  readonly comma: boolean;
}

/**
 * Reads a role that follows a name (`مصطفى كوكصو سفير أنقرة في قطر`, `خليفة حفتر، القائد العام
 * للقوات المسلحة`). It is not an apposition when a name follows the role: then the role belongs to
 * that next name.
 *
 * @example
 * ```ts
 * // tokens of 'أوضح مصطفى كوكصو سفير أنقرة في قطر أن', after the name
 * readApposition(lex, sentence, 3, () => false)?.info.text //=> 'سفير أنقرة في قطر'
 * ```
 */
export function readApposition(
  lex: PersonLexicon,
  sentence: TokenizedSentence,
  i: number,
  nameFollows: (at: number) => boolean,
): Apposition | null {
  const tokens = sentence.tokens;
  let j = i;
  let comma = false;
  const t = tokens[j];
  if (!t) return null;
  if (t.text === '،' || t.text === ',') {
    j++;
    comma = true;
  }
  const head = tokens[j];
  if (!head?.word) return null;
  // Only a bare head: ووزير starts the next item of a list.
  const match = lex.heads.match(tokens, j);
  if (!match || match.value.chainOnly) return null;
  if (comma && !head.text.startsWith('ال')) return null;
  const prefix = readPrefix(lex, sentence, j);
  if (!prefix?.role || prefix.role.first !== j || prefix.role.counterpart) return null;
  if (prefix.role.head.descriptor && prefix.role.complement.length === 0) return null;
  let role: RoleSegment = prefix.role;
  if (nameFollows(prefix.end)) {
    // أمير منطقة عسير رئيس فرع الإفتاء الدكتور X: the first role of a chain is the previous
    // name's, the rest is X's. Without a chain the whole role is X's.
    const cut = role.chainAt[0];
    if (cut === undefined) return null;
    role = {
      ...role,
      last: cut,
      complement: role.complement.filter((k) => k < cut),
      chained: [],
      chainAt: [],
    };
  }
  const range = tokenRange(sentence, role.first, role.last);
  return { range, info: roleInfoOf(lex, sentence, role, range), end: role.last, comma };
}
