import { defineRule } from '../../model/rule.js';

/**
 * The config's "defaults" are facts the merchant states for the whole shop; each use is reported, so the
 * report shows which values came from the config and not from the catalog. Documented in
 * schemas/config.schema.json ($defs/Defaults) and the README.
 */
export const defaultBrand = defineRule({
  id: 'defaults/brand',
  description: "The product names no brand; the config's defaults.brand was applied.",
  severity: 'info',
  kind: 'enriched',
  fix: 'Nothing to do if the product is of that brand. For a product of another brand, give it a brand in the catalog; defaults.brand applies only where the catalog names none.',
  example: {
    input: 'Config "defaults": {"brand": "Acme"}; product {"id": "tee-1", "title": "Cotton T-Shirt"} with no brand',
    finding: 'The brand "Acme" comes from defaults.brand.',
  },
});

export const defaultCondition = defineRule({
  id: 'defaults/condition',
  description: "The product states no condition; the config's defaults.condition was applied.",
  severity: 'info',
  kind: 'enriched',
  fix: 'Nothing to do if the condition is right. For a used or refurbished item, give the product or variant its condition in the catalog; defaults.condition applies only where none is stated.',
  example: {
    input: 'Config "defaults": {"condition": "new"}; product {"id": "tee-1", "title": "Cotton T-Shirt"} with no condition',
    finding: 'The condition "new" comes from defaults.condition.',
  },
});

export const defaultProductUrl = defineRule({
  id: 'defaults/product-url',
  description: "The product has no URL; it was built from the config's defaults.productUrl template.",
  severity: 'info',
  kind: 'enriched',
  fix: 'Nothing to do if the URL opens the product page. Otherwise correct the defaults.productUrl template in the config, or give the product its url in the catalog.',
  example: {
    input: 'Config "defaults": {"productUrl": "https://shop.example/products/{slug}"}; product {"id": "tee-1", "slug": "cotton-tee"} with no url',
    finding: 'The URL https://shop.example/products/cotton-tee was built from defaults.productUrl.',
  },
});

export const defaultProductUrlUnfilled = defineRule({
  id: 'defaults/product-url-unfilled',
  description: "The config's defaults.productUrl template names a value ({slug}, {platform_id}) the product does not state, so no URL could be built from it.",
  severity: 'warning',
  fix: 'Use a placeholder the export carries: {platform_id} for WooCommerce exports (the ID column), {slug} where a slug or handle column exists, {id} otherwise.',
  example: {
    input: 'Config "defaults": {"productUrl": "https://shop.example/products/{slug}"}; product {"id": "tee-1"} with no url and no slug',
    finding: 'defaults.productUrl needs {slug}, which the product does not state, so it has no URL.',
  },
});
