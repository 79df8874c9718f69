import { describe, expect, it } from 'vitest';
import { VariationBuffer } from './variation-buffer.js';

interface Parent {
  keys: string[];
  line: number;
  variants: number;
}
interface Orphan {
  parentRef: string;
  line: number;
}

function buffer(max: number) {
  return new VariationBuffer<Parent, Orphan>(max, (p) => 1 + p.variants);
}
const parent = (key: string, line: number): Parent => ({ keys: [key, `id:${line}`], line, variants: 0 });
const addVariation = (b: VariationBuffer<Parent, Orphan>, p: Parent) => {
  p.variants++;
  b.touch(p);
};
const evicted = (b: VariationBuffer<Parent, Orphan>) => b.overflow().map((e) => (e.kind === 'parent' ? `parent ${e.parent.keys[0]}` : `orphans ${e.orphans.map((o) => o.line).join(',')}`));

describe('VariationBuffer', () => {
  it('finds a parent by either key and counts its rows', () => {
    const b = buffer(10);
    const a = parent('A', 1);
    b.addParent(a);
    addVariation(b, a);
    expect(b.parentOf('A')).toBe(a);
    expect(b.parentOf('id:1')).toBe(a);
    expect(b.size).toBe(2);
  });

  it('evicts the least recently active parent with variations first', () => {
    const b = buffer(4);
    const [a, c] = [parent('A', 1), parent('C', 3)];
    b.addParent(a);
    addVariation(b, a);
    b.addParent(c);
    addVariation(b, c);
    addVariation(b, a);
    expect(evicted(b)).toEqual(['parent C']);
    expect(b.wasFlushed('C')).toBe(true);
    expect(b.wasFlushed('id:3')).toBe(true);
    expect(b.parentOf('C')).toBeUndefined();
    expect(b.size).toBe(3);
  });

  it('evicts orphans before a parent still waiting for its first variation', () => {
    const b = buffer(2);
    b.addParent(parent('A', 1));
    b.addOrphan({ parentRef: 'Z', line: 2 });
    b.addOrphan({ parentRef: 'Z', line: 3 });
    expect(evicted(b)).toEqual(['orphans 2,3']);
    b.addParent(parent('B', 4));
    b.addParent(parent('C', 5));
    expect(evicted(b)).toEqual(['parent A']);
  });

  it('hands orphans to their parent when it arrives, in line order', () => {
    const b = buffer(10);
    b.addOrphan({ parentRef: 'id:9', line: 4 });
    b.addOrphan({ parentRef: 'A', line: 2 });
    expect(b.takeOrphans(['A', 'id:9']).map((o) => o.line)).toEqual([2, 4]);
    expect(b.size).toBe(0);
  });

  it('drains parents in input order and what orphans are left', () => {
    const b = buffer(10);
    const [a, c] = [parent('A', 7), parent('C', 3)];
    b.addParent(a);
    b.addParent(c);
    addVariation(b, a);
    b.addOrphan({ parentRef: 'Z', line: 9 });
    const rest = b.drain();
    expect(rest.parents.map((p) => p.line)).toEqual([3, 7]);
    expect(rest.orphans.map((o) => o.line)).toEqual([9]);
    expect(b.size).toBe(0);
  });

  it('refuses a cap below one row', () => {
    expect(() => buffer(0)).toThrow(RangeError);
  });
});
