import { pointer, type Diagnostic, type Subject } from '../../../model/diagnostic.js';
import type { Rule, RuleDetail } from '../../../model/rule.js';
import { compareDecimal, readDecimal } from './decimal.js';
import { parseBoolean, parseInteger } from '../../cell-values.js';
import { shopifyDuplicateSku, shopifyInventoryNotTracked, shopifyInvalidNumber, shopifyNoStockCount, shopifyUnknownValue } from './rules.js';
import type { GoogleFacts, ShopifyProductFacts, ShopifyVariantFacts, StockFacts, UnitPriceFacts } from './shopify-facts.js';
import { isDefaultVariant, variantIdFor } from './variant-id.js';

export interface CanonicalProduct {
  value: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/** Google's values for gender, age group and condition; Shopify's Google Shopping columns carry them in any case. */
const GENDERS = new Set(['male', 'female', 'unisex']); // https://support.google.com/merchants/answer/6324479
const AGE_GROUPS = new Set(['newborn', 'infant', 'toddler', 'kids', 'adult']); // https://support.google.com/merchants/answer/6324463
const CONDITIONS = new Set(['new', 'refurbished', 'used']); // https://support.google.com/merchants/answer/6324469

/**
 * Option names that say plainly which canonical attribute they are; every other option goes into `options`
 * under its own name. Matched whole and case-insensitively: "Color family" is not a color.
 */
const ATTRIBUTE_OPTIONS: Readonly<Record<string, 'color' | 'size' | 'material'>> = { color: 'color', colour: 'color', size: 'size', material: 'material' };

/**
 * Shopify's unit price units (https://shopify.dev/docs/api/customer/unstable/enums/UnitPriceMeasurementUnit) as
 * the canonical Measure units (Google's, https://support.google.com/merchants/answer/6324455). MM has no Google
 * counterpart, so it is reported rather than converted.
 */
const UNIT_PRICE_UNITS: Readonly<Record<string, string>> = {
  mg: 'mg', g: 'g', kg: 'kg', oz: 'oz', lb: 'lb',
  ml: 'ml', cl: 'cl', l: 'l', m3: 'cbm', floz: 'floz', pt: 'pt', qt: 'qt', gal: 'gal',
  cm: 'cm', m: 'm', in: 'in', ft: 'ft',
  m2: 'sqm', ft2: 'sqft',
  item: 'item',
};

/** Inventory policy (https://shopify.dev/docs/api/admin-graphql/latest/enums/ProductVariantInventoryPolicy). */
const POLICIES: Readonly<Record<string, 'deny' | 'allow'>> = { deny: 'deny', continue: 'allow' };

/**
 * A Shopify product page lives at <shop>/products/<handle>: "the handle is used in the URL of each product",
 * e.g. https://yourstore.myshopify.com/products/womens-snowboard
 * (https://help.shopify.com/en/manual/products/import-export/using-csv, Handle).
 */
export function productUrl(shopUrl: string, handle: string): string {
  const base = shopUrl.endsWith('/') ? shopUrl : `${shopUrl}/`;
  return new URL(`products/${encodeURIComponent(handle)}`, base).href;
}

/** A string cell or JSON string, trimmed; empty means not stated. */
export function text(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim();
  return value === '' ? undefined : value;
}

/**
 * Maps what a Shopify product states to a canonical record (schemas/product.schema.json). Only stated facts
 * are mapped; a value that cannot be mapped is left out and reported on the record.
 */
export function toCanonical(facts: ShopifyProductFacts, shopUrl: string): CanonicalProduct {
  const diagnostics: Diagnostic[] = [];
  const id = facts.handle;
  const productSubject: Subject = { productId: id, origin: facts.origin };
  const report = (subject: Subject, rule: Rule, detail: RuleDetail) => diagnostics.push(rule.diagnostic(subject, detail));

  const value: Record<string, unknown> = { id };
  const title = text(facts.title);
  if (title !== undefined) value.title = title;
  const description = text(facts.bodyHtml);
  if (description !== undefined) value.description = description;
  value.url = productUrl(shopUrl, id);
  if (facts.images.length > 0) value.images = [...new Set(facts.images)];
  // Vendor is Shopify's only brand-like field, and Shopify themes publish it as the schema.org Product brand
  // ("brand": {"@type": "Brand", "name": {{ product.vendor | json }}}). A convention, not a documented mapping.
  const brand = text(facts.vendor);
  if (brand !== undefined) value.brand = brand;
  const productType = text(facts.productType);
  if (productType !== undefined) value.productType = productType;

  const google = readGoogle(facts.google, '', (rule, detail) => report(productSubject, rule, detail));
  if (facts.google.category !== undefined) {
    const category = facts.google.category.trim();
    if (category !== '') value.googleProductCategory = /^[0-9]+$/.test(category) ? Number(category) : category;
  }
  if (google.condition !== undefined) value.condition = google.condition;
  if (google.gender !== undefined) value.gender = google.gender;
  if (google.ageGroup !== undefined) value.ageGroup = google.ageGroup;

  const skus = facts.variants.map((v) => text(v.sku));
  const skuCounts = new Map<string, number>();
  for (const sku of skus) if (sku !== undefined) skuCounts.set(sku, (skuCounts.get(sku) ?? 0) + 1);

  const variants = facts.variants.map((variant, index) => {
    const sku = skus[index];
    const shared = sku !== undefined && skuCounts.get(sku)! > 1;
    return mapVariant(facts, variant, index, { sku, shared, productUrl: value.url as string, product: google, report });
  });
  value.variants = variants;
  // "Requires shipping" FALSE is how Shopify marks a digital product or service; a product is digital only when
  // no variant of it ships.
  if (facts.variants.length > 0 && facts.variants.every((v) => readBoolean(v.requiresShipping) === false)) value.isDigital = true;
  return { value, diagnostics };
}

interface VariantContext {
  sku: string | undefined;
  /** Another variant of the product has the same SKU. */
  shared: boolean;
  productUrl: string;
  product: MappedGoogle;
  report: (subject: Subject, rule: Rule, detail: RuleDetail) => void;
}

function mapVariant(product: ShopifyProductFacts, facts: ShopifyVariantFacts, index: number, ctx: VariantContext): Record<string, unknown> {
  const at = (...tokens: Array<string | number>) => pointer('variants', index, ...tokens);
  const options = product.optionNames.map((name, i) => ({ name, value: facts.optionValues[i]?.trim() || undefined }));
  const isDefault = isDefaultVariant(product.optionNames, options.map((o) => o.value));
  const stated = isDefault ? [] : options.filter((o): o is { name: string | undefined; value: string } => o.value !== undefined);
  const id = variantIdFor(product.handle, ctx.shared ? undefined : ctx.sku, stated.map((o) => o.value));
  const subject: Subject = { productId: product.handle, variantId: id, origin: facts.origin };
  const report = (rule: Rule, detail: RuleDetail) => ctx.report(subject, rule, detail);

  const variant: Record<string, unknown> = { id };
  if (ctx.sku !== undefined) variant.sku = ctx.sku;
  if (ctx.shared) {
    report(shopifyDuplicateSku, { message: `Another variant of the product has the SKU "${ctx.sku}"; the id "${id}" is derived from the handle and option values.`, pointer: at('id'), actual: ctx.sku, expected: id });
  }

  const extra: Record<string, string> = {};
  for (const option of stated) {
    const name = option.name?.trim() || undefined;
    const attribute = name === undefined ? undefined : ATTRIBUTE_OPTIONS[name.toLowerCase()];
    if (attribute !== undefined && variant[attribute] === undefined) variant[attribute] = option.value;
    else if (name !== undefined) extra[name] = option.value;
  }
  if (Object.keys(extra).length > 0) variant.options = extra;

  mapPrices(facts, variant, at, report);
  mapStock(facts.stock, variant, at, report);

  const grams = readNumber(facts.grams);
  if (grams.invalid) report(shopifyInvalidNumber, { message: 'The weight in grams is not a number; it is left out.', pointer: at('weight'), actual: facts.grams });
  // Shopify stores every weight in grams (Variant Grams, grams); Variant Weight Unit is only the unit the admin
  // shows it in, so converting to it would only add rounding. 0 is Shopify's "no weight entered".
  else if (grams.value !== undefined && grams.value > 0) variant.weight = { value: grams.value, unit: 'g' };

  // The barcode is "the barcode, UPC, or ISBN number" (https://shopify.dev/docs/api/admin-rest/latest/resources/product-variant);
  // the enrichment checks whether it is a valid GTIN and leaves it out of every output when it is not.
  const barcode = typeof facts.barcode === 'number' ? String(facts.barcode) : text(facts.barcode);
  if (barcode !== undefined) variant.gtin = barcode;
  if (facts.mpn !== undefined && facts.mpn.trim() !== '') variant.mpn = facts.mpn.trim();
  if (facts.image !== undefined) variant.images = [facts.image];
  // A variant URL is the product URL with ?variant=<variant id> (https://shopify.dev/docs/api/liquid/objects/variant#variant-url).
  if (facts.platformId !== undefined) variant.url = `${ctx.productUrl}?variant=${encodeURIComponent(facts.platformId)}`;

  // The first row is both the product's and its first variant's, so its Google values are the product's; a
  // variant counts a value as its own only where it differs from the product's.
  const ownFacts: GoogleFacts = {};
  for (const key of ['gender', 'ageGroup', 'condition'] as const) {
    const raw = facts.google[key];
    if (raw !== undefined && raw !== product.google[key]) ownFacts[key] = raw;
  }
  const own = readGoogle(ownFacts, at(), report);
  for (const key of ['condition', 'gender', 'ageGroup'] as const) {
    if (own[key] !== undefined && own[key] !== ctx.product[key]) variant[key] = own[key];
  }
  if (facts.unitPrice) {
    const unitPricing = mapUnitPrice(facts.unitPrice, at('unitPricing'), report);
    if (unitPricing) variant.unitPricing = unitPricing;
  }
  return variant;
}

/**
 * Compare At Price above Price means the item is marked down: the compare-at price is the regular price and
 * Price the sale price, with no window (Shopify states none). Otherwise Price is the regular price. Shopify
 * reads it the same way: "use list_price to tell when a product is marked down", given only when the compare-at
 * price is higher than price (https://shopify.dev/changelog/catalog-api-now-returns-compare-at-prices-as-list_price).
 */
function mapPrices(facts: ShopifyVariantFacts, variant: Record<string, unknown>, at: (...t: Array<string | number>) => string, report: (rule: Rule, detail: RuleDetail) => void): void {
  const price = readDecimal(facts.price);
  if (price.invalid) report(shopifyInvalidNumber, { message: 'The price is not a plain decimal number; it is left out.', pointer: at('price'), actual: facts.price });
  const compareAt = readDecimal(facts.compareAtPrice);
  if (compareAt.invalid) report(shopifyInvalidNumber, { message: 'The compare-at price is not a plain decimal number; it is left out.', pointer: at('price'), actual: facts.compareAtPrice });
  if (price.value !== undefined && compareAt.value !== undefined && compareDecimal(compareAt.value, price.value) > 0) {
    variant.price = compareAt.value;
    variant.salePrice = price.value;
  } else if (price.value !== undefined) {
    variant.price = price.value;
  }
}

function mapStock(stock: StockFacts, variant: Record<string, unknown>, at: (...t: Array<string | number>) => string, report: (rule: Rule, detail: RuleDetail) => void): void {
  if (stock.kind === 'available') {
    // products.json states whether the variant can be bought now, and nothing about quantities.
    if (typeof stock.available === 'boolean') variant.availability = stock.available ? 'in_stock' : 'out_of_stock';
    else report(shopifyNoStockCount, { message: 'The storefront states no "available" flag for this variant; no availability is assumed.', pointer: at('availability'), actual: stock.available });
    return;
  }
  const tracker = stock.tracker?.trim();
  if (!tracker) {
    if (stock.trackerColumn) {
      // Untracked: Shopify counts nothing and sells the variant without limit; the Qty cell then holds no stock.
      variant.availability = 'in_stock';
      report(shopifyInventoryNotTracked, { message: 'Variant Inventory Tracker is empty: Shopify does not count this variant and sells it without limit, so it is in stock.', pointer: at('availability'), expected: 'in_stock' });
    } else {
      report(shopifyNoStockCount, { message: 'The export has no Variant Inventory Tracker column, so it states nothing about stock; no availability is assumed.', pointer: at('stockQuantity') });
    }
    return;
  }
  const quantity = stock.quantity?.trim() ?? '';
  if (quantity === '') {
    // The Qty column holds the stock of single-location shops only; a multi-location export leaves it empty.
    report(shopifyNoStockCount, { message: 'Inventory is tracked but the export states no quantity (Variant Inventory Qty is empty); no availability is assumed.', pointer: at('stockQuantity') });
  } else {
    const count = parseInteger(quantity);
    if (count.ok) variant.stockQuantity = count.value;
    else report(shopifyInvalidNumber, { message: 'The inventory quantity is not a whole number; it is left out.', pointer: at('stockQuantity'), actual: quantity, expected: count.expected });
  }
  const policy = stock.policy?.trim();
  if (policy) {
    const mapped = POLICIES[policy.toLowerCase()];
    if (mapped) variant.backorderPolicy = mapped;
    else report(shopifyUnknownValue, { message: 'The inventory policy must be "deny" or "continue"; it is left out.', pointer: at('backorderPolicy'), actual: policy, expected: ['deny', 'continue'] });
  }
}

type MappedGoogle = { gender?: string; ageGroup?: string; condition?: string };

function readGoogle(facts: GoogleFacts, at: string, report: (rule: Rule, detail: RuleDetail) => void): MappedGoogle {
  const out: MappedGoogle = {};
  const fields: Array<[keyof MappedGoogle, Set<string>, string]> = [
    ['gender', GENDERS, 'Google Shopping / Gender'],
    ['ageGroup', AGE_GROUPS, 'Google Shopping / Age Group'],
    ['condition', CONDITIONS, 'Google Shopping / Condition'],
  ];
  for (const [key, allowed, column] of fields) {
    const raw = facts[key]?.trim();
    if (!raw) continue;
    // Shopify's 2025 template writes the value with its admin label: "Adult (13+ years old)"
    // (test/corpus/shopify-csv/shopify-product-template-2025.csv); the value is the word before the note.
    const value = raw.toLowerCase().replace(/\s*\([^)]*\)$/, '');
    if (allowed.has(value)) out[key] = value;
    else report(shopifyUnknownValue, { message: `"${column}" must be one of Google's values; it is left out.`, pointer: `${at}/${key}`, actual: raw, expected: [...allowed] });
  }
  return out;
}

