import { REC20_CODES } from '../../enrich/measure-units.js';
import type { Measure, Weight } from '../../model/generated/product.js';

/**
 * schema.org unitCode: the UN/CEFACT Rec. 20 common code where a unit has one (REC20_CODES). Google also accepts
 * its Merchant Center unit names (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#unit-pricing),
 * which are the catalog's own ids of the units without an unambiguous common code (floz, pt, qt, gal, ct, sheet,
 * item), so those are written as they are.
 */
export function unitCode(unit: Measure['unit'] | Weight['unit']): string {
  return REC20_CODES[unit] ?? unit;
}
