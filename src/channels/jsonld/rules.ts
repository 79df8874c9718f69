import { defineRule } from '../../model/rule.js';

const MERCHANT_LISTING = 'https://developers.google.com/search/docs/appearance/structured-data/merchant-listing';
const ORGANIZATION = 'https://developers.google.com/search/docs/appearance/structured-data/organization';

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
  description: "No shipping rate is priced in the offer's currency, so no shipping details are stated for it (Google reads one currency per offer).",
  severity: 'warning',
  url: `${MERCHANT_LISTING}#shipping-details`,
  fix: 'Add shipping rates priced in that currency to the config ("shipping" entries with "currency": "EUR"), or price the product in the currency of the existing rates.',
  example: {
    input: '{ "id": "mug-1", "currency": "EUR" } while every "shipping" rate in the config is in USD',
    finding: "No shipping rate is priced in EUR: the Organization's shipping services are priced in USD.",
  },
});

export const jsonldPoliciesOnOrganization = defineRule({
  id: 'jsonld/policies-on-organization',
  description: "The shop's shipping and return policies are stated once, on the Organization in jsonld/site.jsonld, and not on every offer: Google reads them where that document is on the site, usually the home page.",
  severity: 'info',
  // Google reads Organization markup from "your home page, or a single page that describes your organization".
  url: `${ORGANIZATION}#technical-guidelines`,
  fix: 'Put jsonld/site.jsonld on the home page: agentshelf build --site and agentshelf inject do it. To state the policies on every offer as well, set "jsonld": { "shippingAndReturns": "every_offer" }.',
  example: {
    input: '"shipping" and "returns" in the config, and no "jsonld" section (the default, "shippingAndReturns": "organization")',
    finding: "The shop's shipping and return policies are on the Organization in jsonld/site.jsonld, not on each offer: put that document on the home page.",
  },
});

export const JSONLD_RULES = [jsonldImageMissing, jsonldShippingCurrency, jsonldPoliciesOnOrganization] as const;
