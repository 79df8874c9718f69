import { defineRule } from '../../model/rule.js';

const MERCHANT_LISTING = 'https://developers.google.com/search/docs/appearance/structured-data/merchant-listing';

export const jsonldImageMissing = defineRule({
  id: 'jsonld/image-missing',
  description: 'A product page offer needs an image to be eligible for merchant listings.',
  severity: 'warning',
  url: `${MERCHANT_LISTING}#required-properties`,
});

export const jsonldShippingCurrency = defineRule({
  id: 'jsonld/shipping-currency',
  description: "Shipping rates in another currency than the offer's are left out of its markup (one currency per offer).",
  severity: 'warning',
  url: `${MERCHANT_LISTING}#shipping-details`,
});

export const JSONLD_RULES = [jsonldImageMissing, jsonldShippingCurrency] as const;
