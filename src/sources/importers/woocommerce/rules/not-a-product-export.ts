import { defineRule } from '../../../../model/rule.js';

export const wooNotAProductExport = defineRule({
  id: 'woocommerce/not-a-product-export',
  description: 'A CSV read as a WooCommerce product export lacks its required columns (Type, Name, and ID or SKU).',
  severity: 'error',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
