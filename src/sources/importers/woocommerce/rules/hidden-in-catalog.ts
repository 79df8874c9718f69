import { defineRule } from '../../../../model/rule.js';

/** "Visibility in catalog: hidden" keeps the product purchasable by its URL, but the shop lists it nowhere. */
export const wooHiddenInCatalog = defineRule({
  id: 'woocommerce/hidden-in-catalog',
  description: 'A WooCommerce product is hidden from the shop catalog and search; it is still published, so it is kept.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Nothing to do if the product is sold by its link. To list it in the shop, set its catalog visibility to "Shop and search results" in WooCommerce; to leave it out, make it private or a draft.',
  example: {
    input: '"Visibility in catalog" cell: hidden',
    finding: 'The product is hidden from the catalog and search, but published; it is kept.',
  },
});
