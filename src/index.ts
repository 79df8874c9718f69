/**
 * agentshelf as a library: the public, stable API. What is exported here follows semantic versioning; every
 * other module of the package is internal and may change in any release. The catalog API server and the
 * framework integrations have their own entry points: `agentshelf/serve`, `agentshelf/serve/node`,
 * `agentshelf/vite`, `agentshelf/eleventy` and `agentshelf/astro`.
 *
 * - Whole runs, as the CLI does them: {@link buildCatalog}, {@link validateCatalog}, {@link verifyOutputs},
 *   {@link checkPublishedLinks}, and {@link renderOutputs} to keep the outputs in memory.
 * - One product at a time: {@link readCatalog} streams validated, resolved products; {@link buildProductDocument},
 *   {@link buildSiteDocument} and {@link serializeJsonLd} give a page its JSON-LD.
 * - The config: {@link loadConfigFile}, {@link parseConfig}.
 * - Exact money: {@link parseAmount}, {@link formatAmount}, {@link formatMoney}, {@link currencyExponent}.
 * - Findings and failures: every data problem is a {@link Diagnostic} naming a rule of {@link ALL_RULES};
 *   failures of the environment are thrown as {@link AgentshelfError} with a stable {@link ErrorCode}.
 *
 * @module agentshelf
 */

// Whole runs
export { buildCatalog } from './pipeline/build.js';
export { validateCatalog } from './pipeline/validate.js';
export { verifyOutputs } from './pipeline/verify.js';
export { checkPublishedLinks } from './pipeline/check-links.js';
export { renderOutputs, type RenderOptions, type RenderResult, type RenderedFile } from './pipeline/render-outputs.js';
export type { BuildOptions, Progress } from './pipeline/options.js';
export type { RunResult, RunOutcome } from './pipeline/run-result.js';
export type { ChannelSpec } from './channels/channel.js';
export type { ReportSummary, RuleTally, SystemicFinding, ChannelReport, ParitySummary, LinksSummary } from './publish/run-report.js';
export type { ChangeReport } from './publish/changes.js';

// One product at a time
export { readCatalog, type ReadCatalogOptions } from './pipeline/read-catalog.js';
export type { CatalogEntry } from './pipeline/resolve-catalog.js';
export type { InputSpec, FileInput, ProductsInput } from './sources/read-inputs.js';
export { formatNames } from './sources/formats.js';
export { buildProductDocument } from './channels/jsonld/product-document.js';
export { buildSiteDocument } from './channels/jsonld/site-node.js';
export { serializeJsonLd } from './channels/jsonld/embed.js';
export { productFileName } from './model/file-name.js';

// The config
export { loadConfigFile, parseConfig, type LoadedConfig } from './config/load-config.js';
export type { AgentshelfConfig, Agent, Defaults, Enrich, Feeds, Jsonld, Links, Llms, Market, Policies, Publish, ReturnPolicy, Robots, ShippingRate, Shop, Sources } from './model/generated/config.js';
export type {
  ResolvedConfig,
  ResolvedShippingRate,
  ResolvedReturnPolicy,
  DayRange,
  ResolvedAgent,
  ResolvedEndpoints,
  ResolvedDefaults,
  ResolvedFeeds,
  ResolvedInput,
  JsonLdPolicyPlacement,
  ResolvedJsonLd,
  ResolvedLinks,
  ResolvedLlms,
  ResolvedMarket,
  ResolvedPublish,
  ResolvedRobots,
  ResolvedSources,
  RuleSeverity,
} from './model/resolved-config.js';

// The model
export type { Product, Variant, AgeGroup, Availability, BackorderPolicy, Condition, Dimensions, Gender, ImageList, SizeSystem, UnitPricing, Weight, Measure } from './model/generated/product.js';
export type { Money, ResolvedProduct, ResolvedVariant, ResolvedSale, SaleWindow, ResolvedUnitPrice, ResolvedMarketPrice, ResolvedPriceRange, VaryingAttribute } from './model/resolved.js';
export { parseAmount, formatAmount, formatMoney, type ParseAmountResult, type ParseAmountFailure } from './model/money.js';
export { currencyExponent, isKnownCurrency } from './model/currencies.js';

// Findings and failures
export type { Diagnostic, DiagnosticKind, Origin, Severity, Subject } from './model/diagnostic.js';
export { ALL_RULES } from './pipeline/rule-registry.js';
export type { Rule, RuleMeta, RuleExample, RuleDetail } from './model/rule.js';
export { AgentshelfError, isAgentshelfError, ERROR_CODES, type ErrorCode } from './model/errors.js';
export { AGENTSHELF_VERSION } from './pipeline/version.js';
