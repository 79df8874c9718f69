import { productFileName } from '../../model/file-name.js';
import { renderedRun, type Channel, type ChannelContext, type ChannelRun } from '../channel.js';
import { siteUrl } from '../site-links.js';
import { jsonLdDocumentUrls, parseJsonLdDocument } from './read-back.js';
import { serializeJsonLd } from './embed.js';
import { JSONLD_CONFIG_SECTION } from './config-section.js';
import { offerPoliciesOf } from './offer-policies.js';
import { productDocument } from './product-node.js';
import { JSONLD_RULES, jsonldImageMissing, jsonldPoliciesOnOrganization, jsonldShippingCurrency } from './rules.js';
import { buildSiteDocument, SCHEMA_ORG_VERSION } from './site-node.js';

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
  cost: 72,
  readBack: { kind: 'files', dir: 'jsonld', suffix: '.jsonld', skip: ['site.jsonld'], parse: parseJsonLdDocument },
  urls: { rank: 1, scan: { kind: 'files', dir: 'jsonld', suffix: '.jsonld', skip: ['site.jsonld'], parse: jsonLdDocumentUrls } },
  configSection: JSONLD_CONFIG_SECTION,
  links: (config) => [{ kind: 'document', name: 'schema.org site document', url: siteUrl(config, JSONLD_SITE_PATH), notes: 'JSON-LD Organization and WebSite with the return and shipping policies' }],
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    const policies = offerPoliciesOf(config);
    const shippingByCurrency = policies.shippingByCurrency;
    const onOrganization = config.jsonld.shippingAndReturns === 'organization';
    let items = 0;
    const site = context.out.writeFile(JSONLD_SITE_PATH, serializeJsonLd(buildSiteDocument(config)));
    const moved = policiesOnOrganization(config);
    if (onOrganization && moved !== undefined) {
      // Said once a run: the site document is now where Google finds the policies, so it must be on the site.
      context.diagnostics.report(
        jsonldPoliciesOnOrganization.diagnostic(
          { channel: 'jsonld' },
          { message: `${moved} on the Organization in ${JSONLD_SITE_PATH}, not on each offer: put that document on the home page.`, pointer: '/jsonld/shippingAndReturns' },
        ),
      );
    }
    return renderedRun<{ path: string; text: string }>({
      render(product) {
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
                  message: onOrganization
                    ? `No shipping rate is priced in ${currency}: the Organization's shipping services are priced in ${[...shippingByCurrency.keys()].join(', ')}.`
                    : `No shipping rate is priced in ${currency}, so the offers carry no shippingDetails.`,
                  actual: currency,
                  expected: [...shippingByCurrency.keys()],
                }),
              );
            }
          }
        }
        return { path: `jsonld/${productFileName(product.id)}.jsonld`, text: serializeJsonLd(productDocument(product, policies)) };
      },
      async apply(rendered) {
        await context.out.writeFile(rendered.path, rendered.text);
        items++;
      },
      async close() {
        await site;
        return { items, skipped: 0 };
      },
    });
  },
};

/** What the Organization states instead of the offers, as the note words it; undefined when the config has neither policy. */
function policiesOnOrganization(config: ChannelContext['config']): string | undefined {
  const shipping = config.shipping.length > 0;
  if (shipping && config.returns) return "The shop's shipping and return policies are";
  if (shipping) return "The shop's shipping rates are";
  if (config.returns) return "The shop's return policy is";
  return undefined;
}
