import { defineRule } from '../../../../model/rule.js';

export const gmcSaleCurrencyMismatch = defineRule({
  id: 'gmc/sale-currency-mismatch',
  description: 'A sale price is in another currency than the regular price; the sale is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324471',
});
