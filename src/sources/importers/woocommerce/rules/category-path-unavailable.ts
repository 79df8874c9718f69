import { defineRule } from '../../../../model/rule.js';

/** Products list their categories' leaf names; the full path needs /products/categories (each with its parent). */
export const wooCategoryPathUnavailable = defineRule({
  id: 'woocommerce/category-path-unavailable',
  description: 'The Store API category list could not be read, so the product type is the category name without its parent categories.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/src/StoreApi/docs/product-categories.md',
});
