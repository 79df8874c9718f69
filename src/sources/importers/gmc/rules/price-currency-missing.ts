import { defineRule } from '../../../../model/rule.js';

export const gmcPriceCurrencyMissing = defineRule({
  id: 'gmc/price-currency-missing',
  description: 'A price has no currency; it is read in the currency of the shop configuration.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324371',
  fix: "Nothing to do if the shop's currency (shop.currency in the config) is right. Otherwise write the currency after the amount in the feed: 25.00 EUR.",
  example: {
    input: '<g:price>25.00</g:price>, with shop.currency USD in the config',
    finding: "The price states no currency; it is read in the shop's currency, USD.",
  },
});
