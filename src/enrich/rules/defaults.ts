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
});

export const defaultCondition = defineRule({
  id: 'defaults/condition',
  description: "The product states no condition; the config's defaults.condition was applied.",
  severity: 'info',
  kind: 'enriched',
});

export const defaultProductUrl = defineRule({
  id: 'defaults/product-url',
  description: "The product has no URL; it was built from the config's defaults.productUrl template.",
  severity: 'info',
  kind: 'enriched',
});

export const defaultProductUrlUnfilled = defineRule({
  id: 'defaults/product-url-unfilled',
  description: "The config's defaults.productUrl template names a value ({slug}, {platform_id}) the product does not state, so no URL could be built from it.",
  severity: 'warning',
  fix: 'Use a placeholder the export carries: {platform_id} for WooCommerce exports (the ID column), {slug} where a slug or handle column exists, {id} otherwise.',
});
