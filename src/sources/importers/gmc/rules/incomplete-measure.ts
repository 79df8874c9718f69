import { defineRule } from '../../../../model/rule.js';

export const gmcIncompleteMeasure = defineRule({
  id: 'gmc/incomplete-measure',
  description: 'Unit pricing needs both measures, and dimensions need length, width and height in one unit; a partial set is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324490',
});
