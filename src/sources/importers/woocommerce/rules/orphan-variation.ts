import { defineRule } from '../../../../model/rule.js';

/** Variations name their parent in "Parent": id:123 or the parent's SKU. */
export const wooOrphanVariation = defineRule({
  id: 'woocommerce/orphan-variation',
  description: 'A WooCommerce variation names a parent that is not a variable product of the export (or none); it is left out.',
  severity: 'error',
  url: 'https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema#csv-columns-and-formatting',
  fix: 'Export the variation together with its parent variable product, or correct its "Parent" cell to id:<the parent\'s ID> or the parent\'s SKU.',
  example: {
    input: 'Variation row with "Parent" id:999; the export has no variable product with ID 999',
    finding: 'The variation\'s parent "id:999" is not a variable product of this export; the variation is left out.',
  },
});
