import type { ResolvedConfig } from '../model/resolved-config.js';
import { pointer } from '../model/diagnostic.js';
import type { Product, Variant } from '../model/generated/product.js';
import type { ResolvedProduct, ResolvedVariant } from '../model/resolved.js';
import type { RuleDetail } from '../model/rule.js';
import { resolveAvailability } from './availability.js';
import { resolveCategory } from './category.js';
import { identifierExists, resolveGtin } from './identifiers.js';
import { marketPrices } from './markets.js';
import { resolvePrices } from './prices.js';
import { priceRanges } from './price-ranges.js';
import { priceConverted, priceNotConverted, unitPriceNotComputable } from './rules/price.js';
import { computeUnitPrice } from './unit-price.js';
import { expandPurchaseUrl } from './purchase-url.js';
import type { ProductScope } from './product-scope.js';
import { identifierNone } from './rules/gtin.js';
import { describeRemovals } from './html-sanitize.js';
import { descriptionHtmlSanitized, descriptionHtmlToText, textControlCharacters, textReplacementCharacter, textWhitespace } from './rules/text.js';
import { urlInvalid, urlResolved } from './rules/url.js';
import { variantIndistinct, variantTitleComposed } from './rules/variant.js';
import { cleanDescription, cleanLine, findReplacementCharacters } from './text-fields.js';
import { resolveShopUrl } from './urls.js';
import { attributeValue, composeVariantTitle, indistinctVariants, varyingAttributes } from './variant-attributes.js';

export interface EnrichContext {
  config: ResolvedConfig;
  /** The instant sale windows are judged against, in epoch milliseconds. */
  nowMs: number;
}

type Report = (rule: Parameters<ProductScope['product']>[0], detail: RuleDetail) => void;

/**
 * Builds the resolved model of one schema-valid product. Every change is reported through the scope; a
 * variant with an error is left out, and the product is left out when nothing of it can be published.
 */
export function resolveProduct(record: Product, scope: ProductScope, ctx: EnrichContext): ResolvedProduct | undefined {
  const report: Report = (rule, detail) => scope.product(rule, detail);
  const line = (value: string | undefined, at: string, to: Report = report): string | undefined =>
    value === undefined ? undefined : cleanLineReported(value, at, to);

  reportReplacementCharacters(record.id, '/id', report);
  const title = line(record.title, '/title')!;
  const url = resolveUrl(record.url, '/url', ctx, report, 'error');
  const images = resolveImages(record.images, '/images', ctx, report);
  const brand = line(record.brand, '/brand');
  const product: Omit<ResolvedProduct, 'variants' | 'variesBy' | 'isGroup' | 'url' | 'priceRanges'> = {
    id: record.id,
    title,
    images,
    isDigital: record.isDigital === true,
    origin: scope.origin,
  };
  if (brand !== undefined) product.brand = brand;
  if (record.description !== undefined) {
    reportReplacementCharacters(record.description, '/description', report);
    const description = cleanDescription(record.description);
    if (description.controlRemoved > 0) report(textControlCharacters, controlDetail(description.controlRemoved, '/description'));
    if (description.html !== undefined || description.sanitized) {
      report(descriptionHtmlToText, { message: 'The HTML description was turned into plain text.', pointer: '/description' });
    }
    if (description.html !== undefined) product.descriptionHtml = description.html;
    if (description.sanitized) {
      const { removed, active } = description.sanitized;
      report(descriptionHtmlSanitized, {
        message: `Removed from the HTML description: ${describeRemovals(removed)}.${active ? ' It could have run or loaded content where the description is shown.' : ''}`,
        pointer: '/description',
        actual: removed,
        ...(active ? { severity: 'warning' as const } : {}),
      });
    }
    if (description.text !== '') product.description = description.text;
  }
  if (record.productType !== undefined) {
    product.productType = line(record.productType, '/productType')!.split('>').map((s) => s.trim()).filter((s) => s !== '');
  }
  const category = resolveCategory({
    ...(record.googleProductCategory !== undefined ? { given: record.googleProductCategory } : {}),
    ...(record.productType !== undefined ? { productType: record.productType } : {}),
    title,
    applySuggestion: ctx.config.enrich.applySuggestedCategories,
  });
  for (const f of category.findings) report(f.rule, { message: f.message, pointer: '/googleProductCategory', actual: f.actual, expected: f.expected });
  if (category.category) product.googleCategory = category.category;
  if (url === undefined || scope.productExcluded) return undefined;

  const currency = record.currency ?? ctx.config.shop.currency;
  const productAttributes: { material?: string; pattern?: string } = {};
  const material = line(record.material, '/material');
  if (material !== undefined) productAttributes.material = material;
  const pattern = line(record.pattern, '/pattern');
  if (pattern !== undefined) productAttributes.pattern = pattern;
  const schemaValid = record.variants.filter((_, i) => !scope.excludedVariants.has(i));
  const variesBy = varyingAttributes(record, schemaValid);
  const isGroup = record.variants.length > 1;
  for (const i of indistinctVariants(record, schemaValid, variesBy)) {
    scope.variant(record.variants.indexOf(schemaValid[i]!), schemaValid[i]!.id, variantIndistinct, {
      message: `This variant has the same ${variesBy.length ? variesBy.join(', ') : 'attributes'} as another variant of the product.`,
      pointer: pointer('variants', record.variants.indexOf(schemaValid[i]!)),
    });
  }

  const variants: ResolvedVariant[] = [];
  let composed = 0;
  record.variants.forEach((source, index) => {
    if (scope.variantExcluded(index)) return;
    const at = pointer('variants', index);
    const onVariant: Report = (rule, detail) => scope.variant(index, source.id, rule, detail);
    reportReplacementCharacters(source.id, `${at}/id`, onVariant);
    if (source.sku !== undefined) reportReplacementCharacters(source.sku, `${at}/sku`, onVariant);
    const resolved = resolveVariant({ record, source, at, currency, productTitle: title, productAttributes, productUrl: url, images, brand, ctx, report: onVariant, line: (v, p) => line(v, p, onVariant) });
    if (scope.variantExcluded(index) || !resolved) return;
    if (source.title === undefined && isGroup) {
      resolved.title = composeVariantTitle(title, variesBy.map((a) => attributeValue(record, source, a)).filter((v): v is string => v !== undefined).map((v) => cleanLine(v).value));
      composed++;
    }
    variants.push(resolved);
  });
  const markets = ctx.config.markets;
  if (markets.length > 0 && variants.length > 0) {
    let converted = 0;
    for (const variant of variants) {
      const prices = marketPrices(variant, markets, ctx.config.shop.currency);
      if (prices) {
        variant.markets = prices;
        converted++;
      }
    }
    const list = markets.map((m) => `${m.country} (${m.currency} at ${m.rate})`).join(', ');
    if (converted > 0) report(priceConverted, { message: `Prices of ${converted} variant(s) were converted for ${list}.`, pointer: '/variants' });
    if (converted < variants.length) {
      report(priceNotConverted, { message: `${variants.length - converted} variant(s) priced in another currency than ${ctx.config.shop.currency} are not offered in ${list}.`, pointer: '/variants' });
    }
  }
  if (composed > 0) {
    report(variantTitleComposed, { message: `${composed} variant title(s) were composed from the product title and the values of ${variesBy.join(', ') || 'no varying attribute'}.`, pointer: '/variants' });
  }
  if (variants.length === 0) return undefined;
  return { ...product, url, variesBy, isGroup, variants, priceRanges: priceRanges(variants) };
}

