import { defineRule } from '../../../../model/rule.js';

/** Products list their categories' leaf names; the full path needs /products/categories (each with its parent). */
export const wooCategoryPathUnavailable = defineRule({
  id: 'woocommerce/category-path-unavailable',
  description: 'The Store API category list could not be read, so the product type is the category name without its parent categories.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/src/StoreApi/docs/product-categories.md',
  fix: 'Make sure the shop answers /wp-json/wc/store/v1/products/categories (a security plugin or a firewall may block it), then run again: the product type then includes the parent categories (Clothing > Hoodies).',
  example: {
    input: 'The Store API\'s /wp-json/wc/store/v1/products/categories cannot be read; a product is in the category "Hoodies"',
    finding: 'The category list could not be read; the product type is the category name alone.',
  },
});
