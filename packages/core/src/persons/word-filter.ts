/**
 * Sets of words held as bits of their hashes, to tell at once that a word is none of them. The
 * persons stage asks of every word whether it opens a role, starts a gazetteer name or is a given
 * name; most words are none of these, and a bit in a small table answers them faster than a
 * lookup in a large one, whose entries are rarely still in the processor's cache.
 */

/** The hash of the empty word (the FNV-1a offset basis), where {@link hashStep} starts. */
export const EMPTY_HASH = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The FNV-1a hash of `prefix` then `text.slice(from)`, made of its code units without making the
 * string. Hashes are signed 32-bit integers, which V8 keeps in place (every token holds two); an
 * unsigned one above 2^31 would be a number boxed on the heap.
 */
export function wordHash(text: string, from = 0, prefix = ''): number {
  let hash = EMPTY_HASH;
  for (let i = 0; i < prefix.length; i++) hash = hashStep(hash, prefix.charCodeAt(i));
  for (let i = from; i < text.length; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}

/** One step of {@link wordHash}, for callers that fold a word's code units as they hash them. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** Bits for each hash a filter holds: about 1.5% of other words then pass. */
const BITS_PER_HASH = 64;
const MIN_BITS_LOG2 = 10;
const MAX_BITS_LOG2 = 24;

/**
 * A set of hashes with no false negatives: `mayHold(h)` is true for every hash added, and for a
 * few others.
 *
 * @example
 * ```ts
 * const filter = new HashFilter(['الرئيس'].map((w) => wordHash(w)));
 * filter.mayHold(wordHash('والرئيس', 1)) //=> true
 * ```
 */
export class HashFilter {
  readonly #bits: Uint32Array;
  readonly #shift: number;

  /**
   * @param bitsLog2 - the table has 2^bitsLog2 bits; by default 64 a hash, so that the table of a
   * word list of the lexicon (a few hundred words) stays in the processor's first-level cache.
   */
  constructor(hashes: readonly number[], bitsLog2 = sizeFor(hashes.length)) {
    this.#bits = new Uint32Array(1 << Math.max(0, bitsLog2 - 5));
    this.#shift = 32 - Math.max(5, bitsLog2);
    for (const hash of hashes) {
      const bit = hash >>> this.#shift;
      this.#bits[bit >>> 5] = (this.#bits[bit >>> 5] as number) | (1 << (bit & 31));
    }
  }

  /** False when `hash` was surely not given. */
  mayHold(hash: number): boolean {
    const bit = hash >>> this.#shift;
    return ((this.#bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }
}

/** The log2 of the bits for `count` hashes (see BITS_PER_HASH). */
function sizeFor(count: number): number {
  return Math.min(MAX_BITS_LOG2, Math.max(MIN_BITS_LOG2, Math.ceil(Math.log2(Math.max(1, count) * BITS_PER_HASH))));
}
