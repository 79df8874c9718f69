import { defineRule } from '../../../../model/rule.js';

/** The exporter names the store's units in its headers: weight kg, g, lbs, oz; dimensions m, cm, mm, in, yd. */
export const wooUnsupportedUnit = defineRule({
  id: 'woocommerce/unsupported-unit',
  description: 'A WooCommerce weight or dimension unit has no exact canonical equivalent (yards, or an unknown label); the value is left out.',
  severity: 'warning',
  url: 'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/i18n/units.php',
  fix: 'Use a supported unit: weight in kg, g, lbs or oz, dimensions in m, cm, mm or in. In the CSV, rename the header and convert its values ("Length (yd)" 1 becomes "Length (in)" 36).',
  example: {
    input: 'Header "Length (yd)", with "Width (yd)" and "Height (yd)"',
    finding: 'The unit of "Length (yd)" has no exact canonical unit; the value is left out.',
  },
});
