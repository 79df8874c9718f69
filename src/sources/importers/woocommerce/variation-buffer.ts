/**
 * Holds variable products until their variations have arrived, within a bound.
 *
 * WooCommerce's exporter writes rows by ID (wc_get_products orderby ID ASC, variations included), so a
 * variation comes after its parent but not always next to it: variations added later to an old product
 * have higher IDs than products created since, and exports filtered by category or IDs list every
 * variation after all parents. Nothing in a parent row says how many variations it has, and a stream
 * cannot be read twice, so a variable product is only known complete at the end of the file.
 *
 * So parents wait here with the variations seen so far, while simple products pass straight through. The
 * buffer counts rows (a parent, each of its variations, each variation whose parent has not appeared yet)
 * and never holds more than its cap. Past the cap it writes out, in this order:
 * 1. the parent whose variations stopped arriving longest ago (most likely complete: in both layouts a
 *    product's variations come together, or in a few runs);
 * 2. variations whose parent has not appeared (reported: usually the parent is not in the export at all);
 * 3. the parent that has waited longest without any variation (in a parents-first file it is next).
 * A variation that arrives after its parent was written out is reported, never silently dropped.
 */
export interface BufferedParent {
  readonly keys: readonly string[];
  readonly line: number;
}

export interface BufferedOrphan {
  /** The parent reference the variation gives ("id:123" or a SKU). */
  readonly parentRef: string;
  readonly line: number;
}

export type Evicted<P, O> = { kind: 'parent'; parent: P } | { kind: 'orphans'; orphans: O[] };

export class VariationBuffer<P extends BufferedParent, O extends BufferedOrphan> {
  /** Parents with no variation yet, oldest first. */
  private readonly waiting = new Set<P>();
  /** Parents with variations, least recently added to first. */
  private readonly active = new Set<P>();
  private readonly byKey = new Map<string, P>();
  private readonly orphans = new Map<string, O[]>();
  /** Keys of parents written out before the end, to tell a late variation from an orphan. */
  private readonly flushed = new Set<string>();
  private rows = 0;

  constructor(
    readonly maxRows: number,
    private readonly rowsOf: (parent: P) => number,
  ) {
    if (!(maxRows >= 1)) throw new RangeError('maxRows must be at least 1');
  }

  get size(): number {
    return this.rows;
  }

  addParent(parent: P): void {
    this.waiting.add(parent);
    for (const key of parent.keys) {
      this.byKey.set(key, parent);
      this.flushed.delete(key);
    }
    this.rows += 1;
  }

  parentOf(ref: string): P | undefined {
    return this.byKey.get(ref);
  }

  wasFlushed(ref: string): boolean {
    return this.flushed.has(ref);
  }

  /** Counts a variation just added to `parent`, and marks the parent as the most recently active. */
  touch(parent: P): void {
    this.waiting.delete(parent);
    this.active.delete(parent);
    this.active.add(parent);
    this.rows += 1;
  }

  addOrphan(orphan: O): void {
    const list = this.orphans.get(orphan.parentRef);
    if (list) list.push(orphan);
    else this.orphans.set(orphan.parentRef, [orphan]);
    this.rows += 1;
  }

  /** Orphans waiting for a parent with one of these keys; the caller adds them (and touches) again. */
  takeOrphans(keys: readonly string[]): O[] {
    const out: O[] = [];
    for (const key of keys) {
      const list = this.orphans.get(key);
      if (!list) continue;
      this.orphans.delete(key);
      this.rows -= list.length;
      out.push(...list);
    }
    return out.sort((a, b) => a.line - b.line);
  }

  /** What must be written out now to get back under the cap. */
  overflow(): Array<Evicted<P, O>> {
    const out: Array<Evicted<P, O>> = [];
    while (this.rows > this.maxRows) {
      const active = first(this.active);
      if (active) {
        out.push({ kind: 'parent', parent: this.remove(active) });
        continue;
      }
      const orphanKey = first(this.orphans.keys());
      if (orphanKey !== undefined) {
        const orphans = this.orphans.get(orphanKey)!;
        this.orphans.delete(orphanKey);
        this.rows -= orphans.length;
        out.push({ kind: 'orphans', orphans });
        continue;
      }
      const waiting = first(this.waiting);
      if (!waiting) break;
      out.push({ kind: 'parent', parent: this.remove(waiting) });
    }
    return out;
  }

  /** At the end of the input: every parent (in input order) and every orphan left. */
  drain(): { parents: P[]; orphans: O[] } {
    const parents = [...this.waiting, ...this.active].sort((a, b) => a.line - b.line);
    const orphans = [...this.orphans.values()].flat().sort((a, b) => a.line - b.line);
    this.waiting.clear();
    this.active.clear();
    this.orphans.clear();
    this.byKey.clear();
    this.rows = 0;
    return { parents, orphans };
  }

  private remove(parent: P): P {
    this.waiting.delete(parent);
    this.active.delete(parent);
    this.rows -= this.rowsOf(parent);
    for (const key of parent.keys) {
      if (this.byKey.get(key) === parent) this.byKey.delete(key);
      this.flushed.add(key);
    }
    return parent;
  }
}

function first<T>(items: Iterable<T>): T | undefined {
  for (const item of items) return item;
  return undefined;
}
