import type { Candidate, PersonRefiner, RoleInfo } from '../candidate.js';

const overlaps = (a: Candidate, b: Candidate) => a.start < b.end && b.start < a.end;
const contains = (a: Candidate, b: Candidate) => a.start <= b.start && b.end <= a.end;

function mergeRoles(a: readonly RoleInfo[], b: readonly RoleInfo[]): RoleInfo[] {
  const out = [...a];
  for (const r of b) if (!out.some((o) => o.text === r.text && o.office === r.office)) out.push(r);
  return out;
}

/**
 * Folds `inner` (a mention inside `outer`) into `outer`: the gazetteer id when both name the same
 * words from the same start, the roles always.
 */
function absorb(outer: Candidate, inner: Candidate): Candidate {
  if (outer.kind !== 'name' || inner.kind !== 'name' || !outer.name || !inner.name) return outer;
  const sameStart = inner.name.start === outer.name.start;
  const known = outer.known ?? (sameStart && inner.name.end <= outer.name.end ? inner.known : null);
  const extra = inner.roleInfo && !outer.roleInfo ? [inner.roleInfo, ...inner.extraRoles] : inner.extraRoles;
  return {
    ...outer,
    known,
    title:
      outer.title ??
      (inner.title && outer.name && inner.title.start >= outer.start && inner.title.end <= outer.name.start
        ? inner.title
        : null),
    extraRoles: mergeRoles(outer.extraRoles, extra),
  };
}

/** Which of two crossing mentions to keep. */
function better(a: Candidate, b: Candidate): Candidate {
  if (a.kind === 'name' && b.kind !== 'name') return a;
  if (b.kind === 'name' && a.kind !== 'name') return b;
  if (a.strength !== b.strength) return a.strength > b.strength ? a : b;
  return a.end - a.start >= b.end - b.start ? a : b;
}

/**
 * Makes the candidates non-overlapping (rule order of chrono's merging refiners): a mention that
 * contains another absorbs it (`الرئيس التركي رجب طيب أردوغان` takes the gazetteer id of `رجب طيب
 * أردوغان`); of two crossing mentions the name, then the stronger, then the longer one stays.
 */
export const resolveOverlaps: PersonRefiner = {
  name: 'resolve-overlaps',
  refine(state) {
    const sorted = [...state.candidates].sort((a, b) => a.start - b.start || b.end - a.end || b.strength - a.strength);
    const kept: Candidate[] = [];
    // The kept candidates that reach past the current start, by index: only they can overlap it, as
    // the input is sorted by start. One ending before it never changes again (only an overlap
    // replaces a kept candidate), so a long article is not scanned back to its start for each one.
    let open: number[] = [];
    for (const c of sorted) {
      open = open.filter((k) => (kept[k] as Candidate).end > c.start);
      let placed = false;
      for (let i = open.length - 1; i >= 0; i--) {
        const k = open[i] as number;
        const other = kept[k] as Candidate;
        if (!overlaps(other, c)) continue;
        placed = true;
        if (contains(other, c)) {
          // A name inside a role or group phrase wins over the phrase.
          if (other.kind !== 'name' && c.kind === 'name') kept[k] = c;
          else kept[k] = absorb(other, c);
        } else {
          const winner = better(other, c);
          kept[k] = winner === other ? absorb(other, c) : absorb(c, other);
        }
        break;
      }
      if (!placed) {
        kept.push(c);
        open.push(kept.length - 1);
      }
    }
    // Replacing a kept candidate can leave it crossing a later one; keep the first of such pairs.
    const out: Candidate[] = [];
    for (const c of kept.sort((a, b) => a.start - b.start)) {
      const last = out[out.length - 1];
      if (last && overlaps(last, c)) {
        out[out.length - 1] = better(last, c);
        continue;
      }
      out.push(c);
    }
    return { ...state, candidates: out };
  },
};
