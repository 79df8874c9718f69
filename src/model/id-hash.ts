/**
 * A 64-bit hash of a string, as two 32-bit halves (cyrb53's two lanes, kept whole instead of folded to 53
 * bits: https://github.com/bryc/code/blob/master/jshash/experimental/cyrb53.js describes the construction).
 * Used to remember a million ids in typed arrays instead of a million strings. Two different ids share a
 * hash with probability about n²/2⁶⁵: for a million ids, about 3 in 100 million.
 */
export function hash64(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
