import { decimalFraction } from '../../enrich/unit-price.js';
import { MEASURE_UNITS, REC20_CODES, type MeasureUnit } from '../../enrich/measure-units.js';
import type { UcpMeasure, UcpUnitPrice } from './catalog-types.js';

/**
 * A unit price in the shape of UCP 2026-08-25 (schemas/shopping/types/unit_price.json, common/types/measure.json,
 * unit.json; overview, "Quantities and units", https://ucp.dev/2026-08-25/specification/overview/#quantities-and-units).
 * 2026-04-08 gave the measure as a number in any unit; 2026-08-25 changed three things:
 *
 * - a measure is an integer count of 10^-scale steps (`value`, `scale` 0…15): 13.6 oz is value 136, scale 1;
 * - `measure.unit` and `reference.unit` MUST be identical ("cross-unit conversion is not permitted"), so a price
 *   per 1 lb of a 12 oz bag is given per 16 oz;
 * - each carries a `display_text`, and `unit` SHOULD be the UN/CEFACT Rec 20 Common Code when one names the unit.
 *
 * The amount does not change: it is the price of the same physical reference quantity. When the two quantities
 * cannot be written exactly in one unit at scale ≤ 15 within ±(2^53 − 1), there is no 2026-08-25 unit price
 * (undefined), as there is no unit price when units cannot be related exactly (enrich/unit-price.ts).
 */

/**
 * Units are written as their Rec 20 Common Codes (REC20_CODES; the overview's table names KGM, GRM, LBR, MLT,
 * LTR, MTR, INH, YRD, FTK, MTK). The units without one keep the catalog's own identifier, which the overview
 * allows ("Unit vocabulary": a custom identifier, used consistently).
 */

/** Printable labels (unit.json display_text, required): the catalog's unit as shoppers read it. */
const LABELS: Readonly<Partial<Record<MeasureUnit, string>>> = { floz: 'fl oz', cbm: 'm³', sqm: 'm²', sqft: 'sq ft' };

/** The largest integer every JSON reader agrees on (overview, "Integer range and ingestion"). */
const MAX = BigInt(Number.MAX_SAFE_INTEGER);
/** unit.json scale maximum. */
const MAX_SCALE = 15;

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The quantity `value` of `from` expressed in `to` as an integer step count and scale, or undefined if inexact. */
function inUnit(value: number, from: MeasureUnit, to: MeasureUnit): { value: number; scale: number } | undefined {
  const decimal = decimalFraction(value);
  if (!decimal) return undefined;
  const [fromNum, fromDen] = MEASURE_UNITS[from].size;
  const [toNum, toDen] = MEASURE_UNITS[to].size;
  let num = decimal[0] * fromNum * toDen;
  let den = decimal[1] * fromDen * toNum;
  const divisor = gcd(num, den);
  num /= divisor;
  den /= divisor;
  for (let scale = 0; scale <= MAX_SCALE; scale++) {
    const scaled = num * 10n ** BigInt(scale);
    if (scaled % den !== 0n) continue;
    const steps = scaled / den;
    // measure and reference values are at least 1 (unit_price.json).
    return steps >= 1n && steps <= MAX ? { value: Number(steps), scale } : undefined;
  }
  return undefined;
}

function measureOf(quantity: { value: number; scale: number }, unit: MeasureUnit): UcpMeasure {
  const out: UcpMeasure = { value: quantity.value, unit: REC20_CODES[unit] ?? unit };
  // scale defaults to 0 (unit.json); written only when it is not.
  if (quantity.scale !== 0) out.scale = quantity.scale;
  out.display_text = LABELS[unit] ?? unit;
  return out;
}

function isMeasureUnit(unit: string): unit is MeasureUnit {
  return Object.hasOwn(MEASURE_UNITS, unit);
}

/**
 * The 2026-04-08 unit price as 2026-08-25 gives it, or undefined when it cannot be written exactly. Both
 * quantities go into the reference's unit when they can (a price "per 100 g" stays per 100 g), else into the
 * measure's.
 */
export function unitPriceFor20260825(unitPrice: UcpUnitPrice): UcpUnitPrice | undefined {
  const { measure, reference } = unitPrice;
  if (!isMeasureUnit(measure.unit) || !isMeasureUnit(reference.unit)) return undefined;
  // Units of different scales never convert exactly (measure-units.ts); enrich gives no unit price for them.
  if (MEASURE_UNITS[measure.unit].scale !== MEASURE_UNITS[reference.unit].scale) return undefined;
  for (const unit of [reference.unit, measure.unit]) {
    const m = inUnit(measure.value, measure.unit, unit);
    const r = inUnit(reference.value, reference.unit, unit);
    if (m && r) return { amount: unitPrice.amount, currency: unitPrice.currency, measure: measureOf(m, unit), reference: measureOf(r, unit) };
  }
  return undefined;
}
