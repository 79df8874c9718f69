import { hash64 } from './id-hash.js';

/**
 * A set of ids held as 64-bit hashes in one typed array (open addressing, linear probing): 8 bytes a slot
 * instead of a string, a Set entry and their overhead, so a million variant ids cost about 16 MB, not 100.
 * The price is a tiny chance that two different ids share a hash (see hash64): duplicate detection then
 * names a false duplicate. (0, 0) marks an empty slot; an id that hashes to it is stored as (0, 1).
 */
export class CompactIdSet {
  private slots: Uint32Array;
  private used = 0;

  constructor(initialCapacity = 1 << 12) {
    let capacity = 1;
    while (capacity < initialCapacity) capacity <<= 1;
    this.slots = new Uint32Array(capacity * 2);
  }

  get size(): number {
    return this.used;
  }

  /** Adds an id; returns false when it (or an id with the same hash) was there already. */
  add(id: string): boolean {
    const [hi, lo0] = hash64(id);
    const lo = hi === 0 && lo0 === 0 ? 1 : lo0;
    if ((this.used + 1) * 2 > this.slots.length / 2) this.grow();
    return this.insert(hi, lo);
  }

  has(id: string): boolean {
    const [hi, lo0] = hash64(id);
    const lo = hi === 0 && lo0 === 0 ? 1 : lo0;
    const mask = this.slots.length / 2 - 1;
    for (let i = (hi ^ lo) & mask; ; i = (i + 1) & mask) {
      const h = this.slots[i * 2]!;
      const l = this.slots[i * 2 + 1]!;
      if (h === 0 && l === 0) return false;
      if (h === hi && l === lo) return true;
    }
  }

  private insert(hi: number, lo: number): boolean {
    const mask = this.slots.length / 2 - 1;
    for (let i = (hi ^ lo) & mask; ; i = (i + 1) & mask) {
      const h = this.slots[i * 2]!;
      const l = this.slots[i * 2 + 1]!;
      if (h === 0 && l === 0) {
        this.slots[i * 2] = hi;
        this.slots[i * 2 + 1] = lo;
        this.used++;
        return true;
      }
      if (h === hi && l === lo) return false;
    }
  }

  /** Doubles the table when it is half full, keeping probes short. */
  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    this.used = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0 || old[i + 1] !== 0) this.insert(old[i]!, old[i + 1]!);
  }
}
