import type { SourceItem } from '../source-item.js';

/**
 * For readers that gather a product from consecutive rows: an item met while a product is still open (an
 * unreadable row, say) waits until that product is yielded, so items come out in input order.
 */
export class HeldItems {
  private waiting: SourceItem[] = [];

  /** The item, to yield now when no product is open; else nothing, and the item waits for release(). */
  pass(item: SourceItem, productOpen: boolean): SourceItem[] {
    if (!productOpen) return [item];
    this.waiting.push(item);
    return [];
  }

  /** What waited, once the open product has been yielded. */
  release(): SourceItem[] {
    const out = this.waiting;
    this.waiting = [];
    return out;
  }
}
