import type { Availability } from '../../model/generated/product.js';
import { hash64 } from '../../model/id-hash.js';
import { fieldKeys, fnv1a, keysDiffer, unitKey, type OfferFacts } from './offer-facts.js';

const AVAILABILITY: readonly Availability[] = ['in_stock', 'out_of_stock', 'preorder', 'backorder'];

/** Prices kept per slot: the regular price, the current price and the unit price. */
const PRICES = 3;

function packCurrency(code: string): number {
  return (code.charCodeAt(0) - 65) * 676 + (code.charCodeAt(1) - 65) * 26 + (code.charCodeAt(2) - 65);
}

function unpackCurrency(packed: number): string {
  return String.fromCharCode(65 + Math.floor(packed / 676), 65 + (Math.floor(packed / 26) % 26), 65 + (packed % 26));
}

export interface FactTableData {
  keys: Uint32Array;
  prices: Float64Array;
  meta: Uint32Array;
  used: number;
}

/**
 * The model's offer facts of every published variant, kept for the parity check in typed arrays: a 64-bit
 * hash of the variant id, the two prices and the unit price (exact integers in a float64; NaN for no unit
 * price), the currency and availability packed in 17 bits, and a 32-bit hash of the URL. About 56 bytes a
 * variant at the table's load, where a Map of id strings to fingerprint strings took about 150.
 */
export class FactTable {
  private keys: Uint32Array;
  private prices: Float64Array;
  private meta: Uint32Array;
  private used = 0;

  constructor(initialCapacity = 1 << 12) {
    let capacity = 1;
    while (capacity < initialCapacity) capacity <<= 1;
    this.keys = shared(Uint32Array, capacity * 2);
    this.prices = shared(Float64Array, capacity * PRICES);
    this.meta = shared(Uint32Array, capacity * 2);
  }

  get size(): number {
    return this.used;
  }

  set(facts: OfferFacts): void {
    if ((this.used + 1) * 2 > this.keys.length / 2) this.grow();
    const [hi, lo] = key(facts.variantId);
    const availability = AVAILABILITY.indexOf(facts.availability);
    this.put(hi, lo, [facts.regular, facts.current, facts.unit ?? Number.NaN], packCurrency(facts.currency) | ((availability < 0 ? 0 : availability) << 15), parseInt(fnv1a(facts.url), 16));
  }

  /** The compared keys of a variant's facts (see fieldKeys), or undefined for a variant the model never had. */
  get(variantId: string): string[] | undefined {
    const slot = this.find(...key(variantId));
    if (slot < 0) return undefined;
    const packed = this.meta[slot * 2]!;
    const unit = this.prices[slot * 3 + 2]!;
    return [
      String(this.prices[slot * 3]!),
      String(this.prices[slot * 3 + 1]!),
      unpackCurrency(packed & 0x7fff),
      AVAILABILITY[packed >>> 15]!,
      this.meta[slot * 2 + 1]!.toString(16).padStart(8, '0'),
      unitKey(Number.isNaN(unit) ? null : unit),
    ];
  }

  /**
   * The table as typed arrays, to hand to the parity worker. They sit on SharedArrayBuffers, so the worker
   * reads the same memory rather than a copy (at a million variants, 64 MB not held twice). The worker only
   * reads, and only after the build has stopped writing.
   */
  export(): FactTableData {
    return { keys: this.keys, prices: this.prices, meta: this.meta, used: this.used };
  }

  static from(data: FactTableData): FactTable {
    const table = new FactTable(1);
    table.keys = data.keys;
    table.prices = data.prices;
    table.meta = data.meta;
    table.used = data.used;
    return table;
  }

  clear(): void {
    this.keys = new Uint32Array(2);
    this.prices = new Float64Array(2);
    this.meta = new Uint32Array(2);
    this.used = 0;
  }

  private find(hi: number, lo: number): number {
    const mask = this.keys.length / 2 - 1;
    for (let i = (hi ^ lo) & mask; ; i = (i + 1) & mask) {
      const h = this.keys[i * 2]!;
      const l = this.keys[i * 2 + 1]!;
      if (h === 0 && l === 0) return -1;
      if (h === hi && l === lo) return i;
    }
  }

  private put(hi: number, lo: number, prices: readonly number[], meta: number, url: number): void {
    const mask = this.keys.length / 2 - 1;
    let i = (hi ^ lo) & mask;
    for (;;) {
      const h = this.keys[i * 2]!;
      const l = this.keys[i * 2 + 1]!;
      if ((h === 0 && l === 0) || (h === hi && l === lo)) break;
      i = (i + 1) & mask;
    }
    if (this.keys[i * 2] === 0 && this.keys[i * 2 + 1] === 0) this.used++;
    this.keys[i * 2] = hi;
    this.keys[i * 2 + 1] = lo;
    for (let p = 0; p < PRICES; p++) this.prices[i * PRICES + p] = prices[p]!;
    this.meta[i * 2] = meta;
    this.meta[i * 2 + 1] = url;
  }

  private grow(): void {
    const { keys, prices, meta } = this;
    const capacity = keys.length;
    this.keys = shared(Uint32Array, capacity * 2);
    this.prices = shared(Float64Array, capacity * PRICES);
    this.meta = shared(Uint32Array, capacity * 2);
    this.used = 0;
    for (let slot = 0; slot < keys.length / 2; slot++) {
      const [hi, lo] = [keys[slot * 2]!, keys[slot * 2 + 1]!];
      if (hi !== 0 || lo !== 0) this.put(hi, lo, [prices[slot * PRICES]!, prices[slot * PRICES + 1]!, prices[slot * PRICES + 2]!], meta[slot * 2]!, meta[slot * 2 + 1]!);
    }
  }
}

function shared<T extends Uint32Array | Float64Array>(type: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T {
  return new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT));
}

/** (0, 0) marks an empty slot; an id that hashes to it is stored as (0, 1). */
function key(id: string): [number, number] {
  const [hi, lo] = hash64(id);
  return hi === 0 && lo === 0 ? [0, 1] : [hi, lo];
}

/** Whether output facts match the model's compared keys. */
export function matches(expected: readonly string[], facts: OfferFacts): boolean {
  const actual = fieldKeys(facts);
  for (let i = 0; i < actual.length; i++) if (keysDiffer(actual[i]!, expected[i]!)) return false;
  return true;
}
