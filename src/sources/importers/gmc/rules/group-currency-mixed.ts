import { defineRule } from '../../../../model/rule.js';

export const gmcGroupCurrencyMixed = defineRule({
  id: 'gmc/group-currency-mixed',
  description: 'Items of one item group are priced in different currencies; each variant keeps its own currency.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
  fix: 'Price every item of the group in one currency. Prices in other currencies come from the config\'s "markets" (country, currency, rate).',
  example: {
    input: 'Two items of group tee: <g:price>25.00 USD</g:price>, then <g:price>23.00 EUR</g:price>',
    finding: 'This item is priced in EUR, an earlier item of the group in USD; the variant keeps its own currency.',
  },
});
