import type { OfferShippingDetails } from 'schema-dts';
import { productFileName } from '../../model/file-name.js';
import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { siteUrl } from '../site-links.js';
import { jsonLdDocumentUrls, parseJsonLdDocument } from './read-back.js';
import { serializeJsonLd } from './embed.js';
import { policyId, returnPolicyNode, shippingDetailsNode } from './policies.js';
import { buildProductDocument, type OfferPolicies } from './product-node.js';
import { JSONLD_RULES, jsonldImageMissing, jsonldShippingCurrency } from './rules.js';
import { buildSiteDocument, organizationId, SCHEMA_ORG_VERSION } from './site-node.js';

/** The site-level document: the Organization and the WebSite. */
export const JSONLD_SITE_PATH = 'jsonld/site.jsonld';

/**
 * schema.org JSON-LD for every product page (jsonld/<product file name>.jsonld) and one site document
 * (jsonld/site.jsonld), safe to paste into a <script type="application/ld+json"> element.
 */
export const jsonldChannel: Channel = {
  id: 'jsonld',
  title: 'schema.org JSON-LD',
  spec: {
    name: 'schema.org Product/ProductGroup with Google merchant listing structured data',
    version: SCHEMA_ORG_VERSION,
    url: 'https://developers.google.com/search/docs/appearance/structured-data/merchant-listing',
  },
  rules: JSONLD_RULES,
  outputs: [JSONLD_SITE_PATH, 'jsonld/*.jsonld'],
  runsIn: 'main',
  readBack: { kind: 'files', dir: 'jsonld', suffix: '.jsonld', skip: ['site.jsonld'], parse: parseJsonLdDocument },
  urls: { rank: 1, scan: { kind: 'files', dir: 'jsonld', suffix: '.jsonld', skip: ['site.jsonld'], parse: jsonLdDocumentUrls } },
  links: (config) => [{ kind: 'document', name: 'schema.org site document', url: siteUrl(config, JSONLD_SITE_PATH), notes: 'JSON-LD Organization and WebSite with the return and shipping policies' }],
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    const shippingByCurrency = new Map<string, OfferShippingDetails[]>();
    for (const [i, rate] of config.shipping.entries()) {
      const list = shippingByCurrency.get(rate.price.currency) ?? [];
      list.push(shippingDetailsNode(rate, policyId(config, `shipping-${i + 1}`)));
      shippingByCurrency.set(rate.price.currency, list);
    }
    const policies: OfferPolicies = { shippingByCurrency, sellerId: organizationId(config) };
    if (config.returns) policies.returnPolicy = returnPolicyNode(config.returns, config);
    let items = 0;
    const site = context.out.writeFile(JSONLD_SITE_PATH, serializeJsonLd(buildSiteDocument(config)));
    return {
      async add(product) {
        const subject = { productId: product.id, channel: 'jsonld', origin: product.origin };
        if (product.images.length === 0 && product.variants.every((v) => v.images.length === 0)) {
          context.diagnostics.report(jsonldImageMissing.diagnostic(subject, { message: 'The product has no image, so its page is not eligible for merchant listings.', pointer: '/images' }));
        }
        const currencies = new Set(product.variants.map((v) => v.currentPrice.currency));
        if (!product.isDigital && config.shipping.length > 0) {
          for (const currency of currencies) {
            if (!shippingByCurrency.has(currency)) {
              context.diagnostics.report(
                jsonldShippingCurrency.diagnostic(subject, {
                  message: `No shipping rate is priced in ${currency}, so the offers carry no shippingDetails.`,
                  actual: currency,
                  expected: [...shippingByCurrency.keys()],
                }),
              );
            }
          }
        }
        await context.out.writeFile(`jsonld/${productFileName(product.id)}.jsonld`, serializeJsonLd(buildProductDocument(product, policies)));
        items++;
      },
      async close() {
        await site;
        return { items, skipped: 0 };
      },
    };
  },
};
