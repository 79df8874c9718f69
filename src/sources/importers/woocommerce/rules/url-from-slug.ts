import { defineRule } from '../../../../model/rule.js';

/** With pretty permalinks and the default product base, a product page is /product/<slug>/. */
export const wooUrlFromSlug = defineRule({
  id: 'woocommerce/url-from-slug',
  description: 'A WooCommerce product URL was built from its slug with the default product base (/product/<slug>/); a shop with another base must give URLs.',
  severity: 'info',
  url: 'https://woocommerce.com/document/permalinks/',
});
