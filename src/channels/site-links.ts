import type { ResolvedConfig } from '../config/resolve-config.js';
import { productFileName } from '../model/file-name.js';
import { ACP_PRODUCTS_PATH } from './acp/index.js';
import { GOOGLE_FEED_PATH } from './google/index.js';
import { OPENAI_FEED_PATH } from './openai/index.js';
import { OPENAPI_PATH } from './openapi/spec.js';
import { UCP_PROFILE_PATH } from './ucp/index.js';

/**
 * Where the files agentshelf publishes live on the shop's site. The output folder is copied into the site at
 * the shop URL, so an output path resolves against `shop.url` like the catalog's relative URLs do
 * (enrich/urls.ts); with a shop at the origin's root, .well-known/ucp lands where RFC 8615 wants it.
 * The other channels' paths are imported from them, so a link can never point beside the file.
 */

export const LLMS_TXT_PATH = 'llms.txt';
export const LLMS_FULL_PATH = 'llms-full.txt';
export const PRODUCT_PAGES_DIR = 'products';
export const CATEGORY_PAGES_DIR = 'categories';
export const JSONLD_SITE_PATH = 'jsonld/site.jsonld';

/** Absolute URL of a published file. */
export function siteUrl(config: ResolvedConfig, path: string): string {
  return new URL(path, config.shop.url).href;
}

export function productPagePath(productId: string): string {
  return `${PRODUCT_PAGES_DIR}/${productFileName(productId)}.md`;
}

/**
 * Category names become file names by the same stable mapping as product ids (model/file-name.ts). A name
 * with no safe character at all (アパレル) would come out as "product~<hash>"; it is named "category~<hash>".
 */
export function categoryPagePath(category: string): string {
  const name = productFileName(category);
  const fixed = name.startsWith('product~') && !/^product/i.test(category) ? `category${name.slice('product'.length)}` : name;
  return `${CATEGORY_PAGES_DIR}/${fixed}.md`;
}

export interface SiteLink {
  name: string;
  url: string;
  notes?: string;
}

/**
 * The machine-readable catalog files, each complete (not capped like llms.txt). `variants`, when known, says
 * whether the OpenAI feed is split into shards (at most feeds.openai.shardSize rows each).
 */
export function feedLinks(config: ResolvedConfig, channels: ReadonlySet<string>, variants?: number): SiteLink[] {
  const links = productFeedLinks(config, channels, variants);
  if (channels.has('jsonld')) links.push({ name: 'schema.org site document', url: siteUrl(config, JSONLD_SITE_PATH), notes: 'JSON-LD Organization and WebSite with the return and shipping policies' });
  return links;
}

/** The product feeds alone: the files that hold every product. */
export function productFeedLinks(config: ResolvedConfig, channels: ReadonlySet<string>, variants?: number): SiteLink[] {
  const sharded = variants !== undefined && variants > config.feeds.openai.shardSize;
  const links: Array<SiteLink & { channel: string }> = [
    { channel: 'google', name: 'Google Merchant Center product feed', url: siteUrl(config, GOOGLE_FEED_PATH), notes: 'RSS 2.0 with the g: namespace, one item per variant, every product' },
    {
      channel: 'openai',
      name: 'OpenAI product feed',
      url: siteUrl(config, OPENAI_FEED_PATH),
      notes: `JSON Lines, gzip, one row per variant${sharded ? `; the first shard, followed by products-2.jsonl.gz and on, ${config.feeds.openai.shardSize} rows each` : ''}`,
    },
    { channel: 'acp', name: 'Agentic Commerce Protocol product feed', url: siteUrl(config, ACP_PRODUCTS_PATH), notes: 'JSON Lines, one product with its variants per line' },
  ];
  // Only files this run writes: with --channels, a link to a feed that was not built would dangle.
  return links.filter((l) => channels.has(l.channel)).map(({ channel: _channel, ...link }) => link);
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
 * Where agents query the shop. The UCP profile exists when a catalog endpoint is configured and openapi.json
 * when a REST one is (the ucp and openapi channels write nothing otherwise); endpoints are listed as configured.
 */
export function agentApiLinks(config: ResolvedConfig, channels: ReadonlySet<string>): SiteLink[] {
  const links: SiteLink[] = [];
  const catalog = config.agent.catalog;
  if ((catalog?.rest || catalog?.mcp) && channels.has('ucp')) {
    links.push({ name: 'UCP business profile', url: siteUrl(config, UCP_PROFILE_PATH), notes: `Universal Commerce Protocol ${config.agent.ucpVersion} discovery document` });
  }
  if (catalog?.rest) {
    if (channels.has('openapi')) links.push({ name: 'OpenAPI description', url: siteUrl(config, OPENAPI_PATH), notes: 'the catalog API (search, lookup, product)' });
    links.push({ name: 'Catalog REST API', url: catalog.rest, notes: 'UCP catalog search, lookup and product' });
  }
  if (catalog?.mcp) links.push({ name: 'Catalog MCP endpoint', url: catalog.mcp, notes: 'Model Context Protocol, Streamable HTTP' });
  const checkout = config.agent.checkout;
  if (checkout?.rest) links.push({ name: 'Checkout REST API', url: checkout.rest, notes: 'UCP checkout' });
  if (checkout?.mcp) links.push({ name: 'Checkout MCP endpoint', url: checkout.mcp, notes: 'Model Context Protocol, Streamable HTTP' });
  return links;
}
