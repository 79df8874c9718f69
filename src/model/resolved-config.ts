import type { AgentshelfConfig } from './generated/config.js';
import type { Money } from './resolved.js';

/**
 * The config as every stage reads it: checked, with money in minor units, paths absolute and defaults applied.
 * config/resolve-config.ts builds it from the file; the types live here because every layer reads them.
 */

export interface DayRange {
  min: number;
  max: number;
}

export interface ResolvedShippingRate {
  country: string;
  region?: string;
  service: string;
  price: Money;
  handlingDays?: DayRange;
  transitDays?: DayRange;
}

export interface ResolvedReturnPolicy {
  countries: string[];
  category: 'finite' | 'unlimited' | 'not_permitted';
  days?: number;
  fees?: 'free' | 'customer_pays' | 'fixed';
  feeAmount?: Money;
  method?: 'mail' | 'store' | 'kiosk';
}

export interface ResolvedEndpoints {
  rest?: string;
  mcp?: string;
}

export interface ResolvedAgent {
  catalog?: ResolvedEndpoints;
  /** Present only when the config names a real checkout endpoint. */
  checkout?: ResolvedEndpoints;
  /** Absolute URL template with {variant_id} and optionally {quantity}, {product_id}, {sku}. */
  purchaseUrlTemplate?: string;
  /**
   * The UCP version the business profile at /.well-known/ucp declares (default: the current release,
   * formats/ucp/versions.ts UCP_CURRENT); every older release agentshelf speaks gets a leaf profile.
   */
  ucpVersion: '2026-08-25' | '2026-04-08';
}

export interface ResolvedFeeds {
  google: { title?: string; description?: string };
  openai: { formats: Array<'jsonl' | 'tsv' | 'csv'>; search: boolean; checkout: boolean; targetCountries: string[]; shardSize: number };
  acp: { feedId: string; targetCountry: string };
}

/**
 * Where the JSON-LD states the shop's shipping and return policies: once on the Organization (jsonld/site.jsonld),
 * offers carrying a policy only where their product differs, or on every offer as well (channels/jsonld).
 */
export type JsonLdPolicyPlacement = 'organization' | 'every_offer';

export interface ResolvedJsonLd {
  shippingAndReturns: JsonLdPolicyPlacement;
}

export interface ResolvedLlms {
  summary?: string;
  maxProducts: number;
  maxBytes: number;
  fullMaxBytes: number;
  productPages: boolean;
}

export interface ResolvedRobots {
  searchAgents: 'allow' | 'disallow';
  training: 'allow' | 'disallow';
  sitemaps: string[];
  disallow: string[];
  /** Absolute path of the site's robots.txt to merge into. */
  mergeWith?: string;
}

export interface ResolvedInput {
  /** An absolute path, or an http(s) URL. */
  path: string;
  format?: string;
}

export interface ResolvedSources {
  cacheDir: string;
  connectTimeoutMs: number;
  readTimeoutMs: number;
  retries: number;
  concurrency: number;
  perHost: number;
}

export interface ResolvedLinks {
  concurrency: number;
  perHost: number;
  timeoutMs: number;
  cacheHours: number;
  maxUrls: number;
}

/** When a run may replace the published outputs (pipeline/publish-gate.ts). */
export interface ResolvedPublish {
  maxVariantDrop: number;
  maxInvalidShare: number;
}

export interface ResolvedMarket {
  country: string;
  currency: string;
  /** Units of the market currency per unit of the shop currency, as written. */
  rate: string;
}

/** The merchant's shop-wide facts, applied where the catalog states none (enrich/defaults.ts). */
export interface ResolvedDefaults {
  brand?: string;
  condition?: 'new' | 'refurbished' | 'used';
  /** URL template with {id}, {slug} or {platform_id}; absolute, braces kept literally. */
  productUrl?: string;
  backorderLeadDays?: number;
}

export type RuleSeverity = 'off' | 'info' | 'warning' | 'error';

export interface ResolvedConfig {
  shop: AgentshelfConfig['shop'];
  policies: NonNullable<AgentshelfConfig['policies']>;
  shipping: ResolvedShippingRate[];
  returns?: ResolvedReturnPolicy;
  markets: ResolvedMarket[];
  inputs: ResolvedInput[];
  sources: ResolvedSources;
  links: ResolvedLinks;
  publish: ResolvedPublish;
  out?: string;
  now?: string;
  feeds: ResolvedFeeds;
  enrich: { applySuggestedCategories: boolean };
  defaults: ResolvedDefaults;
  /** Severity overrides by rule id, as written; checked against the rule registry when a run starts. */
  rules: Readonly<Record<string, RuleSeverity>>;
  agent: ResolvedAgent;
  jsonld: ResolvedJsonLd;
  llms: ResolvedLlms;
  robots: ResolvedRobots;
}
