import type { Measure, Weight } from '../../model/generated/product.js';

/**
 * UN/CEFACT Recommendation 20 common codes for schema.org unitCode
 * (https://unece.org/trade/uncefact/cl-recommendations, Rec. 20). Google also accepts its Merchant Center unit
 * names (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#unit-pricing),
 * which are used for the few units without an unambiguous common code.
 */
const UNIT_CODES: Record<Measure['unit'] | Weight['unit'] | 'cm' | 'in', string> = {
  mg: 'MGM',
  g: 'GRM',
  kg: 'KGM',
  oz: 'ONZ',
  lb: 'LBR',
  ml: 'MLT',
  cl: 'CLT',
  l: 'LTR',
  cbm: 'MTQ',
  in: 'INH',
  ft: 'FOT',
  yd: 'YRD',
  cm: 'CMT',
  m: 'MTR',
  sqft: 'FTK',
  sqm: 'MTK',
  floz: 'floz',
  pt: 'pt',
  qt: 'qt',
  gal: 'gal',
  ct: 'ct',
  sheet: 'sheet',
  item: 'item',
};

export function unitCode(unit: keyof typeof UNIT_CODES): string {
  return UNIT_CODES[unit];
}
