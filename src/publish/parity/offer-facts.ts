import type { OfferFacts } from '../../model/offer-facts.js';
import type { ResolvedVariant } from '../../model/resolved.js';

export type { OfferFacts } from '../../model/offer-facts.js';

export type OfferField = 'regular' | 'current' | 'currency' | 'availability' | 'url' | 'unit';
export const OFFER_FIELDS: readonly OfferField[] = ['regular', 'current', 'currency', 'availability', 'url', 'unit'];

/** The key of a field an output does not carry (a feed without unit prices): never compared. */
export const NOT_CARRIED = '~';

/** The facts as the model says they are. */
export function factsOfVariant(variant: ResolvedVariant): OfferFacts {
  return {
    variantId: variant.id,
    regular: variant.price.minor,
    current: variant.currentPrice.minor,
    currency: variant.currentPrice.currency,
    availability: variant.availability,
    url: variant.url,
    unit: variant.unitPrice?.price.minor ?? null,
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

/** Each field as it is compared: the URL by its hash, the rest as they are; a unit price not carried as NOT_CARRIED. */
export function fieldKeys(facts: OfferFacts): string[] {
  return [String(facts.regular), String(facts.current), facts.currency, facts.availability, fnv1a(facts.url), unitKey(facts.unit)];
}

export function unitKey(unit: number | null | undefined): string {
  return unit === undefined ? NOT_CARRIED : unit === null ? '-' : String(unit);
}

/** Whether two keys of a field disagree: a field one side does not carry agrees with anything. */
export function keysDiffer(a: string, b: string): boolean {
  return a !== b && a !== NOT_CARRIED && b !== NOT_CARRIED;
}

/** The compared keys back out of a fingerprint, in OFFER_FIELDS order. */
export function keysOfFingerprint(print: string): string[] {
  return print.split('|');
}
