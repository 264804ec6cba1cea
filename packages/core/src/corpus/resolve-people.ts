import { nameKey } from '../names/name-key.js';
import { latinKey } from '../names/transliterate.js';
import { defaultPersonLexicon, type PersonLexicon, phraseTokens } from '../persons/lexicon.js';
import type { Token } from '../persons/tokens.js';
import type { MeetingReport, MergeReason, ReportedParticipant } from './types.js';

/**
 * Entity resolution across articles: the participants of every report, grouped first by name key
 * (spellings that differ in hamza, ya, ta marbuta or look-alike letters), then joined by evidence
 * a reader would accept, each join recorded with its reason:
 * - `known-person`: both are the same gazetteer entry;
 * - `same-article`: one article uses both full names for one person;
 * - `same-latin-name`: two full names read the same in Latin letters (قالن / كالين);
 * - `partial-name`: a short name (أكار, خالد العطية) that fits exactly one full name in the corpus
 *   (خلوصي أكار, خالد بن محمد العطية), when no role says they are different people.
 * A short name that fits several full names, or a common first name alone (محمد), joins nobody.
 * The result depends on the set of reports only, never on their order.
 */

/** One resolved person before counts are known. */
export interface ResolvedPerson {
  readonly id: string;
  readonly name: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly roles: readonly string[];
  readonly known: string | null;
  readonly merges: readonly MergeReason[];
}

/** People of a corpus, and the person each reported participant is. */
export interface ResolvedPeople {
  readonly people: ReadonlyMap<string, ResolvedPerson>;
  /** The person id of a participant, or null when the name has no key (punctuation only). */
  personOf(participant: ReportedParticipant): string | null;
}

/** Every participant whose name has one name key. */
interface NameGroup {
  readonly key: string;
  readonly tokens: readonly string[];
  readonly spellings: Map<string, number>;
  readonly ens: Map<string, number>;
  readonly roles: Map<string, number>;
  readonly known: Set<string>;
  readonly aliasKeys: Set<string>;
  readonly aliases: Set<string>;
  count: number;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const bump = (map: Map<string, number>, value: string) => map.set(value, (map.get(value) ?? 0) + 1);
/** Most frequent first, then code-point order: deterministic whatever order the counts came in. */
const ranked = (map: ReadonlyMap<string, number>) =>
  [...map].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).map(([value]) => value);

class UnionFind {
  readonly #parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.#parent.has(root)) root = this.#parent.get(root) as string;
    return root;
  }
  /** Joins the two sets; the code-point-smaller root stays root, so the result ignores input order. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (byCodePoint(ra, rb) < 0) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
    return true;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** True when `short` appears in order inside `long`, with the same first and last word. */
function fitsInside(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  if (short.length === 1) return short[0] === long.at(-1);
  if (short[0] !== long[0] || short.at(-1) !== long.at(-1)) return false;
  let j = 0;
  for (const word of long) if (word === short[j]) j++;
  return j === short.length;
}

/** Country codes a role names (`وزير الدفاع التركي` → TR). */
function roleCountries(role: string, lexicon: PersonLexicon): Set<string> {
  const codes = new Set<string>();
  // PhraseTable reads only the text of the tokens it is given.
  const tokens = phraseTokens(role).map((text) => ({ text }) as Token);
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i]?.text ?? '';
    const match = lexicon.countries.match(tokens, i) ?? lexicon.countries.match(tokens, i, text.replace(/^ال/, ''));
    if (match) codes.add(match.value.code);
  }
  return codes;
}

/** Latin slug of a name for a readable, stable id. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Resolves the participants of `reports` into people: one person for every spelling of a name,
 * with the reason each spelling was merged.
 *
 * @example
 * ```ts
 * const { reports } = await store.loadReports();
 * const { people } = resolvePeople(reports);
 * people.get('hulusi-akar')?.aliases; //=> ['أكار', 'خلوصي', 'خلوصي آكار']
 * ```
 */
