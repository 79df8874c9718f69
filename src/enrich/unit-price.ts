import type { UnitPricing } from '../model/generated/product.js';
import type { Money, ResolvedUnitPrice } from '../model/resolved.js';
import { MEASURE_UNITS } from './measure-units.js';

export type UnitPriceFailure = 'dimension' | 'no-exact-conversion' | 'reference-not-integer' | 'measure-format' | 'range';

export type UnitPriceResult = { ok: true; unitPrice: ResolvedUnitPrice } | { ok: false; reason: UnitPriceFailure; message: string };

/** A positive decimal as written (340, 13.6): the digits and the power of ten they are divided by. */
const DECIMAL = /^([0-9]+)(?:\.([0-9]+))?$/;

/**
 * The unit price of a variant: the price of `reference` worth of the product, in minor units, next to the
 * packaged `measure` and the `reference` it is normalised to. Worked out once, here, and published as it is by
 * every channel that carries one: ACP's `UnitPrice` (schema.feed.json `$defs.UnitPrice`,
 * https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/spec/2026-04-17/json-schema/schema.feed.json)
 * and UCP's `variant.unit_price`, which "Business MUST return precomputed: (variant.price / measure.value) *
 * reference.value" (https://ucp.dev/2026-04-08/specification/catalog/, schemas/shopping/types/variant.json).
 *
 *   amount = price × reference ÷ measure, both quantities in one unit
 *
 * It is exact: the price is integer minor units, the measures become fractions of integers (13.6 → 136/10)
 * and unit sizes are exact fractions, all in BigInt.
 * The one rounding is the last step, to whole minor units, half up (…5 rounds away from zero, the everyday
 * rule shoppers expect on a shelf label; banker's rounding would show 2 for 2.5 and 4 for 3.5).
 * When the two units cannot be related exactly (see measure-units.ts), there is no unit price at all.
 *
 * The price used is `currentPrice`, what a buyer pays now, as `price` in the feed.
 */
export function computeUnitPrice(price: Money, pricing: UnitPricing): UnitPriceResult {
  const { measure, baseMeasure: reference } = pricing;
  const measureUnit = MEASURE_UNITS[measure.unit];
  const referenceUnit = MEASURE_UNITS[reference.unit];
  if (measureUnit.quantity !== referenceUnit.quantity) {
    return fail('dimension', `The measure is in ${measure.unit} (${measureUnit.quantity}) and the base measure in ${reference.unit} (${referenceUnit.quantity}); a unit price needs one kind of quantity.`);
  }
  if (measureUnit.scale !== referenceUnit.scale) {
    return fail('no-exact-conversion', `There is no exact conversion between ${measure.unit} and ${reference.unit}, so the unit price would be a guess.`);
  }
  // ReferenceMeasure.value is an integer in the schema.
  if (!Number.isSafeInteger(reference.value) || reference.value <= 0) {
    return fail('reference-not-integer', `The base measure ${String(reference.value)} ${reference.unit} is not a whole number; ACP's and UCP's reference measures must be one.`);
  }
  const quantity = decimalFraction(measure.value);
  if (!quantity || quantity[0] === 0n) {
    return fail('measure-format', `The measure ${String(measure.value)} ${measure.unit} cannot be read as a positive decimal.`);
  }
  // amount = minor × (reference × referenceSize) ÷ (quantity × measureSize), each a fraction of integers.
  const [measureNum, measureDen] = measureUnit.size;
  const [referenceNum, referenceDen] = referenceUnit.size;
  const numerator = BigInt(price.minor) * BigInt(reference.value) * referenceNum * measureDen * quantity[1];
  const denominator = quantity[0] * measureNum * referenceDen;
  const amount = roundHalfUp(numerator, denominator);
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail('range', `The unit price is ${amount} minor units, more than the largest exact integer.`);
  }
  return {
    ok: true,
    unitPrice: {
      price: { minor: Number(amount), currency: price.currency },
      measure: { value: measure.value, unit: measure.unit },
      reference: { value: reference.value, unit: reference.unit },
    },
  };
}

/** n ÷ d rounded to the nearest integer, halves up; both non-negative, d positive. */
export function roundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/**
 * A JSON number as the fraction it was written as: `String(n)` prints the shortest decimal that reads back as
 * the same double (13.6 → "13.6"), which is what the catalog said. Exponent forms (1e-7, 1e21) are refused:
 * no package is measured in them, and they suggest a value that was never meant.
 */
export function decimalFraction(value: number): readonly [bigint, bigint] | undefined {
  if (!Number.isFinite(value) || value < 0) return undefined;
  const match = DECIMAL.exec(String(value));
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  return [BigInt(match[1]! + fraction), 10n ** BigInt(fraction.length)];
}

function fail(reason: UnitPriceFailure, message: string): UnitPriceResult {
  return { ok: false, reason, message };
}
