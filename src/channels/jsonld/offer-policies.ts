import type { OfferShippingDetails } from 'schema-dts';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import { policyId, returnPolicyNode, shippingDetailsNode } from './policies.js';
import type { OfferPolicies } from './product-node.js';
import { organizationId } from './site-node.js';

/**
 * The shipping and return policies every offer of the shop carries, built from the config's `shipping` and
 * `returns`: shipping rates grouped by their currency (an offer carries the rates priced in its own currency),
 * the return policy, and the seller (the shop's Organization node).
 */
export function offerPoliciesOf(config: ResolvedConfig): OfferPolicies {
  const shippingByCurrency = new Map<string, OfferShippingDetails[]>();
  for (const [i, rate] of config.shipping.entries()) {
    const list = shippingByCurrency.get(rate.price.currency) ?? [];
    list.push(shippingDetailsNode(rate, policyId(config, `shipping-${i + 1}`)));
    shippingByCurrency.set(rate.price.currency, list);
  }
  const policies: OfferPolicies = { shippingByCurrency, sellerId: organizationId(config) };
  if (config.returns) policies.returnPolicy = returnPolicyNode(config.returns, config);
  return policies;
}
