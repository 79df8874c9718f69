import { defineRule } from '../../../../model/rule.js';

export const wooIncompleteDimensions = defineRule({
  id: 'woocommerce/incomplete-dimensions',
  description: 'A WooCommerce product gives only some of length, width and height; dimensions need all three and are left out.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324498',
  fix: 'Fill in length, width and height in WooCommerce (Product data > Shipping), or clear all three, and export again.',
  example: {
    input: '"Length (cm)" 30, "Width (cm)" 20, "Height (cm)" empty',
    finding: 'Only length and width are given; dimensions need length, width and height.',
  },
});
