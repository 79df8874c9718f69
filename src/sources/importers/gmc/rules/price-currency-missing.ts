import { defineRule } from '../../../../model/rule.js';

export const gmcPriceCurrencyMissing = defineRule({
  id: 'gmc/price-currency-missing',
  description: 'A price has no currency; it is read in the currency of the shop configuration.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324371',
});
