import { defineRule } from '../../../../model/rule.js';

export const wooBufferFull = defineRule({
  id: 'woocommerce/buffer-full',
  description: 'Too many WooCommerce variable products waited for their variations at once; from this one on, they are written out before the end of the file.',
  severity: 'warning',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Order the rows so that each variation comes soon after its parent product, or export fewer products at a time (e.g. one category per file), so that fewer than 50,000 rows of variable products wait at once.',
  example: {
    input: 'An export where more than 50,000 rows of variable products and their variations wait at once, e.g. every variation listed after all parents',
    finding: 'More than 50000 rows of variable products waited at once; from this product on, variable products are written out before the end of the file with the variations read so far.',
  },
});
