import { defineRule } from '../../model/rule.js';

export const priceUnknownCurrency = defineRule({
  id: 'price/unknown-currency',
  description: 'The currency is not an active ISO 4217 code with a minor unit.',
  severity: 'error',
  url: 'https://www.iso.org/iso-4217-currency-codes.html',
  fix: 'Set the product\'s or variant\'s currency (or shop.currency in the config) to an active ISO 4217 code such as USD or EUR. For a withdrawn currency, convert the prices to the currency that replaced it.',
  example: {
    input: '{"id": "tee-1", "currency": "HRK", "variants": [{"id": "tee-1-m", "price": "149.00"}]}',
    finding: 'Currency HRK has been withdrawn from ISO 4217; it was replaced by EUR (convert the amount, the rate is not always 1:1).',
  },
});

export const priceTooPrecise = defineRule({
  id: 'price/too-precise',
  description: "A price has more decimals than its currency's ISO 4217 minor unit allows (JPY none, USD 2, KWD 3).",
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324371',
  fix: 'Round the price in the shop to the currency\'s minor unit (two decimals for USD and EUR, none for JPY); agentshelf does not round prices.',
  example: {
    input: '"price": "12.999" (shop currency USD)',
    finding: 'Price "12.999" has more decimals than USD allows (2); ISO 4217 gives USD 2 minor-unit digits, and rounding a price is not ours to decide.',
  },
});

export const priceOutOfRange = defineRule({
  id: 'price/out-of-range',
  description: 'A price is too large to be held exactly.',
  severity: 'error',
  fix: 'Correct the price in the catalog; a value this large is usually a shifted decimal point or a pasted number. Give prices as plain decimal strings such as "19.99", which are read exactly.',
  example: {
    input: '"price": "100000000000000.00" (shop currency USD)',
    finding: 'Price "100000000000000.00" USD is 10000000000000000 minor units, more than the largest exact integer (9007199254740991).',
  },
});

export const priceNotPositive = defineRule({
  id: 'price/not-positive',
  description: 'The price must be greater than zero; merchant listings reject free offers.',
  severity: 'error',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#offer-details',
  fix: 'Give the variant its real price, above zero, in the shop. A sale price of zero is left out: remove it or set the reduced price.',
  example: {
    input: '{"id": "mug-1-a", "price": "0", "stockQuantity": 5}',
    finding: 'The price is zero; an offer needs a price above zero.',
  },
});

export const saleNotBelowPrice = defineRule({
  id: 'sale/not-below-price',
  description: 'A sale price must be lower than the regular price; the sale is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324471',
  fix: 'Set salePrice lower than price, or remove salePrice if the item is not on sale.',
  example: {
    input: '"price": "19.99", "salePrice": "24.99"',
    finding: 'The sale price is not below the regular price; the sale is left out.',
  },
});

export const saleWindowInverted = defineRule({
  id: 'sale/window-inverted',
  description: 'A sale ends before it starts; the sale is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324460',
  fix: 'Correct saleStartsAt and saleEndsAt so the sale starts before it ends (check that day and month are not swapped).',
  example: {
    input: '"salePrice": "14.99", "saleStartsAt": "2025-06-10T00:00:00Z", "saleEndsAt": "2025-06-01T00:00:00Z"',
    finding: 'The sale ends before it starts; the sale is left out.',
  },
});

export const saleWindowWithoutPrice = defineRule({
  id: 'sale/window-without-price',
  description: 'A sale window is given without a sale price; the window is ignored.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324460',
  fix: 'Add the salePrice the window is for, or remove saleStartsAt and saleEndsAt.',
  example: {
    input: '"price": "19.99", "saleEndsAt": "2025-06-30T00:00:00Z" (no salePrice)',
    finding: 'A sale window is given but no sale price; the window is ignored.',
  },
});

export const saleEnded = defineRule({
  id: 'sale/ended',
  description: 'A sale ended before this run; it is left out of every output.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324460',
  fix: 'Nothing to do: the ended sale is not published. To stop the finding, remove salePrice and the sale dates from the catalog, or set a later saleEndsAt if the sale goes on.',
  example: {
    input: '"salePrice": "14.99", "saleEndsAt": "2025-05-31T23:59:59Z", in a run on 2025-06-01',
    finding: 'The sale ended at 2025-05-31T23:59:59Z; it is left out.',
  },
});

export const priceConverted = defineRule({
  id: 'price/converted',
  description: "Prices for the config's extra markets were converted from the shop currency by its fixed rates (rounded half up to each currency's minor unit).",
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324371',
  fix: 'Nothing to do if the rates are right. agentshelf never fetches exchange rates: update the rate of each entry in the config\'s markets when it changes.',
  example: {
    input: 'Config "markets": [{"country": "CA", "currency": "CAD", "rate": "1.3650"}]; a product with one variant priced in the shop currency',
    finding: 'Prices of 1 variant(s) were converted for CA (CAD at 1.3650).',
  },
});

export const priceNotConverted = defineRule({
  id: 'price/not-converted',
  description: "A product priced in a currency other than the shop's is left out of the extra markets: the config's rates are quoted against the shop currency.",
  severity: 'info',
  fix: 'Nothing to do if the product is sold only in its own currency. To offer it in the extra markets, price it in the shop currency (shop.currency in the config).',
  example: {
    input: 'Shop currency USD, config "markets": [{"country": "CA", "currency": "CAD", "rate": "1.3650"}]; product {"id": "tee-8", "currency": "EUR"} with one variant',
    finding: '1 variant(s) priced in another currency than USD are not offered in CA (CAD at 1.3650).',
  },
});

export const unitPriceNotComputable = defineRule({
  id: 'price/unit-price-not-computable',
  description:
    'The unit price cannot be worked out exactly (units of different quantities, no exact conversion between them, or a base measure that is not a whole number), so no channel publishes one; the unit pricing measures are still published where a channel takes them.',
  severity: 'warning',
  url: 'https://ucp.dev/2026-04-08/specification/catalog/',
  fix: 'Give unitPricing a measure and a baseMeasure of one kind of quantity in units that convert exactly (ml and l, g and kg), and a whole-number baseMeasure value.',
  example: {
    input: '"unitPricing": {"measure": {"value": 500, "unit": "ml"}, "baseMeasure": {"value": 100, "unit": "g"}}',
    finding: 'The measure is in ml (volume) and the base measure in g (mass); a unit price needs one kind of quantity. No unit price is published.',
  },
});
