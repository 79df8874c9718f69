import { defineRule } from '../../../../model/rule.js';

/** "Visibility in catalog: hidden" keeps the product purchasable by its URL, but the shop lists it nowhere. */
export const wooHiddenInCatalog = defineRule({
  id: 'woocommerce/hidden-in-catalog',
  description: 'A WooCommerce product is hidden from the shop catalog and search; it is still published, so it is kept.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
