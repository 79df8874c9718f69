import { defineRule } from '../../../../model/rule.js';

export const gmcBadPrice = defineRule({
  id: 'gmc/bad-price',
  description: 'A price or sale price is not a number followed by an ISO 4217 currency ("15.00 USD"); it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324371',
});
