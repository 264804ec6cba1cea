/**
 * Text built code unit by code unit in a reused buffer and made into a string once: the folds and
 * keys made for every line and sentence would otherwise build strings piece by piece.
 */

/** A longer text gets a buffer of its own, so that one huge input does not stay in memory. */
const SHARED_BUFFER_LIMIT = 1 << 16;
/** String.fromCharCode takes its arguments on the stack: a long text is made in pieces. */
const STRING_CHUNK = 8192;
/** Below this length String.fromCharCode is quicker than a decoder. */
const DECODER_MIN_LENGTH = 64;
const utf16 = new TextDecoder('utf-16le');

/**
 * A buffer of at least `length` items for one writer, reused from call to call up to 64K items
 * (a typed array costs more to make than to fill). Each writer keeps its own: a writer that calls
 * another must not share it.
 *
 * @example
 * ```ts
 * const bufferFor = reusedBuffer(Uint16Array);
 * const out = bufferFor(text.length); // write, then stringOf(out, n, false)
 * ```
 */
export function reusedBuffer<T extends Uint16Array | Uint32Array>(
  Type: new (length: number) => T,
): (length: number) => T {
  let shared = new Type(4096);
  return (length) => {
    if (shared.length < length && length <= SHARED_BUFFER_LIMIT) {
      shared = new Type(Math.min(SHARED_BUFFER_LIMIT, Math.max(length, shared.length * 2)));
    }
    return shared.length >= length ? shared : new Type(length);
  };
}

/**
 * The string of the first `length` code units of `codes`. A UTF-16 decoder is quickest for all
 * but short strings, but it would replace a lone surrogate with U+FFFD: with `surrogates`,
 * String.fromCharCode keeps them as they are.
 */
export function stringOf(codes: Uint16Array, length: number, surrogates: boolean): string {
  if (!surrogates && length >= DECODER_MIN_LENGTH) return utf16.decode(codes.subarray(0, length));
  if (length <= STRING_CHUNK) return String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += STRING_CHUNK) {
    parts.push(
      String.fromCharCode.apply(null, codes.subarray(at, Math.min(length, at + STRING_CHUNK)) as unknown as number[]),
    );
  }
  return parts.join('');
}

/** A copy of the first `used` items of `array` in a larger array of `size` items. */
export function grown<T extends Uint16Array | Uint32Array>(array: T, used: number, size: number): T {
  const copy = new (array.constructor as new (size: number) => T)(size);
  copy.set(array.subarray(0, used));
  return copy;
}

/** Offset maps are cut from shared blocks of this many offsets (256 KB). */
const OFFSET_BLOCK = 1 << 16;
let offsetBlock = new Uint32Array(OFFSET_BLOCK);
let offsetsUsed = 0;

/**
 * Copies of the first `length` items of `a` and `b`, as views of a shared block: on Node 20 a
 * typed array costs about half a microsecond to make and a view a tenth of that, and a fold with
 * offset maps is made for every sentence. A block stays in memory while a view of it lives.
 */
export function copyOffsets(a: Uint32Array, b: Uint32Array, length: number): [Uint32Array, Uint32Array] {
  const [aCopy, bCopy] = offsetViews(length);
  for (let k = 0; k < length; k++) {
    aCopy[k] = a[k] as number;
    bCopy[k] = b[k] as number;
  }
  return [aCopy, bCopy];
}

/** Two maps of `length` offsets to fill, views of a shared block as {@link copyOffsets} makes them. */
export function offsetViews(length: number): [Uint32Array, Uint32Array] {
  if (length > OFFSET_BLOCK / 8) return [new Uint32Array(length), new Uint32Array(length)];
  if (offsetsUsed + 2 * length > OFFSET_BLOCK) {
    offsetBlock = new Uint32Array(OFFSET_BLOCK);
    offsetsUsed = 0;
  }
  const base = offsetsUsed;
  offsetsUsed += 2 * length;
  return [offsetBlock.subarray(base, base + length), offsetBlock.subarray(base + length, base + 2 * length)];
}