export function resolvePeople(
  reports: readonly MeetingReport[],
  lexicon: PersonLexicon = defaultPersonLexicon(),
): ResolvedPeople {
  const keyCache = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = keyCache.get(name);
    if (key === undefined) {
      key = nameKey(name);
      keyCache.set(name, key);
    }
    return key;
  };

  const groups = new Map<string, NameGroup>();
  for (const report of reports) {
    for (const p of report.participants) {
      const key = keyOf(p.name);
      if (key === '') continue;
      let group = groups.get(key);
      if (!group) {
        group = {
          key,
          tokens: key.split(' '),
          spellings: new Map(),
          ens: new Map(),
          roles: new Map(),
          known: new Set(),
          aliasKeys: new Set(),
          aliases: new Set(),
          count: 0,
        };
        groups.set(key, group);
      }
      group.count++;
      bump(group.spellings, p.name);
      if (p.en) bump(group.ens, p.en);
      if (p.role) bump(group.roles, p.role);
      if (p.known) group.known.add(p.known);
      for (const alias of p.aliases) {
        group.aliases.add(alias);
        const aliasKey = keyOf(alias);
        if (aliasKey.includes(' ') && aliasKey !== key) group.aliasKeys.add(aliasKey);
      }
    }
  }

  const keys = [...groups.keys()].sort(byCodePoint);
  const sets = new UnionFind();
  const reasons = new Map<string, MergeReason[]>();
  const spellingOf = (key: string) => ranked((groups.get(key) as NameGroup).spellings)[0] ?? key;
  const join = (into: string, other: string, rule: string, why: string) => {
    if (sets.union(into, other)) {
      const list = reasons.get(other) ?? [];
      list.push({ name: spellingOf(other), rule, why });
      reasons.set(other, list);
    }
  };

  const byKnown = new Map<string, string[]>();
  for (const key of keys) for (const id of (groups.get(key) as NameGroup).known) push(byKnown, id, key);
  const entries = new Map(lexicon.people.map((entry) => [entry.id, entry]));
  for (const [id, list] of [...byKnown].sort((a, b) => byCodePoint(a[0], b[0]))) {
    const entry = entries.get(id);
    for (const key of list.slice(1)) {
      join(
        list[0] as string,
        key,
        'known-person',
        `both name ${entry?.name ?? id} (${entry?.en ?? id}) of the gazetteer`,
      );
    }
  }

  for (const key of keys) {
    for (const aliasKey of [...(groups.get(key) as NameGroup).aliasKeys].sort(byCodePoint)) {
      if (!groups.has(aliasKey)) continue;
      join(key, aliasKey, 'same-article', `an article calls ${spellingOf(key)} also ${spellingOf(aliasKey)}`);
    }
  }

  const byLatin = new Map<string, string[]>();
  for (const key of keys) {
    const group = groups.get(key) as NameGroup;
    if (group.tokens.length < 2) continue;
    const latin = latinKey(spellingOf(key));
    if (latin.includes(' ')) push(byLatin, latin, key);
  }
  for (const [latin, list] of byLatin) {
    for (const key of list.slice(1)) {
      join(
        list[0] as string,
        key,
        'same-latin-name',
        `${spellingOf(key)} and ${spellingOf(list[0] as string)} read the same in Latin letters (${latin})`,
      );
    }
  }

  // Partial names are matched against the sets as they stand now, and all joins applied after, so
  // that one partial join cannot make another look unique.
  const givenKeys = new Set([...lexicon.givenNames].map(keyOf));
  const members = new Map<string, string[]>();
  for (const key of keys) {
    push(members, sets.find(key), key);
  }
  const longest = (root: string) =>
    Math.max(...(members.get(root) ?? []).map((k) => (groups.get(k) as NameGroup).tokens.length));
  const knownOf = (root: string) =>
    new Set((members.get(root) ?? []).flatMap((k) => [...(groups.get(k) as NameGroup).known]));
  const countriesOf = (root: string) => {
    const codes = new Set<string>();
    for (const k of members.get(root) ?? [])
      for (const role of (groups.get(k) as NameGroup).roles.keys())
        for (const c of roleCountries(role, lexicon)) codes.add(c);
    return codes;
  };
  const byLastWord = new Map<string, Set<string>>();
  for (const key of keys) {
    const last = (groups.get(key) as NameGroup).tokens.at(-1) as string;
    const roots = byLastWord.get(last) ?? new Set<string>();
    roots.add(sets.find(key));
    byLastWord.set(last, roots);
  }
  const partialJoins: Array<[string, string, string]> = [];
  for (const root of [...members.keys()].sort(byCodePoint)) {
    const own = members.get(root) ?? [];
    const ownFullest = own.reduce((a, b) =>
      (groups.get(b) as NameGroup).tokens.length > (groups.get(a) as NameGroup).tokens.length ? b : a,
    );
    const short = (groups.get(ownFullest) as NameGroup).tokens;
    if (short.length === 1 && givenKeys.has(short[0] as string)) continue;
    const candidates = [...(byLastWord.get(short.at(-1) as string) ?? [])].filter(
      (other) =>
        other !== root &&
        longest(other) > short.length &&
        (members.get(other) ?? []).some((k) => fitsInside(short, (groups.get(k) as NameGroup).tokens)),
    );
    if (candidates.length !== 1) continue;
    const target = candidates[0] as string;
    const knownA = knownOf(root);
    const knownB = knownOf(target);
    if (knownA.size > 0 && knownB.size > 0 && ![...knownA].some((id) => knownB.has(id))) continue;
    const countriesA = countriesOf(root);
    const countriesB = countriesOf(target);
    if (countriesA.size > 0 && countriesB.size > 0 && ![...countriesA].some((c) => countriesB.has(c))) continue;
    const full = spellingOf(
      (members.get(target) ?? []).reduce((a, b) =>
        (groups.get(b) as NameGroup).tokens.length > (groups.get(a) as NameGroup).tokens.length ? b : a,
      ),
    );
    partialJoins.push([target, ownFullest, `${spellingOf(ownFullest)} fits one full name in the corpus: ${full}`]);
  }
  for (const [target, key, why] of partialJoins) join(target, key, 'partial-name', why);

  return buildPeople(keys, groups, sets, reasons, entries, keyOf);
}

