/** Size of text as written (UTF-8): the caps in the config are in bytes. */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The largest `n` in [0, max] whose rendering fits in `limit` bytes, or 0 when none does. `render` must grow
 * with `n` (more lines never make a shorter file), so a binary search needs O(log max) renderings.
 */
export function largestFitting(max: number, limit: number, render: (n: number) => string): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (byteLength(render(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
