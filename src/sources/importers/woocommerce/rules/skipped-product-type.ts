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
});
