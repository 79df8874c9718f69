import type { UcpDetailProduct, UcpInputCorrelation, UcpLookupProduct, UcpLookupVariant, UcpProduct, UcpVariant } from '../../formats/ucp/catalog-types.js';

/**
 * Lookup and detail answers from a stored UCP product (products.jsonl), where the featured variant is already
 * first (product.json: "First item is the featured variant for listings").
 * https://ucp.dev/2026-04-08/specification/catalog/lookup/
 */

/**
 * The product as a lookup result: only the variants some id resolved to, each with the ids that did. A variant
 * id or SKU resolves `exact` to its variant, the product id `featured` to the featured variant ("Resolution
 * Behavior"); variants no id resolved to are left out ("Client Correlation"). Undefined when no id resolves to
 * the product. Gives what formats/ucp toUcpLookupProduct gives from the resolved model.
 */
export function lookupProduct(product: UcpProduct, ids: readonly string[]): UcpLookupProduct | undefined {
  const wanted = [...new Set(ids)];
  const featured = product.variants[0];
  const variants: UcpLookupVariant[] = [];
  for (const variant of product.variants) {
    const inputs: UcpInputCorrelation[] = [];
    for (const id of wanted) {
      if (id === variant.id || (variant.sku !== undefined && id === variant.sku)) inputs.push({ id, match: 'exact' });
      else if (id === product.id && variant === featured) inputs.push({ id, match: 'featured' });
    }
    if (inputs.length > 0) variants.push({ ...variant, inputs });
  }
  return variants.length > 0 ? { ...product, variants } : undefined;
}

/** The variant an id names: a variant id, else a SKU. */
export function namedVariant(product: UcpProduct, id: string): UcpVariant | undefined {
  return product.variants.find((v) => v.id === id) ?? product.variants.find((v) => v.sku !== undefined && v.sku === id);
}

/**
 * The product in detail (catalog_lookup.json detail_product). Asked by variant id (or SKU), that variant comes
 * first, as the lookup page requires; asked by product id, the featured one does. `selected` is the first
 * variant's options: REQUIRED when the product has options (get_product_response).
 */
export function detailProduct(product: UcpProduct, id: string): UcpDetailProduct {
  const named = id === product.id ? undefined : namedVariant(product, id);
  const variants = named ? [named, ...product.variants.filter((v) => v !== named)] : product.variants;
  const out: UcpDetailProduct = { ...product, variants };
  const first = variants[0]!;
  if (first.options && first.options.length > 0) out.selected = first.options.map((o) => ({ ...o }));
  return out;
}
