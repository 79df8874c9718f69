import { defineRule } from '../../../../model/rule.js';

/**
 * External/affiliate products are sold by another shop (their button links off-site), and grouped products
 * have no price of their own (their children are listed as products themselves): neither is an offer of
 * this shop. Types from plugins (subscriptions, bundles, …) have pricing the canonical model cannot state.
 * https://woocommerce.com/document/managing-products/#product-types
 */
export const wooSkippedProductType = defineRule({
  id: 'woocommerce/skipped-product-type',
  description: 'A WooCommerce product of a type that is not an offer of this shop (external, grouped, or a plugin type) is left out.',
  severity: 'info',
  url: 'https://woocommerce.com/document/managing-products/#product-types',
  fix: 'Nothing to do: external and grouped products are not sold by this shop. To include the item, make it a simple or variable product in WooCommerce and export again.',
  example: {
    input: '"Type" cell: external (an affiliate product whose button links to another shop)',
    finding: 'A product of type "external" is not an offer of this shop; it is left out.',
  },
});
