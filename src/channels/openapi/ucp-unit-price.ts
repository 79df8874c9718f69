import type { Measure } from '../../model/generated/product.js';
import type { Money } from '../../model/resolved.js';
import type { UcpUnitPrice } from './ucp-types.js';

/**
 * UCP's variant.unit_price is the price per reference quantity in integer minor units, which "Business MUST
 * return precomputed: (variant.price / measure.value) * reference.value"
 * (https://ucp.dev/2026-04-08/specification/catalog/, schemas/shopping/types/variant.json). The division is
 * done on exact fractions (BigInt), never on floats, and rounded half up to a whole minor unit once, at the end.
 *
 * Measures in different units are converted only where the factor is exact and unambiguous: metric units,
 * avoirdupois ounces and pounds (1 lb = 0.45359237 kg exactly, international yard and pound agreement of 1959),
 * inches, feet and yards (1 in = 2.54 cm exactly). US and imperial fluid measures disagree on how many fluid
 * ounces make a pint, so floz, pt, qt and gal are only compared with themselves, as are counts (ct, sheet, item).
 */
type Unit = Measure['unit'];

interface Dimension {
  /** Each unit's size in the dimension's smallest unit, as exact decimal text. */
  factors: Partial<Record<Unit, string>>;
}

const DIMENSIONS: readonly Dimension[] = [
  { factors: { mg: '1', g: '1000', kg: '1000000', oz: '28349.523125', lb: '453592.37' } },
  { factors: { ml: '1', cl: '10', l: '1000', cbm: '1000000' } },
  { factors: { cm: '1', m: '100', in: '2.54', ft: '30.48', yd: '91.44' } },
  { factors: { sqm: '10000', sqft: '929.0304' } },
];

interface Fraction {
  num: bigint;
  den: bigint;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact value of a finite non-negative decimal as written by String(n) or as factor text above. */
function fraction(value: number | string): Fraction | undefined {
  const match = DECIMAL.exec(String(value));
  if (!match) return undefined;
  const fractionDigits = match[2] ?? '';
  const exponent = Number(match[3] ?? '0') - fractionDigits.length;
  const digits = BigInt(`${match[1]}${fractionDigits}`);
  return exponent >= 0 ? { num: digits * 10n ** BigInt(exponent), den: 1n } : { num: digits, den: 10n ** BigInt(-exponent) };
}

function unitFactor(unit: Unit): { dimension: number; factor: string } {
  const dimension = DIMENSIONS.findIndex((d) => d.factors[unit] !== undefined);
  // A unit outside every table is a dimension of its own: it only divides by itself.
  return dimension === -1 ? { dimension: -1, factor: '1' } : { dimension, factor: DIMENSIONS[dimension]!.factors[unit]! };
}

/** How many `reference` units one `measure` unit is worth, or undefined when the two cannot be compared exactly. */
function conversion(measure: Unit, reference: Unit): Fraction | undefined {
  if (measure === reference) return { num: 1n, den: 1n };
  const from = unitFactor(measure);
  const to = unitFactor(reference);
  if (from.dimension === -1 || from.dimension !== to.dimension) return undefined;
  const a = fraction(from.factor)!;
  const b = fraction(to.factor)!;
  return { num: a.num * b.den, den: a.den * b.num };
}

/**
 * The unit price of `price` for a package of `measure`, per `reference`, or undefined when UCP cannot carry it:
 * units that do not convert exactly, or a reference quantity that is not a whole number (reference.value is an
 * integer in variant.json).
 */
export function ucpUnitPrice(price: Money, measure: Measure, reference: Measure): UcpUnitPrice | undefined {
  if (!Number.isInteger(reference.value) || reference.value < 1) return undefined;
  const ratio = conversion(measure.unit, reference.unit);
  const quantity = fraction(measure.value);
  if (!ratio || !quantity || quantity.num === 0n) return undefined;
  // amount = minor × reference / (measure × ratio), with measure × ratio expressed in reference units.
  const num = BigInt(price.minor) * BigInt(reference.value) * quantity.den * ratio.den;
  const den = quantity.num * ratio.num;
  const amount = (2n * num + den) / (2n * den);
  if (amount > BigInt(Number.MAX_SAFE_INTEGER)) return undefined;
  return {
    amount: Number(amount),
    currency: price.currency,
    measure: { value: measure.value, unit: measure.unit },
    reference: { value: reference.value, unit: reference.unit },
  };
}
