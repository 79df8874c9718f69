import type { MerchantReturnPolicy, OfferShippingDetails } from 'schema-dts';
import { formatAmount } from '../../model/money.js';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { policyId, returnPolicyNode, shippingDetailsNode } from './policies.js';
import { organizationId } from './site-node.js';

/**
 * What an offer says about shipping, returns and its seller, decided once per run from the config's `shipping`,
 * `returns` and `jsonld.shippingAndReturns`. Product documents ask it per offer; they never look at the mode.
 */
export interface OfferPolicies {
  /** The shipping details an offer of `product` priced in `currency` carries; empty: it carries none. */
  shippingFor(product: ResolvedProduct, currency: string): readonly OfferShippingDetails[];
  /** The return policy an offer of `product` carries, if any. */
  returnPolicyFor(product: ResolvedProduct): MerchantReturnPolicy | undefined;
  /** The shop's Organization node, every offer's seller. */
  sellerId: string;
  /** The shop's shipping rates by currency: the rates an offer in that currency may state. */
  shippingByCurrency: ReadonlyMap<string, readonly OfferShippingDetails[]>;
}

const NONE: readonly OfferShippingDetails[] = [];

/**
 * `every_offer`: every offer carries the shop's rates priced in its own currency (a digital product's none) and
 * the return policy, as well as the Organization in jsonld/site.jsonld.
 *
 * `organization` (the default): the policies are stated once, on the Organization (site-node.ts), and an offer
 * carries only what differs from them. Google: "We recommend you provide a global shipping policy for your
 * business under Organization markup instead [...] Only if some of your products have specific shipping policies
 * for which you need to override your global shipping policy [...] use this property under Offer", and the same
 * for return policies (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing,
 * Offer). Product-level markup takes precedence over Organization-level markup (same page, "Combining multiple
 * shipping and return configurations"). In this model one product differs: a digital one, which is not shipped.
 * See digitalDelivery.
 */
export function offerPoliciesOf(config: ResolvedConfig): OfferPolicies {
  const shippingByCurrency = new Map<string, OfferShippingDetails[]>();
  for (const [i, rate] of config.shipping.entries()) {
    const list = shippingByCurrency.get(rate.price.currency) ?? [];
    list.push(shippingDetailsNode(rate, policyId(config, `shipping-${i + 1}`)));
    shippingByCurrency.set(rate.price.currency, list);
  }
  const sellerId = organizationId(config);
  const returnPolicy = config.returns ? returnPolicyNode(config.returns, config) : undefined;
  if (config.jsonld.shippingAndReturns === 'every_offer') {
    return {
      sellerId,
      shippingByCurrency,
      shippingFor: (product, currency) => (product.isDigital ? NONE : (shippingByCurrency.get(currency) ?? NONE)),
      returnPolicyFor: () => returnPolicy,
    };
  }
  const digital = new Map<string, readonly OfferShippingDetails[]>();
  return {
    sellerId,
    shippingByCurrency,
    shippingFor(product, currency) {
      if (!product.isDigital) return NONE;
      let nodes = digital.get(currency);
      if (!nodes) digital.set(currency, (nodes = digitalDelivery(config, currency)));
      return nodes;
    },
    returnPolicyFor: () => undefined,
  };
}

/**
 * A digital product's delivery, where the Organization states shipping rates: free, to every country the shop's
 * rates cover. Without it Google would apply the Organization's shipping services, which describe parcels, to a
 * download. Google documents no offer-level way to say "not shipped": the merchant listing's OfferShippingDetails
 * has shippingDestination, shippingRate and deliveryTime, and "To specify free shipping, set the value to 0"
 * (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing, Shipping). `doesNotShip`
 * would say the item cannot be delivered there at all, which is false for a download. One node per destination
 * country, priced in the offer's currency ("The currency must be the same as the currency of the offer"); no
 * deliveryTime, since the catalog states none for downloads.
 */
function digitalDelivery(config: ResolvedConfig, currency: string): readonly OfferShippingDetails[] {
  const countries = [...new Set(config.shipping.map((rate) => rate.country))];
  return countries.map((country) => ({
    '@type': 'OfferShippingDetails',
    '@id': policyId(config, `digital-delivery-${country}-${currency}`),
    shippingRate: { '@type': 'MonetaryAmount', value: formatAmount(0, currency), currency },
    shippingDestination: { '@type': 'DefinedRegion', addressCountry: country },
  }));
}
