import { defineRule } from '../../../../model/rule.js';

export const gmcBadMeasure = defineRule({
  id: 'gmc/bad-measure',
  description: 'A weight, dimension or unit-pricing measure is not a positive number with a unit Google supports; it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324455',
  fix: 'Write a positive number and a unit Google supports: product_weight in lb, oz, g or kg; product_length, product_width and product_height in cm or in; unit pricing in units such as ml, l, g or kg.',
  example: {
    input: '<g:product_weight>1.2 stone</g:product_weight>',
    finding: '"1.2 stone" is not a measure Google supports here; it is left out.',
  },
});
