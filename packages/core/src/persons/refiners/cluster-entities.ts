import type { Candidate, EntityDraft, NamePartKey, PersonRefiner, RoleInfo } from '../candidate.js';
import { type PersonLexicon, partKey } from '../lexicon.js';
import { ClusterIndex, MAX_CLUSTERS_COMPARED } from './cluster-index.js';

/** The generation word of a name (باراك أوباما الأب / الابن), or null. */
const generation = (lex: PersonLexicon, parts: readonly NamePartKey[]) =>
  parts.find((p) => lex.generations.has(p.norm))?.norm ?? null;

function sameKey(a: NamePartKey | undefined, b: NamePartKey | undefined): boolean {
  if (!a || !b) return false;
  return a.norm === b.norm || partKey(a) === partKey(b);
}

/**
 * True when the shorter name `a` can be a form of the fuller name `b`: the same first name and
 * the rest in order (`خالد العطية` ⊑ `خالد بن محمد العطية`, `محمد بن سلمان` ⊑ `محمد بن سلمان بن
 * عبدالعزيز`); a single word must be `b`'s family name (`أكار`), or its first name when
 * `firstName` allows it.
 *
 * @example
 * ```ts
 * // parts of 'خالد العطية' and 'خالد بن محمد العطية'
 * isFormOf(lex, short, full, false) //=> true
 * // parts of 'محمد بن سلمان' and 'محمد بن نايف'
 * isFormOf(lex, a, b, false) //=> false
 * ```
 */
export function isFormOf(
  lex: PersonLexicon,
  a: readonly NamePartKey[],
  b: readonly NamePartKey[],
  firstName: boolean,
): boolean {
  if (a.length === 0 || b.length === 0 || a.length > b.length) return false;
  if (generation(lex, a) !== generation(lex, b)) return false;
  if (a.length === b.length) return a.every((p, i) => sameKey(p, b[i]));
  const lastB = b[b.length - 1] as NamePartKey;
  if (a.length === 1) {
    const only = a[0] as NamePartKey;
    if (sameKey(only, lastB) && lastB.kind !== 'bin') return true;
    return firstName && sameKey(only, b[0]);
  }
  if (!sameKey(a[0], b[0])) return false;
  let j = 1;
  for (let i = 1; i < a.length; i++) {
    while (j < b.length && !sameKey(b[j], a[i])) j++;
    if (j >= b.length) return false;
    j++;
  }
  const prefix = a.every((p, i) => sameKey(p, b[i]));
  return prefix || sameKey(a[a.length - 1], lastB);
}

interface Cluster {
  parts: readonly NamePartKey[];
  known: string | null;
  members: number[];
}

/** True when a single-word mention may stand for a first name: after a title (الأمير محمد), or when it is not a common one. */
function mayBeFirstName(lex: PersonLexicon, c: Candidate): boolean {
  return c.parts.length === 1 && (c.title !== null || !isCommonFirstName(lex, c.parts[0] as NamePartKey));
}

function compatible(lex: PersonLexicon, c: Candidate, cluster: Cluster, firstName: boolean): boolean {
  if (c.known && cluster.known && c.known !== cluster.known) return false;
  if (c.known && c.known === cluster.known) return true;
  return isFormOf(lex, c.parts, cluster.parts, firstName) || isFormOf(lex, cluster.parts, c.parts, false);
}

/**
 * The clusters a mention fits, in the order they were made: all of those with its gazetteer id,
 * and of the others enough to tell none, one or several apart (that is all the caller reads).
 * Only clusters that share a word with it are compared, and at most {@link MAX_CLUSTERS_COMPARED}.
 */
function fitting(lex: PersonLexicon, c: Candidate, index: ClusterIndex<Cluster>): Cluster[] {
  const firstName = mayBeFirstName(lex, c);
  const fits: Cluster[] = [];
  let others = 0;
  let compared = 0;
  for (const cluster of index.candidates(c.parts, c.known, firstName)) {
    const sameKnown = c.known !== null && cluster.known === c.known;
    if (!sameKnown && (others > 1 || compared >= MAX_CLUSTERS_COMPARED)) continue;
    compared++;
    if (!compatible(lex, c, cluster, firstName)) continue;
    fits.push(cluster);
    if (!sameKnown) others++;
  }
  return fits;
}

/** A first name borne by many (محمد, خالد): alone, it cannot point to one person without a title. */
export function isCommonFirstName(lex: PersonLexicon, part: NamePartKey): boolean {
  const word = part.norm.replace(/ /gu, '');
  const common = (w: string) =>
    (lex.givenNames.has(w) && !lex.foreignGivenNames.has(w)) || lex.ambiguousGivenNames.has(w);
  return common(word) || common(part.norm);
}

