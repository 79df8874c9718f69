import type { ResolvedConfig } from '../model/resolved-config.js';
import type { ChannelLink, SiteLink } from './channel.js';

/**
 * Where the files agentshelf publishes live on the shop's site, and the links documents list. The output folder
 * is copied into the site at the shop URL, so an output path resolves against `shop.url` like the catalog's
 * relative URLs do (enrich/urls.ts); with a shop at the origin's root, .well-known/ucp lands where RFC 8615
 * wants it. Which files exist is what each channel declares (Channel.links), never a list kept here.
 */
export type { SiteLink } from './channel.js';

/** Absolute URL of a published file. */
export function siteUrl(config: ResolvedConfig, path: string): string {
  return new URL(path, config.shop.url).href;
}

/** The complete product feeds, then the other whole-catalog documents, of this run's channels. */
export function feedLinks(links: readonly ChannelLink[]): SiteLink[] {
  return [...ofKind(links, 'product-feed'), ...ofKind(links, 'document')];
}

/** The product feeds alone: the files that hold every product. */
export function productFeedLinks(links: readonly ChannelLink[]): SiteLink[] {
  return ofKind(links, 'product-feed');
}

function ofKind(links: readonly ChannelLink[], kind: ChannelLink['kind']): SiteLink[] {
  return links.filter((l) => l.kind === kind).map(({ name, url, notes }) => (notes === undefined ? { name, url } : { name, url, notes }));
}

/** The shop's published policies, in a fixed order. */
export function policyLinks(config: ResolvedConfig): SiteLink[] {
  const names = { privacy: 'Privacy policy', terms: 'Terms of service', returns: 'Return policy', shipping: 'Shipping policy' } as const;
  const links: SiteLink[] = [];
  for (const key of ['privacy', 'terms', 'returns', 'shipping'] as const) {
    const url = config.policies[key];
    if (url) links.push({ name: names[key], url });
  }
  return links;
}

/**
 * Where agents query the shop: the discovery documents this run writes (the UCP profile, openapi.json), then
 * the endpoints as configured.
 */
export function agentApiLinks(config: ResolvedConfig, links: readonly ChannelLink[]): SiteLink[] {
  const out = ofKind(links, 'api');
  const catalog = config.agent.catalog;
  if (catalog?.rest) out.push({ name: 'Catalog REST API', url: catalog.rest, notes: 'UCP catalog search, lookup and product' });
  if (catalog?.mcp) out.push({ name: 'Catalog MCP endpoint', url: catalog.mcp, notes: 'Model Context Protocol, Streamable HTTP' });
  const checkout = config.agent.checkout;
  if (checkout?.rest) out.push({ name: 'Checkout REST API', url: checkout.rest, notes: 'UCP checkout' });
  if (checkout?.mcp) out.push({ name: 'Checkout MCP endpoint', url: checkout.mcp, notes: 'Model Context Protocol, Streamable HTTP' });
  return out;
}
