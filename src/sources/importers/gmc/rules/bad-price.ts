import { defineRule } from '../../../../model/rule.js';

export const gmcBadPrice = defineRule({
  id: 'gmc/bad-price',
  description: 'A price or sale price is not a number followed by an ISO 4217 currency ("15.00 USD"); it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324371',
  fix: 'Write the amount with a dot for decimals and no thousands separator, then the ISO 4217 currency code: 1299.00 USD.',
  example: {
    input: '<g:price>1,299.00 USD</g:price>',
    finding: 'The price cannot be read; it is left out.',
  },
});
