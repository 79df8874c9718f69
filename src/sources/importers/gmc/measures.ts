import type { Dimensions, Measure, Weight } from '../../../model/generated/product.js';
import { parseDecimal } from '../../cell-values.js';

/**
 * Measures in Google feeds are a positive number followed by a unit, with or without a space
 * ("750ml", "3 kg", "20 in"). Units are matched case-insensitively and written as the canonical model
 * spells them.
 */
export type MeasureRead<U extends string> = { ok: true; value: number; unit: U } | { ok: false; expected: string };

const NUMBER_UNIT = /^([0-9.]+)\s*([A-Za-z][A-Za-z ]*?)\s*$/;

function readMeasure<U extends string>(raw: string, units: Readonly<Record<string, U>>): MeasureRead<U> {
  const expected = `a positive number followed by one of ${[...new Set(Object.values(units))].join(', ')}`;
  const m = NUMBER_UNIT.exec(raw.trim());
  if (!m) return { ok: false, expected };
  const unit = units[m[2]!.toLowerCase()];
  const decimal = parseDecimal(m[1]!);
  const value = decimal.ok ? Number(decimal.value) : 0;
  if (unit === undefined || !(value > 0)) return { ok: false, expected };
  return { ok: true, value, unit };
}

/**
 * product_weight and shipping_weight units: lb, oz, g, kg (https://support.google.com/merchants/answer/6324503,
 * https://support.google.com/merchants/answer/11018531).
 */
const WEIGHT_UNITS: Readonly<Record<string, Weight['unit']>> = { lb: 'lb', oz: 'oz', g: 'g', kg: 'kg' };

/**
 * product_length/width/height units: cm and in; Google names the unit "inch" and writes "20 in" in its examples
 * (https://support.google.com/merchants/answer/11018531, https://support.google.com/merchants/answer/6324498).
 */
const DIMENSION_UNITS: Readonly<Record<string, Dimensions['unit']>> = { cm: 'cm', in: 'in', inch: 'in', inches: 'in' };

/**
 * unit_pricing_measure and unit_pricing_base_measure units (https://support.google.com/merchants/answer/6324455,
 * https://support.google.com/merchants/answer/6324490). Some language versions of the page write "fl oz" for
 * floz.
 */
const UNIT_PRICING_UNITS: Readonly<Record<string, Measure['unit']>> = {
  oz: 'oz',
  lb: 'lb',
  mg: 'mg',
  g: 'g',
  kg: 'kg',
  floz: 'floz',
  'fl oz': 'floz',
  pt: 'pt',
  qt: 'qt',
  gal: 'gal',
  ml: 'ml',
  cl: 'cl',
  l: 'l',
  cbm: 'cbm',
  in: 'in',
  ft: 'ft',
  yd: 'yd',
  cm: 'cm',
  m: 'm',
  sqft: 'sqft',
  sqm: 'sqm',
  ct: 'ct',
  sheet: 'sheet',
  item: 'item',
};

export function readWeight(raw: string): MeasureRead<Weight['unit']> {
  return readMeasure(raw, WEIGHT_UNITS);
}

export function readDimension(raw: string): MeasureRead<Dimensions['unit']> {
  return readMeasure(raw, DIMENSION_UNITS);
}

export function readUnitPricingMeasure(raw: string): MeasureRead<Measure['unit']> {
  return readMeasure(raw, UNIT_PRICING_UNITS);
}