interface VariantInput {
  record: Product;
  source: Variant;
  at: string;
  currency: string;
  productTitle: string;
  /** Product-level attributes, cleaned once for all variants. */
  productAttributes: { material?: string; pattern?: string };
  productUrl: string;
  images: string[];
  brand: string | undefined;
  ctx: EnrichContext;
  report: Report;
  line: (value: string | undefined, at: string) => string | undefined;
}

function resolveVariant(input: VariantInput): ResolvedVariant | undefined {
  const { record, source, at, ctx, report, line } = input;
  const prices = resolvePrices(source, source.currency ?? input.currency, ctx.nowMs, at);
  for (const f of prices.findings) report(f.rule, { message: f.message, pointer: f.pointer, actual: f.actual, expected: f.expected, ...(f.severity ? { severity: f.severity } : {}) });
  const leadDays = ctx.config.defaults.backorderLeadDays;
  const availability = resolveAvailability(source, at, { nowMs: ctx.nowMs, ...(leadDays !== undefined ? { backorderLeadDays: leadDays } : {}) });
  for (const f of availability.findings) report(f.rule, { message: f.message, pointer: f.pointer, actual: f.actual, expected: f.expected });
  if (!prices.price || !prices.currentPrice || !availability.availability) return undefined;

  let gtin: string | undefined;
  if (source.gtin !== undefined) {
    const result = resolveGtin(source.gtin);
    for (const f of result.findings) report(f.rule, { message: f.message, pointer: `${at}/gtin`, actual: f.actual, expected: f.expected });
    gtin = result.gtin;
  }
  const mpn = line(source.mpn, `${at}/mpn`);
  const hasIdentifiers = identifierExists(gtin, input.brand, mpn);
  if (!hasIdentifiers) report(identifierNone, { message: 'No GTIN and no brand with an MPN: identifier_exists is "no".', pointer: at });

  const ownUrl = source.url === undefined ? undefined : resolveUrl(source.url, `${at}/url`, ctx, report, 'warning');
  const ownImages = resolveImages(source.images, `${at}/images`, ctx, report);
  const variant: ResolvedVariant = {
    id: source.id,
    title: line(source.title, `${at}/title`) ?? input.productTitle,
    url: ownUrl ?? input.productUrl,
    images: [...new Set([...ownImages, ...input.images])],
    identifierExists: hasIdentifiers,
    options: {},
    price: prices.price,
    currentPrice: prices.currentPrice,
    availability: availability.availability,
  };
  if (source.sku !== undefined) variant.sku = source.sku;
  const template = ctx.config.agent.purchaseUrlTemplate;
  if (template !== undefined) variant.purchaseUrl = expandPurchaseUrl(template, { variantId: source.id, productId: record.id, ...(source.sku !== undefined ? { sku: source.sku } : {}) });
  if (gtin !== undefined) variant.gtin = gtin;
  if (mpn !== undefined) variant.mpn = mpn;
  const condition = source.condition ?? record.condition;
  if (condition !== undefined) variant.condition = condition;
  for (const key of ['color', 'size', 'material', 'pattern'] as const) {
    const value = source[key] !== undefined ? line(source[key], `${at}/${key}`) : key === 'material' || key === 'pattern' ? input.productAttributes[key] : undefined;
    if (value !== undefined) variant[key] = value;
  }
  const sizeSystem = source.sizeSystem ?? record.sizeSystem;
  if (sizeSystem !== undefined) variant.sizeSystem = sizeSystem;
  const gender = source.gender ?? record.gender;
  if (gender !== undefined) variant.gender = gender;
  const ageGroup = source.ageGroup ?? record.ageGroup;
  if (ageGroup !== undefined) variant.ageGroup = ageGroup;
  for (const [name, value] of Object.entries(source.options ?? {})) variant.options[cleanLine(name).value] = line(value, pointer('variants', at.split('/')[2]!, 'options', name))!;
  if (prices.sale) variant.sale = prices.sale;
  if (availability.availabilityDate !== undefined) variant.availabilityDate = availability.availabilityDate;
  if (source.stockQuantity !== undefined) variant.stockQuantity = source.stockQuantity;
  if (source.weight) variant.weight = source.weight;
  if (source.dimensions) variant.dimensions = source.dimensions;
  if (source.unitPricing) {
    variant.unitPricing = source.unitPricing;
    const unit = computeUnitPrice(variant.currentPrice, source.unitPricing);
    if (unit.ok) variant.unitPrice = unit.unitPrice;
    else report(unitPriceNotComputable, { message: `${unit.message} No unit price is published.`, pointer: `${at}/unitPricing`, actual: source.unitPricing });
  }
  return variant;
}

