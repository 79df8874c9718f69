import { defineRule } from '../../../../model/rule.js';

export const wooNotAProductExport = defineRule({
  id: 'woocommerce/not-a-product-export',
  description: 'A CSV read as a WooCommerce product export lacks its required columns (Type, Name, and ID or SKU).',
  severity: 'error',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Export the file from WooCommerce (Products > Export) with the Type, Name and ID or SKU columns, and rename translated headers to the English ones. If the file is another format, name it with --format.',
  example: {
    input: 'Header: ID,SKU,Name,Regular price (no Type column)',
    finding: 'The header has no Type column.',
  },
});
