import type { NamePartKey } from '../candidate.js';
import { partKey } from '../lexicon.js';

/** What the index needs of a cluster of name mentions. */
export interface IndexedCluster {
  readonly parts: readonly NamePartKey[];
  readonly known: string | null;
}

/**
 * Most clusters a name is compared with before it is taken for a person of its own. Real articles
 * name a few dozen persons; only made-up input gives hundreds that share a name's first and last
 * words and none of which it fits.
 */
export const MAX_CLUSTERS_COMPARED = 200;

const key = (parts: readonly NamePartKey[]) => parts.map(partKey).join('|');

/**
 * The clusters a name may belong to, found by the words they share instead of by comparing the
 * name with every cluster of the article. A name is a form of another (`isFormOf`) only when both
 * start with the same word and one is a prefix of the other or both end with the same word, when
 * one is a single word equal to the other's first or last word, or when both are the same
 * gazetteer person; so those are the keys. Name parts compare by `partKey`, as `isFormOf` does.
 */
export class ClusterIndex<C extends IndexedCluster> {
  readonly #clusters: C[] = [];
  readonly #indexOf = new Map<C, number>();
  readonly #byKey = new Map<string, Set<number>>();

  /** Adds a cluster, or files it again after its parts or its gazetteer id changed. */
  file(cluster: C): void {
    let index = this.#indexOf.get(cluster);
    if (index === undefined) {
      index = this.#clusters.length;
      this.#clusters.push(cluster);
      this.#indexOf.set(cluster, index);
    }
    for (const k of keysOfCluster(cluster)) {
      const indexes = this.#byKey.get(k);
      if (indexes) indexes.add(index);
      else this.#byKey.set(k, new Set([index]));
    }
  }

  /**
   * The clusters that `parts` (with gazetteer id `known`) may be a form of or have as a form, in
   * the order they were added: every cluster it fits is among them. `firstName` says whether a
   * single word may stand for a first name.
   */
  candidates(parts: readonly NamePartKey[], known: string | null, firstName: boolean): C[] {
    const found = new Set<number>();
    for (const k of keysOfName(parts, known, firstName)) for (const index of this.#byKey.get(k) ?? []) found.add(index);
    return [...found].sort((a, b) => a - b).map((index) => this.#clusters[index] as C);
  }
}

function keysOfCluster({ parts, known }: IndexedCluster): string[] {
  const keys = known ? [`known|${known}`] : [];
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return keys;
  keys.push(`first|${partKey(first)}`, `last|${partKey(last)}`, `whole|${key(parts)}`);
  if (parts.length === 1) keys.push(`single|${partKey(first)}`);
  else keys.push(`ends|${partKey(first)}|${partKey(last)}`);
  for (let length = 2; length <= parts.length; length++) keys.push(`prefix|${key(parts.slice(0, length))}`);
  return keys;
}

function keysOfName(parts: readonly NamePartKey[], known: string | null, firstName: boolean): string[] {
  const keys = known ? [`known|${known}`] : [];
  const first = parts[0];
  const last = parts.at(-1);
  if (!first || !last) return keys;
  if (parts.length === 1) {
    // A single word is a cluster's last word, its first (as a first name), or the same single word.
    keys.push(`last|${partKey(first)}`);
    if (firstName) keys.push(`first|${partKey(first)}`);
    return keys;
  }
  // Clusters it is a prefix of, clusters that are a prefix of it, the same first and last words,
  // and a single word equal to its last.
  keys.push(`prefix|${key(parts)}`, `ends|${partKey(first)}|${partKey(last)}`, `single|${partKey(last)}`);
  for (let length = 2; length <= parts.length; length++) keys.push(`whole|${key(parts.slice(0, length))}`);
  return keys;
}