function buildPeople(
  keys: readonly string[],
  groups: ReadonlyMap<string, NameGroup>,
  sets: UnionFind,
  reasons: ReadonlyMap<string, MergeReason[]>,
  entries: ReadonlyMap<string, { readonly name: string; readonly en: string }>,
  keyOf: (name: string) => string,
): ResolvedPeople {
  const clusters = new Map<string, string[]>();
  for (const key of keys) {
    push(clusters, sets.find(key), key);
  }
  const drafts: Array<{ root: string; person: Omit<ResolvedPerson, 'id'>; slug: string }> = [];
  for (const [root, members] of clusters) {
    const memberGroups = members.map((k) => groups.get(k) as NameGroup);
    const spellings = new Map<string, number>();
    const ens = new Map<string, number>();
    const roles = new Map<string, number>();
    const known = new Set<string>();
    const aliases = new Set<string>();
    for (const g of memberGroups) {
      for (const [s, n] of g.spellings) spellings.set(s, (spellings.get(s) ?? 0) + n);
      for (const [s, n] of g.roles) roles.set(s, (roles.get(s) ?? 0) + n);
      for (const id of g.known) known.add(id);
      for (const a of g.aliases) aliases.add(a);
    }
    const main = [...memberGroups].sort(
      (a, b) => b.tokens.length - a.tokens.length || b.count - a.count || byCodePoint(a.key, b.key),
    )[0] as NameGroup;
    for (const [s, n] of main.ens) ens.set(s, (ens.get(s) ?? 0) + n);
    const knownId = [...known].sort(byCodePoint)[0] ?? null;
    const entry = knownId ? entries.get(knownId) : undefined;
    const name = entry?.name ?? ranked(main.spellings)[0] ?? main.key;
    const en = entry?.en ?? ranked(ens)[0] ?? '';
    for (const s of spellings.keys()) aliases.add(s);
    for (const g of memberGroups) for (const e of g.ens.keys()) aliases.add(e);
    aliases.delete(name);
    aliases.delete(en);
    const merges = members.flatMap((k) => reasons.get(k) ?? []);
    drafts.push({
      root,
      slug:
        knownId ??
        (slug(en) ||
          `p-${[...keyOf(name)]
            .map((c) => c.codePointAt(0)?.toString(36))
            .join('')
            .slice(0, 16)}`),
      person: { name, en, aliases: [...aliases].sort(byCodePoint), roles: ranked(roles), known: knownId, merges },
    });
  }
  drafts.sort((a, b) => byCodePoint(a.slug, b.slug) || byCodePoint(a.root, b.root));
  const people = new Map<string, ResolvedPerson>();
  const idOfRoot = new Map<string, string>();
  for (const draft of drafts) {
    let id = draft.slug;
    for (let n = 2; people.has(id); n++) id = `${draft.slug}-${n}`;
    people.set(id, { id, ...draft.person });
    idOfRoot.set(draft.root, id);
  }
  return {
    people,
    personOf(participant) {
      const key = keyOf(participant.name);
      if (!groups.has(key)) return null;
      return idOfRoot.get(sets.find(key)) ?? null;
    },
  };
}
