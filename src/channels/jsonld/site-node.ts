import type { Graph, Organization, WebSite } from 'schema-dts';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import { policyId, returnPolicyNode, shippingServiceNode } from './policies.js';

/** The schema.org release the JSON-LD is written against. */
export const SCHEMA_ORG_VERSION = '30.0';

export function organizationId(config: ResolvedConfig): string {
  return new URL('#organization', config.shop.url).href;
}

/**
 * The site-level document: the Organization with its shop-wide return and shipping policies (Google prefers
 * these once at the organization level, https://developers.google.com/search/docs/appearance/structured-data/organization)
 * and the WebSite, which names the schema.org version the markup follows.
 */
export function buildSiteDocument(config: ResolvedConfig): Graph {
  const { shop } = config;
  const organization: Organization = {
    '@type': 'Organization',
    '@id': organizationId(config),
    name: shop.name,
    url: shop.url,
  };
  if (shop.logo) organization.logo = shop.logo;
  if (shop.description) organization.description = shop.description;
  if (shop.email) organization.email = shop.email;
  if (config.returns) organization.hasMerchantReturnPolicy = returnPolicyNode(config.returns, config);
  if (config.shipping.length > 0) organization.hasShippingService = config.shipping.map((rate, i) => shippingServiceNode(rate, policyId(config, `shipping-service-${i + 1}`)));
  const website: WebSite = {
    '@type': 'WebSite',
    '@id': new URL('#website', shop.url).href,
    name: shop.name,
    url: shop.url,
    inLanguage: shop.language,
    publisher: { '@id': organizationId(config) },
    schemaVersion: `https://schema.org/version/${SCHEMA_ORG_VERSION}/`,
  };
  return { '@context': 'https://schema.org', '@graph': [organization, website] };
}
