import { defineRule } from '../../model/rule.js';

const MERCHANT_LISTING = 'https://developers.google.com/search/docs/appearance/structured-data/merchant-listing';

export const jsonldImageMissing = defineRule({
  id: 'jsonld/image-missing',
  description: 'A product page offer needs an image to be eligible for merchant listings.',
  severity: 'warning',
  url: `${MERCHANT_LISTING}#required-properties`,
  fix: 'Add an image to the product or its variants in the shop; image URLs must be absolute or relative to the shop URL.',
  example: {
    input: '{ "id": "tee-1", "images": [] } and no images on its variants',
    finding: 'The product has no image, so its page is not eligible for merchant listings.',
  },
});

export const jsonldShippingCurrency = defineRule({
  id: 'jsonld/shipping-currency',
  description: "Shipping rates in another currency than the offer's are left out of its markup (one currency per offer).",
  severity: 'warning',
  url: `${MERCHANT_LISTING}#shipping-details`,
  fix: 'Add shipping rates priced in that currency to the config ("shipping" entries with "currency": "EUR"), or price the product in the currency of the existing rates.',
  example: {
    input: '{ "id": "mug-1", "currency": "EUR" } while every "shipping" rate in the config is in USD',
    finding: 'No shipping rate is priced in EUR, so the offers carry no shippingDetails.',
  },
});

export const JSONLD_RULES = [jsonldImageMissing, jsonldShippingCurrency] as const;
