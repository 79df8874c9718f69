import { defineRule } from '../../../../model/rule.js';

/** Variations name their parent in "Parent": id:123 or the parent's SKU. */
export const wooOrphanVariation = defineRule({
  id: 'woocommerce/orphan-variation',
  description: 'A WooCommerce variation names a parent that is not a variable product of the export (or none); it is left out.',
  severity: 'error',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
});