/** Countries of a person: from the roles the article gives, and the gazetteer. */
export function countriesOf(roles: readonly RoleInfo[], known: string | null, lex: PersonLexicon): string[] {
  const out = new Set<string>();
  for (const r of roles) for (const c of r.countries) out.add(c);
  const entry = known ? lex.people.find((p) => p.id === known) : undefined;
  if (entry?.country) out.add(entry.country);
  return [...out];
}

/** Builds the entity drafts of clusters of name candidates. */
export function draftsOf(
  lex: PersonLexicon,
  text: string,
  candidates: readonly Candidate[],
  clusters: readonly { members: readonly number[]; known: string | null }[],
): EntityDraft[] {
  return clusters.map((cluster) => {
    const members = cluster.members.map((m) => candidates[m] as Candidate);
    const names = members.filter((m) => m.name);
    // The fullest form: most parts, then longest, then first.
    const fullest = [...names].sort(
      (a, b) =>
        b.parts.length - a.parts.length ||
        (b.name as { end: number; start: number }).end -
          (b.name as { start: number }).start -
          ((a.name as { end: number }).end - (a.name as { start: number }).start) ||
        a.start - b.start,
    )[0] as Candidate;
    const name = text.slice(fullest.name?.start ?? 0, fullest.name?.end ?? 0);
    const aliases: string[] = [];
    for (const m of names) {
      const form = text.slice(m.name?.start ?? 0, m.name?.end ?? 0);
      if (form !== name && !aliases.includes(form)) aliases.push(form);
    }
    const roles: RoleInfo[] = [];
    for (const m of members) {
      for (const r of [...(m.roleInfo ? [m.roleInfo] : []), ...m.extraRoles]) {
        if (!roles.some((o) => o.text === r.text && o.office === r.office && o.keys.join() === r.keys.join()))
          roles.push(r);
      }
    }
    return {
      name,
      parts: fullest.parts,
      aliases,
      roles,
      known: cluster.known,
      countries: countriesOf(roles, cluster.known, lex),
      first: Math.min(...members.map((m) => m.start)),
    };
  });
}

/**
 * Groups name mentions into persons (rule order: fullest names first): a mention joins the one
 * person whose name it is a form of (`أكار`, `خلوصي`, `خالد العطية`), or who has the same gazetteer
 * id; a one-word mention that fits several persons is dropped; a longer one starts a person of
 * its own. محمد بن سلمان and محمد بن نايف never merge: neither is a form of the other.
 */
export const clusterEntities: PersonRefiner = {
  name: 'cluster-entities',
  refine(state, context) {
    const lex = context.lexicon;
    const candidates = state.candidates;
    const order = candidates
      .map((_c, i) => i)
      .filter((i) => (candidates[i] as Candidate).kind === 'name')
      .sort((a, b) => {
        const ca = candidates[a] as Candidate;
        const cb = candidates[b] as Candidate;
        return (
          Number(cb.known !== null) - Number(ca.known !== null) ||
          cb.parts.length - ca.parts.length ||
          cb.strength - ca.strength ||
          ca.start - cb.start
        );
      });
    const clusters: Cluster[] = [];
    const index = new ClusterIndex<Cluster>();
    const dropped = new Set<number>();
    for (const i of order) {
      const c = candidates[i] as Candidate;
      const fits = fitting(lex, c, index);
      const sameKnown = c.known ? fits.filter((cl) => cl.known === c.known) : [];
      const target = sameKnown.length === 1 ? sameKnown[0] : fits.length === 1 ? fits[0] : undefined;
      if (target) {
        target.members.push(i);
        target.known ??= c.known;
        if (c.parts.length > target.parts.length) target.parts = c.parts;
        index.file(target);
        continue;
      }
      if (fits.length > 1 && c.parts.length === 1) {
        dropped.add(i);
        continue;
      }
      const cluster = { parts: c.parts, known: c.known, members: [i] };
      clusters.push(cluster);
      index.file(cluster);
    }
    const entityOf = new Map<number, number>();
    clusters.forEach((cl, e) => {
      for (const m of cl.members) entityOf.set(m, e);
    });
    const next = candidates
      .map((c, i) => (c.kind === 'name' ? { ...c, entities: entityOf.has(i) ? [entityOf.get(i) as number] : [] } : c))
      .filter((_c, i) => !dropped.has(i));
    // Member indexes shift when candidates are dropped: rebuild them.
    const reindexed: { members: number[]; known: string | null }[] = clusters.map((cl) => ({
      members: [],
      known: cl.known,
    }));
    next.forEach((c, i) => {
      if (c.kind === 'name' && c.entities.length === 1) reindexed[c.entities[0] as number]?.members.push(i);
    });
    return { ...state, candidates: next, entities: draftsOf(lex, context.article.text, next, reindexed) };
  },
};
