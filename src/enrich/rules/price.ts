import { defineRule } from '../../model/rule.js';

export const priceUnknownCurrency = defineRule({
  id: 'price/unknown-currency',
  description: 'The currency is not an active ISO 4217 code with a minor unit.',
  severity: 'error',
  url: 'https://www.iso.org/iso-4217-currency-codes.html',
});

export const priceTooPrecise = defineRule({
  id: 'price/too-precise',
  description: "A price has more decimals than its currency's ISO 4217 minor unit allows (JPY none, USD 2, KWD 3).",
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324371',
});

export const priceOutOfRange = defineRule({
  id: 'price/out-of-range',
  description: 'A price is too large to be held exactly.',
  severity: 'error',
});

export const priceNotPositive = defineRule({
  id: 'price/not-positive',
  description: 'The price must be greater than zero; merchant listings reject free offers.',
  severity: 'error',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#offer-details',
});

export const saleNotBelowPrice = defineRule({
  id: 'sale/not-below-price',
  description: 'A sale price must be lower than the regular price; the sale is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324471',
});

export const saleWindowInverted = defineRule({
  id: 'sale/window-inverted',
  description: 'A sale ends before it starts; the sale is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324460',
});

export const saleWindowWithoutPrice = defineRule({
  id: 'sale/window-without-price',
  description: 'A sale window is given without a sale price; the window is ignored.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324460',
});

export const saleEnded = defineRule({
  id: 'sale/ended',
  description: 'A sale ended before this run; it is left out of every output.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324460',
});

export const priceConverted = defineRule({
  id: 'price/converted',
  description: "Prices for the config's extra markets were converted from the shop currency by its fixed rates (rounded half up to each currency's minor unit).",
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324371',
});

export const priceNotConverted = defineRule({
  id: 'price/not-converted',
  description: "A product priced in a currency other than the shop's is left out of the extra markets: the config's rates are quoted against the shop currency.",
  severity: 'info',
});

export const unitPriceNotComputable = defineRule({
  id: 'price/unit-price-not-computable',
  description:
    'The unit price cannot be worked out exactly (units of different quantities, no exact conversion between them, or a base measure that is not a whole number), so no channel publishes one; the unit pricing measures are still published where a channel takes them.',
  severity: 'warning',
  url: 'https://ucp.dev/2026-04-08/specification/catalog/',
});
