import type { UcpVariant } from './catalog-types.js';
import { unitPriceFor20260825 } from './unit-price-version.js';
import type { UcpVersion } from './versions.js';

/**
 * A product of toUcpProduct / toUcpLookupProduct (or a detail product built from one) as a given UCP release
 * carries it. The mappers write the 2026-04-08 shape, which every channel publishing a unit price shares (the
 * ACP feed gives the same unit_price); 2026-08-25 needs one difference:
 *
 * - `variants[].unit_price`: integer measures with a scale, one unit for measure and reference, a display_text
 *   (unit-price-version.ts). A unit price that cannot be written exactly that way is left out, which the
 *   schema allows ("MAY be omitted when unit pricing does not apply").
 *
 * Everything else agentshelf fills has the same shape in both (product.json and variant.json keep their fields;
 * 2026-08-25 only adds optional ones: quantity_unit, fulfillment, and actions and policies on the responses).
 * Pure: the input is not changed, and a product with nothing to change is returned as it is.
 */
export function productForVersion<P extends { variants: readonly UcpVariant[] }>(product: P, version: UcpVersion): P {
  if (version === '2026-04-08') return product;
  if (!product.variants.some((v) => v.unit_price !== undefined)) return product;
  const variants = product.variants.map((variant) => {
    if (variant.unit_price === undefined) return variant;
    const converted = unitPriceFor20260825(variant.unit_price);
    // Rebuilt key by key, so the fields keep variant.json's order.
    const entries = Object.entries(variant).flatMap(([key, value]) => (key !== 'unit_price' ? [[key, value]] : converted ? [[key, converted]] : []));
    return Object.fromEntries(entries) as typeof variant;
  });
  return { ...product, variants };
}
