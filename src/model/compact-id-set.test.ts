import { describe, expect, it } from 'vitest';
import { CompactIdSet } from './compact-id-set.js';
import { hash64 } from './id-hash.js';

describe('CompactIdSet', () => {
  it('adds ids once and knows them, across many growths', () => {
    const set = new CompactIdSet(4);
    for (let i = 0; i < 200_000; i++) expect(set.add(`SKU-${i}`)).toBe(true);
    expect(set.size).toBe(200_000);
    for (let i = 0; i < 200_000; i += 997) {
      expect(set.has(`SKU-${i}`)).toBe(true);
      expect(set.add(`SKU-${i}`)).toBe(false);
    }
    expect(set.has('SKU-200000')).toBe(false);
    expect(set.size).toBe(200_000);
  });

  it('tells apart ids that differ in one character, in case, or in Unicode', () => {
    const set = new CompactIdSet();
    for (const id of ['AP-1', 'ap-1', 'AP-2', 'AP-1 ', 'ÄP-1', '', '𝒜P-1']) expect(set.add(id)).toBe(true);
    expect(set.size).toBe(7);
  });

  it('hashes to 64 bits with no collision over a million sequential ids', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1_000_000; i++) {
      const [hi, lo] = hash64(`SKU-${i}`);
      seen.add(`${hi}:${lo}`);
    }
    expect(seen.size).toBe(1_000_000);
  });
});
