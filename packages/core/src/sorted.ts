/**
 * The index of the first item of `items` for which `isBefore` is false, or `items.length`: a binary
 * search, for items sorted so that every item before the point comes first (offsets in text order,
 * words in code-point order).
 */
export function firstNotBefore<T>(items: ArrayLike<T>, isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(items[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
