import type { OfferFacts } from '../../model/offer-facts.js';
import type { ResolvedVariant } from '../../model/resolved.js';

export type { OfferFacts } from '../../model/offer-facts.js';

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
