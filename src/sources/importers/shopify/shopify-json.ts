import { AgentshelfError } from '../../../model/errors.js';
import type { ApiFormat } from '../../formats.js';
import { excerpt } from '../../parse-record.js';
import type { ReadContext } from '../../read-context.js';
import type { SourceItem } from '../../source-item.js';
import { productFacts } from './json-product.js';
import { nextLink } from './link-header.js';
import { shopifyUnreadableProduct } from './rules.js';
import { toCanonical } from './to-canonical.js';

/** The most products.json returns per page (the same cap as Shopify's REST list endpoints, https://shopify.dev/docs/api/usage/pagination-rest). */
export const PAGE_LIMIT = 250;

/**
 * Reads a Shopify storefront's public catalog, /products.json, page by page over HTTP.
 *
 * The endpoint is not documented by Shopify (it is not part of the Ajax API reference,
 * https://shopify.dev/docs/api/ajax/reference); storefronts answer `?limit=250&page=N` and return an empty
 * `products` array past the last page, which is how this reader pages. Should a storefront send a Link header
 * with rel="next" (as Shopify's documented REST endpoints do, https://shopify.dev/docs/api/usage/pagination-rest),
 * the link is followed instead, and its absence ends the catalog.
 *
 * It lists only products published to the online store: drafts and hidden products never appear.
 *
 * Failures end the read rather than yield a partial catalog: a page that fails after the HTTP client's retries
 * throws E_HTTP, a page that is not the expected JSON throws E_SOURCE_MALFORMED, and a storefront with no product
 * at all throws E_SOURCE_EMPTY. The build publishes atomically, so a throw keeps the previous outputs.
 */
export async function* readShopifyJson(url: string, context: ReadContext): AsyncGenerator<SourceItem> {
  const first = firstPageUrl(url);
  let pageUrl = first.href;
  let page = 1;
  let followLinks = false;
  let previousIds: string | undefined;
  let seen = 0;
  for (;;) {
    const response = await context.http.get(pageUrl, { accept: 'application/json' });
    const products = parsePage(await response.text(), pageUrl, page);
    const next = nextLink(response.headers.link, pageUrl);
    if (next !== undefined) followLinks = true;
    if (products.length > 0) {
      // A storefront that ignores `page` serves page 1 forever; stop rather than loop.
      const ids = JSON.stringify(products.map((p) => (typeof p === 'object' && p !== null ? (p as { id?: unknown }).id : null)));
      if (ids === previousIds) throw malformed(pageUrl, page, 'it repeats the previous page, so the storefront does not page');
      previousIds = ids;
    }
    for (const raw of products) {
      seen++;
      yield toItem(raw, pageUrl, context);
    }
    if (followLinks ? next === undefined : products.length === 0) break;
    page++;
    pageUrl = followLinks ? next! : withPage(first, page);
  }
  if (seen === 0) throw new AgentshelfError('E_SOURCE_EMPTY', `The storefront at ${first.href} lists no products; an empty catalog is never published.`);
}

/** The first page: the products.json URL as given, or products.json under a bare shop URL. */
export function firstPageUrl(input: string): URL {
  const given = new URL(input);
  let url: URL;
  if (/\/products\.json$/i.test(given.pathname)) url = given;
  else {
    const base = new URL(given.href);
    base.search = '';
    base.hash = '';
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    url = new URL('products.json', base);
  }
  url.hash = '';
  url.searchParams.set('limit', String(PAGE_LIMIT));
  url.searchParams.set('page', '1');
  return url;
}

function withPage(first: URL, page: number): string {
  const url = new URL(first.href);
  url.searchParams.set('page', String(page));
  return url.href;
}

function parsePage(body: string, url: string, page: number): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch (error) {
    throw malformed(url, page, `it is not JSON (${(error as Error).message}): ${JSON.stringify(excerpt(body.trim(), 80))}`);
  }
  const products = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as { products?: unknown }).products : undefined;
  if (!Array.isArray(products)) throw malformed(url, page, 'it has no "products" array');
  return products;
}

function malformed(url: string, page: number, why: string): AgentshelfError {
  return new AgentshelfError('E_SOURCE_MALFORMED', `Page ${page} of the storefront catalog (${url}) is not a products.json page: ${why}. Nothing is published from a partial catalog.`);
}

function toItem(raw: unknown, pageUrl: string, context: ReadContext): SourceItem {
  const origin = { file: pageUrl };
  const read = productFacts(raw, origin);
  if ('problem' in read) {
    const handle = typeof raw === 'object' && raw !== null ? (raw as { handle?: unknown }).handle : undefined;
    return {
      type: 'unreadable',
      diagnostic: shopifyUnreadableProduct.diagnostic(
        { ...(typeof handle === 'string' && handle.trim() !== '' ? { productId: handle.trim() } : {}), origin },
        { message: `${read.problem} It is skipped.`, actual: excerpt(JSON.stringify(raw) ?? String(raw)) },
      ),
    };
  }
  const { value, diagnostics } = toCanonical(read.facts, context.shop.url);
  const item: SourceItem = { type: 'record', value, origin };
  if (diagnostics.length > 0) item.diagnostics = diagnostics;
  return item;
}

export const shopifyJsonFormat: ApiFormat = {
  kind: 'api',
  name: 'shopify-json',
  description: "a Shopify storefront's public /products.json, read page by page",
  // A bare shop URL is read too, but only when --format shopify-json names this format.
  matchesUrl: (url) => /\/products\.json$/i.test(url.pathname),
  read: (url, context) => readShopifyJson(url, context),
};
