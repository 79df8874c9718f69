import type { Measure } from '../model/generated/product.js';

export type MeasureUnit = Measure['unit'];

/** What a unit measures. Units of different quantities never convert (a price per 100 g of a 1 l bottle). */
export type Quantity = 'mass' | 'volume' | 'length' | 'area' | 'count';

/**
 * A unit as an exact fraction of its scale's base unit. Units on the same scale convert exactly; units of the
 * same quantity on different scales do not convert at all, because no exact factor exists (see below).
 */
export interface UnitDefinition {
  quantity: Quantity;
  /** Units convert only within one scale. */
  scale: string;
  /** One unit in the scale's base unit, numerator over denominator. */
  size: readonly [bigint, bigint];
}

/**
 * The Merchant Center unit-pricing units (https://support.google.com/merchants/answer/6324455) with exact sizes.
 * The imperial/US factors are exact by definition since the 1959 international yard and pound agreement:
 * 1 lb = 0.45359237 kg, 1 oz = 1/16 lb = 28.349523125 g, 1 in = 2.54 cm, 1 ft² = 0.09290304 m²
 * (NIST SP 811 appendix B, https://www.nist.gov/pml/special-publication-811/nist-guide-si-appendix-b-conversion-factors).
 *
 * Customary volumes are the exception. `floz`, `pt`, `qt` and `gal` name different amounts in the US and the
 * imperial systems (a US pint is 473.176473 ml, an imperial pint 568.26125 ml; 16 US fl oz make a US pint but
 * 20 imperial fl oz an imperial pint), and the feed does not say which is meant. Only the ratios both systems
 * share are used: 1 qt = 2 pt, 1 gal = 8 pt. A fluid ounce converts to nothing, and no customary volume
 * converts to litres, so a unit price across them is left out rather than guessed.
 * Count units (ct, sheet, item) count different things and convert only to themselves.
 */
export const MEASURE_UNITS: Readonly<Record<MeasureUnit, UnitDefinition>> = {
  mg: { quantity: 'mass', scale: 'mass', size: [1n, 1000n] },
  g: { quantity: 'mass', scale: 'mass', size: [1n, 1n] },
  kg: { quantity: 'mass', scale: 'mass', size: [1000n, 1n] },
  oz: { quantity: 'mass', scale: 'mass', size: [28_349_523_125n, 1_000_000_000n] },
  lb: { quantity: 'mass', scale: 'mass', size: [45_359_237n, 100_000n] },
  ml: { quantity: 'volume', scale: 'metric-volume', size: [1n, 1n] },
  cl: { quantity: 'volume', scale: 'metric-volume', size: [10n, 1n] },
  l: { quantity: 'volume', scale: 'metric-volume', size: [1000n, 1n] },
  cbm: { quantity: 'volume', scale: 'metric-volume', size: [1_000_000n, 1n] },
  pt: { quantity: 'volume', scale: 'customary-volume', size: [1n, 1n] },
  qt: { quantity: 'volume', scale: 'customary-volume', size: [2n, 1n] },
  gal: { quantity: 'volume', scale: 'customary-volume', size: [8n, 1n] },
  floz: { quantity: 'volume', scale: 'fluid-ounce', size: [1n, 1n] },
  cm: { quantity: 'length', scale: 'length', size: [1n, 1n] },
  m: { quantity: 'length', scale: 'length', size: [100n, 1n] },
  in: { quantity: 'length', scale: 'length', size: [254n, 100n] },
  ft: { quantity: 'length', scale: 'length', size: [3048n, 100n] },
  yd: { quantity: 'length', scale: 'length', size: [9144n, 100n] },
  sqm: { quantity: 'area', scale: 'area', size: [1n, 1n] },
  sqft: { quantity: 'area', scale: 'area', size: [9_290_304n, 100_000_000n] },
  ct: { quantity: 'count', scale: 'ct', size: [1n, 1n] },
  sheet: { quantity: 'count', scale: 'sheet', size: [1n, 1n] },
  item: { quantity: 'count', scale: 'item', size: [1n, 1n] },
};

/**
 * UN/CEFACT Recommendation 20 common codes of the units that have one unambiguous code (Rec. 20, Annex I,
 * https://unece.org/trade/uncefact/cl-recommendations). schema.org unitCode (the JSON-LD) and UCP 2026-08-25
 * units (overview, "Quantities and units") both take them. US and imperial customary volumes (floz, pt, qt, gal)
 * have a code per system and the catalog does not say which it means, and the count units count different
 * things: they have none here, and each output says what it writes for them.
 */
export const REC20_CODES: Readonly<Partial<Record<MeasureUnit, string>>> = {
  mg: 'MGM',
  g: 'GRM',
  kg: 'KGM',
  oz: 'ONZ',
  lb: 'LBR',
  ml: 'MLT',
  cl: 'CLT',
  l: 'LTR',
  cbm: 'MTQ',
  cm: 'CMT',
  m: 'MTR',
  in: 'INH',
  ft: 'FOT',
  yd: 'YRD',
  sqm: 'MTK',
  sqft: 'FTK',
};
