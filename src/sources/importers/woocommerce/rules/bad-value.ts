import { defineRule } from '../../../../model/rule.js';

export const wooBadValue = defineRule({
  id: 'woocommerce/bad-value',
  description: 'A WooCommerce export cell or Store API field cannot be read as its documented type or values; it is left out.',
  severity: 'warning',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Correct the value in WooCommerce and export again: a price with one decimal separator and no thousands separator (1299.00), "In stock?" 1, 0 or backorder, a sale date as YYYY-MM-DD.',
  example: {
    input: '"Regular price" cell: 1,299.00',
    finding: 'The "Regular price" cell cannot be read; it is left out.',
  },
});
