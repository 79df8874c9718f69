import { defineRule } from '../../model/rule.js';
import { UCP_SPEC } from '../../formats/ucp/catalog-spec.js';
import { OPENAPI_SPEC_URL } from './spec.js';

export const openapiCatalogEndpointMissing = defineRule({
  id: 'openapi/catalog-endpoint-missing',
  description: 'The config names no catalog REST endpoint (agent.catalog.rest), so there is no API to describe and openapi.json is not written.',
  severity: 'warning',
  url: UCP_SPEC.rest,
});

export const openapiPurchaseUrlMissing = defineRule({
  id: 'openapi/purchase-url-missing',
  description: 'The config has no purchase URL template (agent.purchaseUrlTemplate), so openapi.json describes no purchase hand-off and agents cannot send a buyer to buy.',
  severity: 'warning',
  url: `${OPENAPI_SPEC_URL}#specification-extensions`,
});

export const openapiPurchaseListTruncated = defineRule({
  id: 'openapi/purchase-list-truncated',
  description: 'The catalog has more variants than openapi.json lists; it lists the first ones as examples with the rule that builds any variant’s purchase URL.',
  severity: 'info',
  url: `${OPENAPI_SPEC_URL}#specification-extensions`,
});

export const openapiDescriptionMissing = defineRule({
  id: 'openapi/description-missing',
  description: 'UCP requires a product description; the catalog API describes a product without one by its title.',
  severity: 'info',
  url: UCP_SPEC.catalog,
});

export const openapiMixedCurrencies = defineRule({
  id: 'openapi/mixed-currencies',
  description: "A UCP price range holds one currency: variants priced in another currency than the featured variant's are left out of the product's price_range.",
  severity: 'warning',
  url: UCP_SPEC.catalog,
});

export const OPENAPI_RULES = [
  openapiCatalogEndpointMissing,
  openapiPurchaseUrlMissing,
  openapiPurchaseListTruncated,
  openapiDescriptionMissing,
  openapiMixedCurrencies,
] as const;
