import { defineRule } from '../../../../model/rule.js';

/** Published: 1 published, 0 private, -1 draft (2 pending in newer exporters); a disabled variation is private. */
export const wooNotPublished = defineRule({
  id: 'woocommerce/not-published',
  description: 'A WooCommerce product that is a draft, private or pending, or a disabled variation, is not on sale and is left out.',
  severity: 'info',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
