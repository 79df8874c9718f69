import { defineRule } from '../../../../model/rule.js';

export const gmcIncompleteMeasure = defineRule({
  id: 'gmc/incomplete-measure',
  description: 'Unit pricing needs both measures, and dimensions need length, width and height in one unit; a partial set is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324490',
  fix: 'Give product_length, product_width and product_height together in one unit, and unit_pricing_measure together with unit_pricing_base_measure; or leave out the whole set.',
  example: {
    input: '<g:product_length>30 cm</g:product_length><g:product_width>20 cm</g:product_width>, no product_height',
    finding: 'Dimensions need product_length, product_width and product_height; only product_length, product_width given. They are left out.',
  },
});
