import { CompactIdSet } from '../model/compact-id-set.js';
import type { OfferFacts } from '../model/offer-facts.js';
import { FactTable } from './parity/fact-table.js';

/** Examples named per kind of change; the rest are counted. */
export const CHANGE_EXAMPLES = 20;

/** What a run changes against the last published one: the variants, and the files. */
export interface ChangeReport {
  /** Absent on a first run, or when no offer output was published both times. */
  variants?: {
    before: number;
    after: number;
    added: number;
    removed: number;
    priceChanged: number;
    availabilityChanged: number;
    /** The output the previous offers were read from. */
    readFrom: string;
  };
  /** Items left out as invalid this run that were not last time (from the run state). */
  newlyInvalid?: number;
  files?: { written: number; unchanged: number; removed: number; kept: number; notOurs: number };
  /**
   * Over products × channels that render (Channel `rendering`): renderings reused from the last run's cache,
   * because the product, the config and the sale windows it holds did not change, and renderings made anew.
   */
  rendering?: { reused: number; rendered: number };
  examples: {
    added: string[];
    removed: string[];
    priceChanged: Array<{ variantId: string; before: number; after: number; currency: string }>;
    availabilityChanged: Array<{ variantId: string; before: string; after: string }>;
    newlyInvalid: string[];
  };
}

export function emptyChanges(): ChangeReport {
  return { examples: { added: [], removed: [], priceChanged: [], availabilityChanged: [], newlyInvalid: [] } };
}

/**
 * Compares the offers of one output as published with the same output as staged. The published offers are
 * held as a fact table (64-bit id hashes, about 56 bytes a variant), the staged ones streamed against it,
 * their ids kept as hashes; removed variants are named from a second pass over the published output, read
 * only until enough examples are found.
 */
export async function compareOffers(input: {
  previous: () => AsyncIterable<OfferFacts>;
  current: AsyncIterable<OfferFacts>;
  readFrom: string;
  into: ChangeReport;
}): Promise<void> {
  const { into } = input;
  const before = new FactTable();
  for await (const facts of input.previous()) before.set(facts);
  const seen = new CompactIdSet();
  const variants = { before: before.size, after: 0, added: 0, removed: 0, priceChanged: 0, availabilityChanged: 0, readFrom: input.readFrom };
  let found = 0;
  for await (const facts of input.current) {
    if (!seen.add(facts.variantId)) continue;
    variants.after++;
    const was = before.get(facts.variantId);
    if (!was) {
      variants.added++;
      if (into.examples.added.length < CHANGE_EXAMPLES) into.examples.added.push(facts.variantId);
      continue;
    }
    found++;
    const [, current, currency, availability] = was;
    if (String(facts.current) !== current || facts.currency !== currency) {
      variants.priceChanged++;
      if (into.examples.priceChanged.length < CHANGE_EXAMPLES) into.examples.priceChanged.push({ variantId: facts.variantId, before: Number(current), after: facts.current, currency: facts.currency });
    }
    if (facts.availability !== availability) {
      variants.availabilityChanged++;
      if (into.examples.availabilityChanged.length < CHANGE_EXAMPLES) into.examples.availabilityChanged.push({ variantId: facts.variantId, before: availability!, after: facts.availability });
    }
  }
  variants.removed = before.size - found;
  before.clear();
  if (variants.removed > 0) {
    for await (const facts of input.previous()) {
      if (seen.has(facts.variantId)) continue;
      seen.add(facts.variantId);
      into.examples.removed.push(facts.variantId);
      if (into.examples.removed.length >= Math.min(CHANGE_EXAMPLES, variants.removed)) break;
    }
  }
  into.variants = variants;
}
