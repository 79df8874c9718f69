import { defineRule } from '../../../../model/rule.js';

export const wooLateVariation = defineRule({
  id: 'woocommerce/late-variation',
  description: 'A WooCommerce variation arrived after its product was already written out to keep memory bounded; it is left out.',
  severity: 'error',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Order the rows so that each variation comes soon after its parent product, or export fewer products at a time (e.g. one category per file), so that fewer than 50,000 rows of variable products wait at once.',
  example: {
    input: 'A variation row with "Parent" id:101 comes after its product was written out, the variation buffer (50,000 rows) being full',
    finding: 'The variation\'s product "id:101" was already written out (the variation buffer was full); the variation is left out.',
  },
});
