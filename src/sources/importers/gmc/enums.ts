import type { AgeGroup, Availability, Condition, Gender, SizeSystem } from '../../../model/generated/product.js';

/** https://support.google.com/merchants/answer/6324469 */
export const CONDITIONS: readonly Condition[] = ['new', 'refurbished', 'used'];
/** https://support.google.com/merchants/answer/6324479 */
export const GENDERS: readonly Gender[] = ['male', 'female', 'unisex'];
/** https://support.google.com/merchants/answer/6324463 */
export const AGE_GROUPS: readonly AgeGroup[] = ['newborn', 'infant', 'toddler', 'kids', 'adult'];
/** https://support.google.com/merchants/answer/6324502 */
export const SIZE_SYSTEMS: readonly SizeSystem[] = ['AU', 'BR', 'CN', 'DE', 'EU', 'FR', 'IT', 'JP', 'MEX', 'UK', 'US'];
/** https://support.google.com/merchants/answer/6324448 */
export const AVAILABILITIES: readonly Availability[] = ['in_stock', 'out_of_stock', 'preorder', 'backorder'];

/** A value of a Google enum, matched case-insensitively (feeds write "New", "Male"), or undefined. */
export function readEnum<T extends string>(raw: string, values: readonly T[]): T | undefined {
  const text = raw.trim().toLowerCase();
  return values.find((v) => v.toLowerCase() === text);
}

export type AvailabilityRead =
  | { value: Availability; interpreted?: { severity: 'warning' | 'info'; message: string } }
  | undefined;

/**
 * Reads availability (https://support.google.com/merchants/answer/6324448). The spaced spellings
 * ("in stock", "out of stock") are the same values as Google wrote them before underscores, and its en-GB page
 * and RSS sample still show them: read silently. Two values outside today's list are decided here:
 * - "available for order", retired in 2014, meant "taking orders, but it will take 4 or more business days to
 *   ship: not in the warehouse now". That is today's backorder ("not available at the moment, but you're
 *   accepting orders and it will be shipped when it's available again"), not in_stock, which promises timely
 *   shipping: read as backorder, with a warning to check.
 * - "limited_availability" (Merchant API enum LIMITED_AVAILABILITY) is orderable now; Google's own mapping of
 *   schema.org values on the same page files LimitedAvailability under in stock: read as in_stock, noted.
 * Anything else is unknown and left out: availability is never assumed.
 */
export function readAvailability(raw: string): AvailabilityRead {
  const text = raw.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const known = AVAILABILITIES.find((v) => v === text);
  if (known) return { value: known };
  if (text === 'available_for_order') {
    return {
      value: 'backorder',
      interpreted: { severity: 'warning', message: 'The retired value "available for order" (orders taken, shipping in 4 or more business days) was read as backorder.' },
    };
  }
  if (text === 'limited_availability') {
    return { value: 'in_stock', interpreted: { severity: 'info', message: 'The value "limited_availability" was read as in_stock, as Google maps limited availability.' } };
  }
  return undefined;
}