function mapUnitPrice(facts: UnitPriceFacts, at: string, report: (rule: Rule, detail: RuleDetail) => void): Record<string, unknown> | undefined {
  const given = [facts.totalMeasure, facts.totalUnit, facts.baseMeasure, facts.baseUnit].map((v) => v?.trim() || undefined);
  if (given.every((v) => v === undefined)) return undefined;
  const measure = readMeasure(given[0], given[1], `${at}/measure`, report);
  const base = readMeasure(given[2], given[3], `${at}/baseMeasure`, report);
  return measure && base ? { measure, baseMeasure: base } : undefined;
}

function readMeasure(amount: string | undefined, unit: string | undefined, at: string, report: (rule: Rule, detail: RuleDetail) => void): { value: number; unit: string } | undefined {
  const mappedUnit = unit === undefined ? undefined : UNIT_PRICE_UNITS[unit.toLowerCase()];
  if (unit !== undefined && mappedUnit === undefined) {
    report(shopifyUnknownValue, { message: 'The unit price unit is not one agentshelf can publish; the unit price is left out.', pointer: `${at}/unit`, actual: unit, expected: Object.keys(UNIT_PRICE_UNITS) });
    return undefined;
  }
  const number = readNumber(amount);
  if (number.invalid || number.value === undefined || number.value <= 0 || mappedUnit === undefined) {
    report(shopifyInvalidNumber, { message: 'A unit price needs a positive measure and a unit for both the total and the base measure; it is left out.', pointer: at, actual: { value: amount, unit } });
    return undefined;
  }
  return { value: number.value, unit: mappedUnit };
}

/** A measure as a CSV cell or JSON number: a non-negative decimal (".5" and "1." as platforms write them). */
function readNumber(raw: unknown): { value?: number; invalid?: true } {
  const decimal = readDecimal(raw);
  if (decimal.value !== undefined) return { value: Number(decimal.value) };
  return decimal.invalid ? { invalid: true } : {};
}

/** TRUE/FALSE cells (any case, and the other spellings every importer reads), or JSON booleans. */
export function readBoolean(raw: unknown): boolean | undefined {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw !== 'string') return undefined;
  const parsed = parseBoolean(raw);
  return parsed.ok ? parsed.value : undefined;
}
