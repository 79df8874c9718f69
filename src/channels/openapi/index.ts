import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { siteUrl } from '../site-links.js';
import { buildOpenApiDocument } from './document.js';
import { PurchaseListing } from './purchase.js';
import { checkUcpProduct } from './product-checks.js';
import { OPENAPI_RULES, openapiCatalogEndpointMissing, openapiPurchaseListTruncated, openapiPurchaseUrlMissing } from './rules.js';
import { UCP_CURRENT } from '../../formats/ucp/catalog-spec.js';
import { OPENAPI_PATH, OPENAPI_SPEC_URL, OPENAPI_VERSION } from './spec.js';

const CHANNEL = 'openapi';

/**
 * openapi.json: an OpenAPI 3.1 description of the shop's catalog API, which follows the UCP catalog capability
 * (REST binding of the current UCP release, 2026-08-25), with the purchase hand-off of its variants as x-agentshelf-purchase.
 *
 * The document is written once, at close, because its purchase listing depends on the whole catalog. The state
 * kept across products is bounded: the listed variants (at most MAX_LISTED_VARIANTS) and a variant count.
 * `items` counts the variants the purchase hand-off covers (listed or built from the template).
 */
export const openapiChannel: Channel = {
  id: CHANNEL,
  title: 'Catalog API description (OpenAPI)',
  spec: { name: `OpenAPI ${OPENAPI_VERSION}, UCP catalog REST binding`, version: `${OPENAPI_VERSION} / UCP ${UCP_CURRENT}`, url: OPENAPI_SPEC_URL },
  rules: OPENAPI_RULES,
  outputs: [OPENAPI_PATH],
  cost: 1,
  // Written when a catalog REST endpoint is configured: there is an API to describe.
  links: (config) => (config.agent.catalog?.rest ? [{ kind: 'api', name: 'OpenAPI description', url: siteUrl(config, OPENAPI_PATH), notes: 'the catalog API (search, lookup, product)' }] : []),
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    const rest = config.agent.catalog?.rest;
    if (rest === undefined) {
      // Without an endpoint there is no API to describe. A document with a placeholder server would send agents
      // nowhere and still look authoritative, so the channel writes nothing and says why, once.
      context.diagnostics.report(
        openapiCatalogEndpointMissing.diagnostic({ channel: CHANNEL }, { message: 'No catalog REST endpoint is configured, so openapi.json is not written.', pointer: '/agent/catalog/rest' }),
      );
      return { add() {}, close: async () => ({ items: 0, skipped: 0 }) };
    }
    const template = config.agent.purchaseUrlTemplate;
    if (template === undefined) {
      // With a checkout endpoint agents can still buy through UCP checkout, so the missing hand-off matters less.
      context.diagnostics.report(
        openapiPurchaseUrlMissing.diagnostic(
          { channel: CHANNEL },
          { message: 'No purchase URL template is configured, so openapi.json describes no purchase hand-off.', pointer: '/agent/purchaseUrlTemplate', ...(config.agent.checkout ? { severity: 'info' as const } : {}) },
        ),
      );
    }
    const purchases = template === undefined ? undefined : new PurchaseListing(template);
    let items = 0;
    return {
      add(product) {
        for (const d of checkUcpProduct(product, CHANNEL)) context.diagnostics.report(d);
        if (purchases) items += purchases.add(product);
      },
      async close() {
        if (purchases && !purchases.complete) {
          context.diagnostics.report(
            openapiPurchaseListTruncated.diagnostic(
              { channel: CHANNEL },
              { message: `openapi.json lists the purchase URLs of ${purchases.listed} of ${purchases.total} variants, as examples.`, actual: purchases.total, expected: purchases.listed },
            ),
          );
        }
        const document = buildOpenApiDocument(config, rest, purchases?.extension());
        await context.out.writeFile(OPENAPI_PATH, `${JSON.stringify(document, null, 2)}\n`);
        return { items, skipped: 0 };
      },
    };
  },
};
