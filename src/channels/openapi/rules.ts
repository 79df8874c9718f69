import { defineRule } from '../../model/rule.js';
import { UCP_SPEC } from '../../formats/ucp/catalog-spec.js';
import { OPENAPI_SPEC_URL } from './spec.js';

export const openapiCatalogEndpointMissing = defineRule({
  id: 'openapi/catalog-endpoint-missing',
  description: 'The config names no catalog REST endpoint (agent.catalog.rest), so there is no API to describe and openapi.json is not written.',
  severity: 'warning',
  url: UCP_SPEC.rest,
  fix: 'Set agent.catalog.rest to the HTTPS base URL of the shop\'s catalog REST API. A shop without one can leave the openapi channel out of --channels.',
  example: {
    input: '"agent": { "catalog": { "mcp": "https://shop.example/api/mcp" } } with no "rest"',
    finding: 'No catalog REST endpoint is configured, so openapi.json is not written.',
  },
});

export const openapiPurchaseUrlMissing = defineRule({
  id: 'openapi/purchase-url-missing',
  description: 'The config has no purchase URL template (agent.purchaseUrlTemplate), so openapi.json describes no purchase hand-off and agents cannot send a buyer to buy.',
  severity: 'warning',
  url: `${OPENAPI_SPEC_URL}#specification-extensions`,
  fix: 'Set agent.purchaseUrlTemplate to the URL that puts one variant in the cart, e.g. "https://shop.example/cart/{variant_id}:{quantity}" for a Shopify cart permalink.',
  example: {
    input: '"agent": { "catalog": { "rest": "https://shop.example/api/ucp" } } with no "purchaseUrlTemplate"',
    finding: 'No purchase URL template is configured, so openapi.json describes no purchase hand-off.',
  },
});

export const openapiPurchaseListTruncated = defineRule({
  id: 'openapi/purchase-list-truncated',
  description: 'The catalog has more variants than openapi.json lists; it lists the first ones as examples with the rule that builds any variant’s purchase URL.',
  severity: 'info',
  url: `${OPENAPI_SPEC_URL}#specification-extensions`,
  fix: 'Nothing to do: agents build the purchase URL of any variant from the template openapi.json gives with the examples.',
  example: {
    input: 'A catalog of 250 variants with "agent": { "purchaseUrlTemplate": "https://shop.example/cart/{variant_id}:{quantity}" }',
    finding: 'openapi.json lists the purchase URLs of 200 of 250 variants, as examples.',
  },
});

export const openapiDescriptionMissing = defineRule({
  id: 'openapi/description-missing',
  description: 'UCP requires a product description; the catalog API describes a product without one by its title.',
  severity: 'info',
  url: UCP_SPEC.catalog,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
  example: {
    input: '{ "id": "tee-1", "title": "Organic Cotton Tee" } with no "description"',
    finding: 'The product has no description; the catalog API gives its title as the description.',
  },
});

export const openapiMixedCurrencies = defineRule({
  id: 'openapi/mixed-currencies',
  description: "A UCP price range holds one currency: variants priced in another currency than the featured variant's are left out of the product's price_range.",
  severity: 'warning',
  url: UCP_SPEC.catalog,
  fix: 'Give every variant of the product its price in the same currency (a variant\'s "currency", else the product\'s, else the shop\'s).',
  example: {
    input: '"variants": [{ "id": "mug-1-blue", "price": "18.00" }, { "id": "mug-1-green", "price": "17.00", "currency": "EUR" }] in a USD shop',
    finding: 'Variants are priced in USD, EUR; the product\'s price range covers only the USD prices.',
  },
});

export const OPENAPI_RULES = [
  openapiCatalogEndpointMissing,
  openapiPurchaseUrlMissing,
  openapiPurchaseListTruncated,
  openapiDescriptionMissing,
  openapiMixedCurrencies,
] as const;
