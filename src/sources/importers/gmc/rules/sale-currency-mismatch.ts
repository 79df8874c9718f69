import { defineRule } from '../../../../model/rule.js';

export const gmcSaleCurrencyMismatch = defineRule({
  id: 'gmc/sale-currency-mismatch',
  description: 'A sale price is in another currency than the regular price; the sale is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324471',
  fix: 'Give the sale price in the currency of the price, e.g. <g:sale_price>20.00 USD</g:sale_price>.',
  example: {
    input: '<g:price>25.00 USD</g:price><g:sale_price>20.00 EUR</g:sale_price>',
    finding: 'The sale price is in EUR and the price in USD; the sale is left out.',
  },
});
