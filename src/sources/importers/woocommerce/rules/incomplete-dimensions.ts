import { defineRule } from '../../../../model/rule.js';

export const wooIncompleteDimensions = defineRule({
  id: 'woocommerce/incomplete-dimensions',
  description: 'A WooCommerce product gives only some of length, width and height; dimensions need all three and are left out.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324498',
});
