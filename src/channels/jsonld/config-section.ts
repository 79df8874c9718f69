import type { ConfigSection } from '../channel.js';

/**
 * This channel's section of the config (schemas/config.schema.json is assembled from such fragments).
 *
 * `shippingAndReturns` defaults to `organization` because Google asks for exactly that: "We recommend you
 * provide a global shipping policy for your business under Organization markup instead [...] Only if some of
 * your products have specific shipping policies for which you need to override your global shipping policy
 * [...] use this property under Offer", and the same for return policies
 * (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing, Offer,
 * `shippingDetails` and `hasMerchantReturnPolicy`; https://developers.google.com/search/docs/appearance/structured-data/shipping-policy;
 * https://developers.google.com/search/docs/appearance/structured-data/return-policy).
 */
export const JSONLD_CONFIG_SECTION: ConfigSection = {
  path: ['jsonld'],
  def: 'Jsonld',
  schema: {
    "description": "schema.org JSON-LD (jsonld/<product>.jsonld and jsonld/site.jsonld).",
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "shippingAndReturns": {
        "description": "Where the markup states the shop's shipping rates and return policy. organization (default): once, on the Organization in jsonld/site.jsonld, which must be on the home page (agentshelf inject and build --site put it there); offers carry a policy only where their product differs from the shop's (a digital product's offers state free delivery). This is what Google recommends: https://developers.google.com/search/docs/appearance/structured-data/merchant-listing (Offer: shippingDetails, hasMerchantReturnPolicy) and https://developers.google.com/search/docs/appearance/structured-data/shipping-policy. every_offer: on every offer as well, which also works where the site document is not on the home page. jsonld/site.jsonld is the same either way.",
        "enum": [
          "organization",
          "every_offer"
        ],
        "default": "organization"
      }
    }
  },
};
