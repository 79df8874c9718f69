/**
 * agentshelf as a library. The same steps the CLI runs, importable one by one: read inputs as async
 * iterables, resolve products, feed channels, publish. See the README's "Library" section.
 */
export { buildCatalog } from './pipeline/build.js';
export { validateCatalog } from './pipeline/validate.js';
export { verifyOutputs } from './pipeline/verify.js';
export { AGENTSHELF_VERSION } from './pipeline/version.js';
export type { BuildOptions, Progress } from './pipeline/options.js';
export type { RunResult } from './pipeline/run-result.js';
export { resolveCatalog, type CatalogEntry } from './pipeline/resolve-catalog.js';
export { loadConfigFile, parseConfig, type LoadedConfig } from './config/load-config.js';
export type { ResolvedConfig, ResolvedShippingRate, ResolvedReturnPolicy } from './model/resolved-config.js';
export { readInputs, readInput, type InputSpec, type FileInput, type ProductsInput } from './sources/read-inputs.js';
export { inputFormats, formatNames, detectFormat, registerImporter, type InputFormat, type StreamFormat, type ApiFormat } from './sources/formats.js';
export { registerImporters, IMPORTERS } from './sources/importers/index.js';
export { HttpClient, HttpError, type HttpClientOptions, type HttpResponse } from './sources/http/http-client.js';
export type { ReadContext } from './sources/read-context.js';
export { checkPublishedLinks } from './pipeline/check-links.js';
export { checkLinks } from './publish/links/check-links.js';
export type { SourceItem, RawRecord, UnreadableRecord } from './sources/source-item.js';
export { checkProductSchema } from './validate/product-schema.js';
export { resolveProduct, type EnrichContext } from './enrich/resolve-product.js';
export { ProductScope } from './enrich/product-scope.js';
export { CHANNELS, selectChannels, channelIds } from './channels/registry.js';
export type { Channel, ChannelContext, ChannelRun, ChannelSpec, ChannelSummary, OutputStream, OutputWriter } from './channels/channel.js';
export { serializeJsonLd } from './channels/jsonld/embed.js';
export { buildProductDocument } from './channels/jsonld/product-node.js';
export { buildSiteDocument } from './channels/jsonld/site-node.js';
export { buildGoogleItem } from './channels/google/item.js';
export { parseAmount, formatAmount, formatMoney } from './model/money.js';
export { currencyExponent, isKnownCurrency } from './model/currencies.js';
export { productFileName } from './model/file-name.js';
export { AgentshelfError, isAgentshelfError, type ErrorCode } from './model/errors.js';
export { defineRule, type Rule, type RuleMeta } from './model/rule.js';
export type { Diagnostic, DiagnosticKind, DiagnosticSink, Origin, Severity } from './model/diagnostic.js';
export type { Money, ResolvedProduct, ResolvedVariant, ResolvedSale, VaryingAttribute } from './model/resolved.js';
export type { Product, Variant } from './model/generated/product.js';
export type { AgentshelfConfig } from './model/generated/config.js';
export { ALL_RULES } from './pipeline/rule-registry.js';
export { checkParity, type ParityOptions, type ParityResult } from './publish/parity/parity-check.js';
