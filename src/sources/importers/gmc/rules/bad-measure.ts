import { defineRule } from '../../../../model/rule.js';

export const gmcBadMeasure = defineRule({
  id: 'gmc/bad-measure',
  description: 'A weight, dimension or unit-pricing measure is not a positive number with a unit Google supports; it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324455',
});
