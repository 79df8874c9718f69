/* Generated from schemas/config.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "HttpUrl".
 */
export type HttpUrl = string;
/**
 * ISO 4217 alphabetic code.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Currency".
 */
export type Currency = string;
/**
 * ISO 3166-1 alpha-2 code.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Country".
 */
export type Country = string;
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Decimal".
 */
export type Decimal = string | number;
/**
 * https://developers.google.com/search/docs/appearance/structured-data/return-policy
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "ReturnPolicy".
 */
export type ReturnPolicy = {
  /**
   * @minItems 1
   * @maxItems 50
   */
  countries: [Country, ...Country[]];
  category: 'finite' | 'unlimited' | 'not_permitted';
  /**
   * The return window, required when category is finite.
   */
  days?: number;
  fees?: 'free' | 'customer_pays' | 'fixed';
  /**
   * Return shipping fee in the shop currency, when fees is fixed.
   */
  feeAmount?: string | number;
  method?: 'mail' | 'store' | 'kiosk';
};
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "HttpsUrl".
 */
export type HttpsUrl = string;

/**
 * agentshelf shop configuration. Point "$schema" at node_modules/agentshelf/schemas/config.schema.json for completion in your editor.
 */
export interface AgentshelfConfig {
  $schema?: string;
  shop: Shop;
  policies?: Policies;
  /**
   * Shipping rates offered to every product that is not digital. One entry per destination country and service.
   */
  shipping?: ShippingRate[];
  returns?: ReturnPolicy;
  /**
   * Extra target countries priced in their own currency by a fixed conversion table. agentshelf never fetches exchange rates: the rates are the ones written here. Each market gets its own Google feed, feeds/google/products-<country>.xml.
   */
  markets?: Market[];
  enrich?: Enrich;
  defaults?: Defaults;
  /**
   * Severity by rule id, to quiet a finding the shop accepts or to make one stop a variant: "off", "info", "warning" or "error". `agentshelf rules` lists the ids. A rule that leaves an item out (severity error by default) cannot be lowered, and only catalog rules (not a channel's) can be raised to error.
   */
  rules?: {
    [k: string]: 'off' | 'info' | 'warning' | 'error';
  };
  agent?: Agent;
  /**
   * Catalog inputs: file paths (relative to this file) or http(s) URLs, with an optional format. --input on the command line replaces them.
   */
  inputs?: (
    | string
    | {
        source: string;
        format?: string;
      }
  )[];
  sources?: Sources;
  links?: Links;
  publish?: Publish;
  /**
   * Output folder, resolved relative to this file. --out replaces it.
   */
  out?: string;
  /**
   * The instant sale windows and dates are judged against. Fixing it makes builds reproducible across days; by default it is the time the run starts.
   */
  now?: string;
  feeds?: Feeds;
  jsonld?: Jsonld;
  llms?: Llms;
  robots?: Robots;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Shop".
 */
export interface Shop {
  name: Text;
  /**
   * The shop's home page. Relative product and image URLs resolve against it.
   */
  url: string;
  description?: Text;
  logo?: HttpUrl;
  email?: string;
  currency: Currency;
  country: Country;
  /**
   * BCP 47 language tag, for example en or en-US.
   */
  language: string;
}
/**
 * Links to the seller's published policies.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Policies".
 */
export interface Policies {
  privacy?: HttpUrl;
  terms?: HttpUrl;
  returns?: HttpUrl;
  shipping?: HttpUrl;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "ShippingRate".
 */
export interface ShippingRate {
  country: Country;
  /**
   * ISO 3166-2 subdivision code without the country prefix (US, AU and JP only, per https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#shipping-destination).
   */
  region?: string;
  service: Text;
  price: Decimal;
  /**
   * ISO 4217 alphabetic code.
   */
  currency?: string;
  handlingDays?: DayRange;
  transitDays?: DayRange;
}
/**
 * Business days, inclusive (https://developers.google.com/search/docs/appearance/structured-data/merchant-listing#delivery-time).
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "DayRange".
 */
export interface DayRange {
  min: number;
  max: number;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Market".
 */
export interface Market {
  country: Country;
  currency: Currency;
  /**
   * Units of this market's currency for one unit of the shop currency, as a decimal string (e.g. "1.3650" CAD per USD). Converted prices are rounded half up to the currency's minor unit.
   */
  rate: string;
}
/**
 * What enrichment may change. It never invents facts; options here only allow changes that are reported.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Enrich".
 */
export interface Enrich {
  /**
   * Apply the Google product category suggested from the product type or title to products that have none. Suggestions are always reported; by default they are not applied.
   */
  applySuggestedCategories?: boolean;
}
/**
 * Facts the merchant states for the whole shop, applied only where the catalog has no value of its own. Every use is reported as info (defaults/*), so the report shows which values came from here.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Defaults".
 */
export interface Defaults {
  /**
   * The brand of every product that names none: for a single-brand shop whose export has no brand column (WooCommerce CSV exports have none).
   */
  brand?: string;
  /**
   * The condition of every product that states none. Google asks for it on used and refurbished items (https://support.google.com/merchants/answer/6324469).
   */
  condition?: 'new' | 'refurbished' | 'used';
  /**
   * The product page of every product whose catalog gives none: a URL template with {id}, {slug} or {platform_id} (the platform's own product id), absolute or relative to the shop URL. WooCommerce CSV exports carry no URL: https://shop.example/?post_type=product&p={platform_id} reaches a WooCommerce product whatever the permalink settings (docs/importers/woocommerce-csv.md).
   */
  productUrl?: string;
  /**
   * How many days a backordered item takes to become available. A backorder variant that states no availability date gets the run's date plus this many days; Google requires availability_date for backorder items (https://support.google.com/merchants/answer/6324470) and accepts dates up to a year ahead.
   */
  backorderLeadDays?: number;
}
/**
 * The shop's agent-facing endpoints and purchase hand-off. agentshelf writes the discovery documents (/.well-known/ucp, openapi.json) that point at them; it does not run checkout.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Agent".
 */
export interface Agent {
  catalog?: Endpoints;
  checkout?: Endpoints1;
  /**
   * How to send a buyer to buy one variant: a URL template with {variant_id} and optionally {quantity}, {product_id}, {sku}. For a Shopify cart permalink: https://shop.example/cart/{variant_id}:{quantity}. Relative templates resolve against the shop URL.
   */
  purchaseUrlTemplate?: string;
  /**
   * The UCP version the business profile at /.well-known/ucp declares; the default is the current release, 2026-08-25. Each older release agentshelf speaks gets a complete profile of its own (.well-known/ucp-2026-04-08), linked from ucp.supported_versions. Pin 2026-04-08 to publish only the 2026-04-08 profile.
   */
  ucpVersion?: '2026-08-25' | '2026-04-08';
}
/**
 * Where agents reach the shop's catalog API (UCP catalog search, lookup and product).
 */
export interface Endpoints {
  /**
   * Base URL of the REST service (HTTPS).
   */
  rest?: string;
  /**
   * URL of the MCP (Streamable HTTP) endpoint (HTTPS).
   */
  mcp?: string;
}
/**
 * A real checkout endpoint. Only when it is given does the UCP profile declare checkout; otherwise the profile is catalog-only.
 */
export interface Endpoints1 {
  /**
   * Base URL of the REST service (HTTPS).
   */
  rest?: string;
  /**
   * URL of the MCP (Streamable HTTP) endpoint (HTTPS).
   */
  mcp?: string;
}
/**
 * How inputs are read over HTTP (storefront APIs and feed URLs).
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Sources".
 */
export interface Sources {
  /**
   * Where responses with an ETag or Last-Modified are kept between runs, to revalidate them (relative to this file). Default: .agentshelf-cache beside this file.
   */
  cacheDir?: string;
  connectTimeoutMs?: number;
  /**
   * How long to wait for response headers, and between two chunks of a body.
   */
  readTimeoutMs?: number;
  /**
   * Retries on 429, 5xx and network failures, with backoff that honours Retry-After.
   */
  retries?: number;
  /**
   * Requests in flight at once, in all.
   */
  concurrency?: number;
  /**
   * Requests in flight at once to one host.
   */
  perHost?: number;
}
/**
 * agentshelf check-links and build --check-links: how product and image URLs are checked.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Links".
 */
export interface Links {
  /**
   * Checks in flight at once, in all.
   */
  concurrency?: number;
  /**
   * Checks in flight at once against one host; keep it low for the shop's own site.
   */
  perHost?: number;
  /**
   * Time to connect and to get the response headers of one check.
   */
  timeoutMs?: number;
  /**
   * A result younger than this is reused from the cache instead of checked again.
   */
  cacheHours?: number;
  /**
   * Check at most this many distinct URLs per run (the rest are counted and reported).
   */
  maxUrls?: number;
}
/**
 * agentshelf build: when a run may replace the published outputs. A run that breaks these limits is refused (exit 3) and the published outputs stay as they were; --force publishes anyway.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Publish".
 */
export interface Publish {
  /**
   * Refuse to publish when the number of published variants falls by more than this share of the last published run's (0.2: a drop of more than 20 %). A bad hour of a shop's API must not publish half a feed.
   */
  maxVariantDrop?: number;
  /**
   * Refuse to publish when the share of products left out as invalid rises above this share (it was at or below it in the last published run).
   */
  maxInvalidShare?: number;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Feeds".
 */
export interface Feeds {
  google?: {
    /**
     * The RSS channel title. Defaults to the shop name.
     */
    title?: string;
    description?: Text;
  };
  /**
   * OpenAI product feed (ChatGPT shopping, file upload): https://developers.openai.com/commerce/specs/file-upload/products
   */
  openai?: {
    /**
     * Files to write: jsonl (feeds/openai/products.jsonl.gz, always), tsv, csv.
     */
    formats?: ('jsonl' | 'tsv' | 'csv')[];
    /**
     * is_eligible_search: let ChatGPT show the products. Default true.
     */
    search?: boolean;
    /**
     * Ask for is_eligible_checkout. It is written true only where search is on and both the privacy and terms policy URLs exist.
     */
    checkout?: boolean;
    /**
     * target_countries; default: the shop country.
     *
     * @minItems 1
     */
    targetCountries?: [Country, ...Country[]];
    /**
     * Rows per file; OpenAI accepts at most 500,000 rows per shard.
     */
    shardSize?: number;
  };
  /**
   * Agentic Commerce Protocol product feed (2026-04-17).
   */
  acp?: {
    /**
     * FeedMetadata.id, the id the agent gave the feed. Default: the shop host and country, e.g. shop.example-US.
     */
    feedId?: string;
    /**
     * ISO 3166-1 alpha-2 code.
     */
    targetCountry?: string;
  };
}
/**
 * schema.org JSON-LD (jsonld/<product>.jsonld and jsonld/site.jsonld).
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Jsonld".
 */
export interface Jsonld {
  /**
   * Where the markup states the shop's shipping rates and return policy. organization (default): once, on the Organization in jsonld/site.jsonld, which must be on the home page (agentshelf inject and build --site put it there); offers carry a policy only where their product differs from the shop's (a digital product's offers state free delivery). This is what Google recommends: https://developers.google.com/search/docs/appearance/structured-data/merchant-listing (Offer: shippingDetails, hasMerchantReturnPolicy) and https://developers.google.com/search/docs/appearance/structured-data/shipping-policy. every_offer: on every offer as well, which also works where the site document is not on the home page. jsonld/site.jsonld is the same either way.
   */
  shippingAndReturns?: 'organization' | 'every_offer';
}
/**
 * llms.txt (https://llmstxt.org), llms-full.txt and one Markdown page per product.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Llms".
 */
export interface Llms {
  /**
   * The blockquote under the title; default: the shop description.
   */
  summary?: string;
  /**
   * How many products llms.txt lists by name (the rest are reached through the category pages and feeds).
   */
  maxProducts?: number;
  /**
   * Size cap of llms.txt.
   */
  maxBytes?: number;
  /**
   * Size cap of llms-full.txt; products beyond it are left out and counted.
   */
  fullMaxBytes?: number;
  /**
   * Write products/<product>.md for every product.
   */
  productPages?: boolean;
}
/**
 * robots.txt policy for AI crawlers.
 *
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Robots".
 */
export interface Robots {
  /**
   * Search and shopping agents (OAI-SearchBot, ChatGPT-User, PerplexityBot, Perplexity-User, Claude-SearchBot, Claude-User, Googlebot, Bingbot). Default allow.
   */
  searchAgents?: 'allow' | 'disallow';
  /**
   * Training crawlers (GPTBot, ClaudeBot, Google-Extended, CCBot, Applebot-Extended, Meta-ExternalAgent): the shop's choice. Default allow.
   */
  training?: 'allow' | 'disallow';
  /**
   * Sitemap URLs to list.
   */
  sitemaps?: HttpUrl[];
  /**
   * Paths no crawler may fetch, e.g. /cart, /checkout, /account.
   */
  disallow?: string[];
  /**
   * The site's existing robots.txt (a path relative to this file): agentshelf writes its section into it and leaves the rest unchanged.
   */
  mergeWith?: string;
}
/**
 * This interface was referenced by `AgentshelfConfig`'s JSON-Schema
 * via the `definition` "Endpoints".
 */
export interface Endpoints2 {
  /**
   * Base URL of the REST service (HTTPS).
   */
  rest?: string;
  /**
   * URL of the MCP (Streamable HTTP) endpoint (HTTPS).
   */
  mcp?: string;
}
