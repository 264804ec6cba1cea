/**
 * Which country or polity a role speaks for: `وزير الخارجية المصري` → EG, `سفير مصر لدى المملكة`
 * → EG (not the country it is posted to), `رئيس جمهورية الشيشان` → الشيشان. Used to seat attendees
 * with the side they came with.
 */
import { defaultPersonLexicon, phraseTokens } from '../persons/lexicon.js';
import { tokensOfWords } from '../persons/tokens.js';

// The posting follows لدى: the ambassador speaks for the country before it.
const POSTED_TO = 'لدي';
// A polity named by its kind: the word after it is the polity (جمهورية الشيشان، حكومة الشيشان).
const POLITY_KINDS = new Set(['جمهوريه', 'حكومه', 'دوله', 'مملكه', 'اماره', 'ولايه', 'اقليم', 'اقليمي']);

/** Country codes and polity names a role speaks for. */
export function affiliationOf(role: string): Set<string> {
  const { countries } = defaultPersonLexicon();
  const words = phraseTokens(role);
  const cut = words.indexOf(POSTED_TO);
  const tokens = tokensOfWords(cut >= 0 ? words.slice(0, cut) : words);
  const found = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    const bare = text.startsWith('ل') && !text.startsWith('ال') ? text.slice(1) : undefined;
    const match = countries.match(tokens, i) ?? (bare ? countries.match(tokens, i, bare) : null);
    if (match) {
      found.add(match.value.code);
      i += match.length - 1;
      continue;
    }
    const next = tokens[i + 1]?.text;
    if (POLITY_KINDS.has(text) && next) found.add(next);
  }
  return found;
}

/**
 * The side an attendee came with: the one side whose participants speak for the same country as
 * the attendee (0, the host's, included); -1 when the roles tell nothing or point to no one side.
 */
export function attendeeSide(attendeeRoles: readonly string[], sideRoles: readonly (readonly string[])[]): number {
  const mine = new Set(attendeeRoles.flatMap((r) => [...affiliationOf(r)]));
  if (mine.size === 0) return -1;
  const shares = (roles: readonly string[]) => roles.some((r) => [...affiliationOf(r)].some((a) => mine.has(a)));
  const matching = sideRoles.map((roles, side) => (shares(roles) ? side : -1)).filter((s) => s >= 0);
  return matching.length === 1 ? (matching[0] as number) : -1;
}

/**
 * Seats the attendees one sentence names together (كما حضر الاجتماع A وB وC): they came together,
 * so when those whose roles tell a side all point to the same guest side, the others follow them;
 * otherwise each goes to the side their roles tell, and the host's side when they tell nothing
 * (where the guideline puts attendees).
 */
export function seatAttendees(
  attendees: readonly number[],
  rolesOf: (entity: number) => readonly string[],
  sideRoles: readonly (readonly string[])[],
  sideWords: string | null,
): Map<number, number> {
  const told = new Map(
    attendees.map((e) => [e, attendeeSide(sideWords ? [sideWords] : rolesOf(e), sideRoles)] as const),
  );
  const sides = new Set([...told.values()].filter((side) => side >= 0));
  const [only] = sides;
  const together = sides.size === 1 && only !== undefined && only > 0 ? only : null;
  return new Map(attendees.map((e) => [e, together ?? Math.max(0, told.get(e) ?? -1)]));
}
