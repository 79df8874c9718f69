import type { Availability } from '../../model/generated/product.js';
import type { ResolvedVariant } from '../../model/resolved.js';

/**
 * What every output must agree on for one variant: the regular price, what a buyer pays now, the currency,
 * the availability and the URL. Readers turn each output format back into these facts.
 */
export interface OfferFacts {
  variantId: string;
  /** Regular price in minor units. */
  regular: number;
  /** What a buyer pays now, in minor units (the sale price while a sale is on). */
  current: number;
  currency: string;
  availability: Availability;
  url: string;
}

export type OfferField = 'regular' | 'current' | 'currency' | 'availability' | 'url';
export const OFFER_FIELDS: readonly OfferField[] = ['regular', 'current', 'currency', 'availability', 'url'];

/** The facts as the model says they are. */
export function factsOfVariant(variant: ResolvedVariant): OfferFacts {
  return {
    variantId: variant.id,
    regular: variant.price.minor,
    current: variant.currentPrice.minor,
    currency: variant.currentPrice.currency,
    availability: variant.availability,
    url: variant.url,
  };
}

/** 32-bit FNV-1a, as 8 hex digits: enough to tell a changed URL, small enough to keep one per variant. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A compact fingerprint of the facts. The parity check keeps one per variant (the only whole-catalog state
 * it needs) and re-reads the outputs for the few variants whose fingerprints differ.
 */
export function fingerprint(facts: OfferFacts): string {
  return fieldKeys(facts).join('|');
}

/** Each field as it is compared: the URL by its hash, the rest as they are. */
export function fieldKeys(facts: OfferFacts): string[] {
  return [String(facts.regular), String(facts.current), facts.currency, facts.availability, fnv1a(facts.url)];
}

/** The compared keys back out of a fingerprint, in OFFER_FIELDS order. */
export function keysOfFingerprint(print: string): string[] {
  return print.split('|');
}
