import type { Product, ProductGroup, WithContext } from 'schema-dts';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { offerPoliciesOf, type OfferPolicies } from './offer-policies.js';
import { productDocument } from './product-node.js';

// A config's policies are built once, however many products a program renders with it.
const policiesByConfig = new WeakMap<ResolvedConfig, OfferPolicies>();

/**
 * The schema.org JSON-LD of one product page, exactly as the jsonld channel writes it: a Product, or a
 * ProductGroup with its variants. Shipping details, the return policy and the seller come from the config
 * (`shipping`, `returns`, `shop`), as in a build, and are on the offers only where `jsonld.shippingAndReturns`
 * says so: by default they are on the Organization of `buildSiteDocument(config)`, which the home page must
 * carry. Serialize it with `serializeJsonLd` for a `<script>` element.
 */
export function buildProductDocument(product: ResolvedProduct, config: ResolvedConfig): WithContext<Product> | WithContext<ProductGroup> {
  let policies = policiesByConfig.get(config);
  if (!policies) {
    policies = offerPoliciesOf(config);
    policiesByConfig.set(config, policies);
  }
  return productDocument(product, policies);
}
