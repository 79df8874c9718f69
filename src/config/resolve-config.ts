import type { AgentshelfConfig } from '../model/generated/config.js';
import { AgentshelfError } from '../model/errors.js';
import { parseAmount } from '../model/money.js';
import type { Money } from '../model/resolved.js';
import type { DayRange, ResolvedAgent, ResolvedConfig, ResolvedDefaults, ResolvedInput, ResolvedLlms, ResolvedMarket, ResolvedReturnPolicy, ResolvedRobots, ResolvedShippingRate } from '../model/resolved-config.js';
import { isAbsolute, resolve } from 'node:path';

/** OpenAI accepts at most 500,000 rows per shard: https://developers.openai.com/commerce/specs/file-upload/overview */
export const OPENAI_MAX_SHARD_ROWS = 500_000;

/** Checks what the schema cannot (money in each currency, day ranges) and resolves paths against baseDir. */
export function resolveConfig(raw: AgentshelfConfig, baseDir: string, source: string): ResolvedConfig {
  const problems: string[] = [];
  const money = (value: string | number, currency: string, at: string): Money => {
    const parsed = parseAmount(value, currency);
    if (parsed.ok) return { minor: parsed.minor, currency };
    problems.push(`  ${at}: ${parsed.message}`);
    return { minor: 0, currency };
  };
  const range = (value: DayRange | undefined, at: string): DayRange | undefined => {
    if (value && value.min > value.max) problems.push(`  ${at}: min (${value.min}) is greater than max (${value.max})`);
    return value;
  };
  money(0, raw.shop.currency, '/shop/currency');
  const markets = (raw.markets ?? []).map((market, i): ResolvedMarket => {
    money(0, market.currency, `/markets/${i}/currency`);
    if (market.country === raw.shop.country) problems.push(`  /markets/${i}/country: ${market.country} is the shop's own country`);
    if (/^0+(\.0+)?$/.test(market.rate)) problems.push(`  /markets/${i}/rate: a rate of zero would make everything free`);
    return { country: market.country, currency: market.currency, rate: market.rate };
  });
  if (new Set(markets.map((m) => m.country)).size !== markets.length) problems.push('  /markets: a country appears twice');
  const shipping = (raw.shipping ?? []).map((rate, i): ResolvedShippingRate => {
    const out: ResolvedShippingRate = {
      country: rate.country,
      service: rate.service,
      price: money(rate.price, rate.currency ?? raw.shop.currency, `/shipping/${i}/price`),
    };
    if (rate.region !== undefined) out.region = rate.region;
    const handling = range(rate.handlingDays, `/shipping/${i}/handlingDays`);
    if (handling) out.handlingDays = handling;
    const transit = range(rate.transitDays, `/shipping/${i}/transitDays`);
    if (transit) out.transitDays = transit;
    return out;
  });
  let returns: ResolvedReturnPolicy | undefined;
  if (raw.returns) {
    const { feeAmount, ...rest } = raw.returns;
    returns = { ...rest };
    if (feeAmount !== undefined) returns.feeAmount = money(feeAmount, raw.shop.currency, '/returns/feeAmount');
  }
  if (problems.length > 0) throw new AgentshelfError('E_CONFIG_INVALID', `${source} has invalid values:\n${problems.join('\n')}`);
  const path = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p));
  // The current UCP release (formats/ucp/versions.ts UCP_CURRENT) unless the config pins an older one.
  const agent: ResolvedAgent = { ucpVersion: raw.agent?.ucpVersion ?? '2026-08-25' };
  if (raw.agent?.catalog) agent.catalog = { ...raw.agent.catalog };
  if (raw.agent?.checkout) agent.checkout = { ...raw.agent.checkout };
  if (raw.agent?.purchaseUrlTemplate) agent.purchaseUrlTemplate = absoluteTemplate(raw.agent.purchaseUrlTemplate, raw.shop.url);
  const defaults: ResolvedDefaults = {};
  if (raw.defaults?.brand !== undefined) defaults.brand = raw.defaults.brand;
  if (raw.defaults?.condition !== undefined) defaults.condition = raw.defaults.condition;
  if (raw.defaults?.productUrl !== undefined) defaults.productUrl = shopRelativeTemplate(raw.defaults.productUrl, raw.shop.url);
  if (raw.defaults?.backorderLeadDays !== undefined) defaults.backorderLeadDays = raw.defaults.backorderLeadDays;
  const host = new URL(raw.shop.url).host;
  const robots: ResolvedRobots = {
    searchAgents: raw.robots?.searchAgents ?? 'allow',
    training: raw.robots?.training ?? 'allow',
    sitemaps: raw.robots?.sitemaps ?? [],
    disallow: raw.robots?.disallow ?? [],
  };
  if (raw.robots?.mergeWith) robots.mergeWith = path(raw.robots.mergeWith);
  const llms: ResolvedLlms = {
    maxProducts: raw.llms?.maxProducts ?? 100,
    maxBytes: raw.llms?.maxBytes ?? 100_000,
    fullMaxBytes: raw.llms?.fullMaxBytes ?? 5_000_000,
    productPages: raw.llms?.productPages ?? true,
  };
  const summary = raw.llms?.summary ?? raw.shop.description;
  if (summary !== undefined) llms.summary = summary;
  const config: ResolvedConfig = {
    shop: raw.shop,
    policies: raw.policies ?? {},
    shipping,
    markets,
    inputs: (raw.inputs ?? []).map((input) => {
      const spec = typeof input === 'string' ? { source: input } : input;
      const resolved: ResolvedInput = { path: /^https?:\/\//i.test(spec.source) ? spec.source : path(spec.source) };
      if (spec.format !== undefined) resolved.format = spec.format;
      return resolved;
    }),
    sources: {
      cacheDir: path(raw.sources?.cacheDir ?? '.agentshelf-cache'),
      connectTimeoutMs: raw.sources?.connectTimeoutMs ?? 10_000,
      readTimeoutMs: raw.sources?.readTimeoutMs ?? 30_000,
      retries: raw.sources?.retries ?? 4,
      concurrency: raw.sources?.concurrency ?? 8,
      perHost: raw.sources?.perHost ?? 4,
    },
    links: {
      concurrency: raw.links?.concurrency ?? 16,
      perHost: raw.links?.perHost ?? 4,
      timeoutMs: raw.links?.timeoutMs ?? 10_000,
      cacheHours: raw.links?.cacheHours ?? 24,
      maxUrls: raw.links?.maxUrls ?? 100_000,
    },
    publish: { maxVariantDrop: raw.publish?.maxVariantDrop ?? 0.2, maxInvalidShare: raw.publish?.maxInvalidShare ?? 0.2 },
    feeds: {
      google: { ...raw.feeds?.google },
      openai: {
        formats: [...new Set<'jsonl' | 'tsv' | 'csv'>(['jsonl', ...(raw.feeds?.openai?.formats ?? [])])],
        search: raw.feeds?.openai?.search ?? true,
        checkout: raw.feeds?.openai?.checkout ?? false,
        targetCountries: raw.feeds?.openai?.targetCountries ?? [raw.shop.country],
        shardSize: Math.min(raw.feeds?.openai?.shardSize ?? OPENAI_MAX_SHARD_ROWS, OPENAI_MAX_SHARD_ROWS),
      },
      acp: { feedId: raw.feeds?.acp?.feedId ?? `${host}-${raw.shop.country}`, targetCountry: raw.feeds?.acp?.targetCountry ?? raw.shop.country },
    },
    enrich: { applySuggestedCategories: raw.enrich?.applySuggestedCategories ?? false },
    defaults,
    rules: { ...raw.rules },
    agent,
    // Google recommends the Organization level (channels/jsonld/config-section.ts).
    jsonld: { shippingAndReturns: raw.jsonld?.shippingAndReturns ?? 'organization' },
    llms,
    robots,
  };
  if (returns) config.returns = returns;
  if (raw.out !== undefined) config.out = path(raw.out);
  if (raw.now !== undefined) config.now = raw.now;
  return config;
}

/**
 * A URL template made absolute against the shop URL. Braces are kept literally: the WHATWG URL parser would
 * percent-encode them in the path.
 */
function absoluteTemplate(template: string, shopUrl: string): string {
  if (/^https?:\/\//i.test(template)) return template;
  const root = new URL('/', shopUrl).href.replace(/\/$/, '');
  return root + (template.startsWith('/') ? template : `/${template}`);
}

/** A template relative to the shop URL itself (a shop in a sub-folder keeps it); one starting with "/" is relative to the host. */
function shopRelativeTemplate(template: string, shopUrl: string): string {
  if (/^https?:\/\//i.test(template) || template.startsWith('/')) return absoluteTemplate(template, shopUrl);
  return (shopUrl.endsWith('/') ? shopUrl : `${shopUrl}/`) + template;
}
