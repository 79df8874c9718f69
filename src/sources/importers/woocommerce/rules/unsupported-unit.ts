import { defineRule } from '../../../../model/rule.js';

/** The exporter names the store's units in its headers: weight kg, g, lbs, oz; dimensions m, cm, mm, in, yd. */
export const wooUnsupportedUnit = defineRule({
  id: 'woocommerce/unsupported-unit',
  description: 'A WooCommerce weight or dimension unit has no exact canonical equivalent (yards, or an unknown label); the value is left out.',
  severity: 'warning',
  url: 'https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/i18n/units.php',
});
