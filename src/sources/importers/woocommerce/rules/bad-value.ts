import { defineRule } from '../../../../model/rule.js';

export const wooBadValue = defineRule({
  id: 'woocommerce/bad-value',
  description: 'A WooCommerce export cell or Store API field cannot be read as its documented type or values; it is left out.',
  severity: 'warning',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
