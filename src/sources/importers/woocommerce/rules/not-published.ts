import { defineRule } from '../../../../model/rule.js';

/** Published: 1 published, 0 private, -1 draft (2 pending in newer exporters); a disabled variation is private. */
export const wooNotPublished = defineRule({
  id: 'woocommerce/not-published',
  description: 'A WooCommerce product that is a draft, private or pending, or a disabled variation, is not on sale and is left out.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Nothing to do if the product is not for sale. To include it, publish it in WooCommerce (for a variation, tick "Enabled"), then export again.',
  example: {
    input: '"Published" cell: -1 (a draft), on a simple product\'s row',
    finding: 'The product is a draft; it is left out.',
  },
});
