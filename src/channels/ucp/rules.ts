import { defineRule } from '../../model/rule.js';
import { serviceSpecUrl } from '../../formats/ucp/spec-urls.js';
import { UCP_CURRENT } from '../../formats/ucp/versions.js';

/** The overview page of the current release (https://ucp.dev/2026-08-25/specification/overview/); the anchors are its headings. */
const OVERVIEW = serviceSpecUrl(UCP_CURRENT);

export const ucpCatalogEndpointMissing = defineRule({
  id: 'ucp/catalog-endpoint-missing',
  description:
    'The config names no catalog endpoint (agent.catalog), and a UCP business profile must bind its services to an endpoint, so neither /.well-known/ucp nor the profiles of older UCP versions are written.',
  severity: 'warning',
  url: `${OVERVIEW}#business-profile`,
  fix: 'Set agent.catalog.rest or agent.catalog.mcp to the HTTPS URL of the shop\'s catalog API. A shop without one can leave the ucp channel out of --channels.',
  example: {
    input: 'A config with no "agent": { "catalog" } entry',
    finding: 'agent.catalog names no REST or MCP endpoint, so no UCP profile (/.well-known/ucp) was written.',
  },
});

export const ucpCheckoutEndpointMismatch = defineRule({
  id: 'ucp/checkout-endpoint-mismatch',
  description:
    'The checkout endpoints differ from the catalog endpoints, but a UCP profile binds one endpoint per transport to the whole dev.ucp.shopping service, so checkout is not declared and the profile is catalog-only.',
  severity: 'warning',
  url: `${OVERVIEW}#endpoint-resolution`,
  fix: 'Serve checkout at the catalog\'s endpoints and set agent.checkout to the same URLs as agent.catalog, or remove agent.checkout for a catalog-only profile.',
  example: {
    input: '"agent": { "catalog": { "rest": "https://shop.example/api/ucp" }, "checkout": { "rest": "https://checkout.shop.example/ucp" } }',
    finding: 'agent.checkout names other endpoints than agent.catalog; one UCP profile binds one endpoint per transport to every capability, so checkout is not declared.',
  },
});

export const ucpEndpointTrailingSlash = defineRule({
  id: 'ucp/endpoint-trailing-slash',
  description: 'A service endpoint ended in "/"; UCP appends operation paths to the endpoint, and endpoints should not end in a slash, so it was removed.',
  severity: 'info',
  kind: 'enriched',
  url: `${OVERVIEW}#endpoint-resolution`,
  fix: 'Nothing to do: the profile has the endpoint without the slash. To stop the finding, remove the trailing "/" from agent.catalog.rest or agent.catalog.mcp.',
  example: {
    input: '"agent": { "catalog": { "rest": "https://shop.example/api/ucp/" } }',
    finding: 'The rest endpoint ended in "/"; it is written as https://shop.example/api/ucp.',
  },
});

export const ucpNoPaymentHandlers = defineRule({
  id: 'ucp/no-payment-handlers',
  description:
    'The profile declares checkout but no payment handlers (agentshelf has no setting for them yet); platforms learn how to pay from the handlers the business advertises.',
  severity: 'info',
  url: `${OVERVIEW}#payment-handlers`,
  fix: 'Nothing to set in agentshelf: it has no payment handler setting yet. Make sure the checkout service at agent.checkout advertises its payment handlers.',
  example: {
    input: '"agent": { "catalog": { "rest": "https://shop.example/api/ucp" }, "checkout": { "rest": "https://shop.example/api/ucp" } }',
    finding: 'The profile declares checkout with an empty payment_handlers registry; the checkout service must advertise its payment handlers itself.',
  },
});

export const UCP_RULES = [ucpCatalogEndpointMissing, ucpCheckoutEndpointMismatch, ucpEndpointTrailingSlash, ucpNoPaymentHandlers] as const;
