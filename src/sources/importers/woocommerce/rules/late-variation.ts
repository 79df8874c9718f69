import { defineRule } from '../../../../model/rule.js';

export const wooLateVariation = defineRule({
  id: 'woocommerce/late-variation',
  description: 'A WooCommerce variation arrived after its product was already written out to keep memory bounded; it is left out.',
  severity: 'error',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