/** Text that held bytes that were not UTF-8 is published as read, with a warning: what they were is unknown. */
function reportReplacementCharacters(raw: string, at: string, report: Report): void {
  const found = findReplacementCharacters(raw);
  if (found) report(textReplacementCharacter, { message: `The text holds ${found.count} U+FFFD replacement character(s) (�), each in place of bytes that were not UTF-8.`, pointer: at, actual: found.around });
}

function cleanLineReported(raw: string, at: string, report: Report): string {
  reportReplacementCharacters(raw, at, report);
  const cleaned = cleanLine(raw);
  if (cleaned.controlRemoved > 0) report(textControlCharacters, controlDetail(cleaned.controlRemoved, at));
  if (cleaned.whitespaceFolded) {
    report(textWhitespace, { message: 'Line breaks or repeated spaces were folded into single spaces.', pointer: at, actual: raw, expected: cleaned.value });
  }
  return cleaned.value;
}

function controlDetail(removed: number, at: string): RuleDetail {
  return { message: `${removed} control character(s) were removed.`, pointer: at, actual: removed };
}

function resolveUrl(raw: string, at: string, ctx: EnrichContext, report: Report, severity: 'error' | 'warning'): string | undefined {
  const result = resolveShopUrl(raw, ctx.config.shop.url);
  if (!result.ok) {
    const consequence = severity === 'error' ? 'The product cannot be linked and is left out.' : 'It is left out.';
    report(urlInvalid, { message: `"${raw}" is not a usable URL: ${result.reason}. ${consequence}`, pointer: at, actual: raw, severity });
    return undefined;
  }
  if (result.resolved) report(urlResolved, { message: `The relative URL was resolved to ${result.url}.`, pointer: at, actual: raw, expected: result.url });
  return result.url;
}

function resolveImages(raw: readonly string[] | undefined, at: string, ctx: EnrichContext, report: Report): string[] {
  const out: string[] = [];
  (raw ?? []).forEach((image, i) => {
    const url = resolveUrl(image, `${at}/${i}`, ctx, report, 'warning');
    if (url !== undefined && !out.includes(url)) out.push(url);
  });
  return out;
}
