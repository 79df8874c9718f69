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
});

export const ucpCheckoutEndpointMismatch = defineRule({
  id: 'ucp/checkout-endpoint-mismatch',
  description:
    'The checkout endpoints differ from the catalog endpoints, but a UCP profile binds one endpoint per transport to the whole dev.ucp.shopping service, so checkout is not declared and the profile is catalog-only.',
  severity: 'warning',
  url: `${OVERVIEW}#endpoint-resolution`,
});

export const ucpEndpointTrailingSlash = defineRule({
  id: 'ucp/endpoint-trailing-slash',
  description: 'A service endpoint ended in "/"; UCP appends operation paths to the endpoint, and endpoints should not end in a slash, so it was removed.',
  severity: 'info',
  kind: 'enriched',
  url: `${OVERVIEW}#endpoint-resolution`,
});

export const ucpNoPaymentHandlers = defineRule({
  id: 'ucp/no-payment-handlers',
  description:
    'The profile declares checkout but no payment handlers (agentshelf has no setting for them yet); platforms learn how to pay from the handlers the business advertises.',
  severity: 'info',
  url: `${OVERVIEW}#payment-handlers`,
});

export const UCP_RULES = [ucpCatalogEndpointMissing, ucpCheckoutEndpointMismatch, ucpEndpointTrailingSlash, ucpNoPaymentHandlers] as const;
