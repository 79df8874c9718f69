import type { Diagnostic, Subject } from '../../../model/diagnostic.js';
import type { Rule, RuleDetail } from '../../../model/rule.js';
import { htmlToText } from '../../../model/html-text.js';
import { productAttributeValues, setVariantAttribute } from './attributes.js';
import { minorUnitsToDecimal } from './minor-units.js';
import { wooAnyAttributeValue } from './rules/any-attribute-value.js';
import { wooBadValue } from './rules/bad-value.js';
import { wooCategoryPathUnavailable } from './rules/category-path-unavailable.js';

/**
 * The parts of a Store API product the importer reads
 * (https://github.com/woocommerce/woocommerce/blob/trunk/plugins/woocommerce/src/StoreApi/docs/products.md,
 * schema in src/StoreApi/Schemas/V1/ProductSchema.php). Everything is optional: a field the response
 * lacks stays missing.
 */
export interface StoreTerm {
  id?: number;
  name?: string;
  slug?: string;
}

export interface StoreProduct {
  id: number;
  name?: string;
  slug?: string;
  parent?: number;
  type?: string;
  permalink?: string;
  sku?: string;
  short_description?: string;
  description?: string;
  on_sale?: boolean;
  prices?: {
    price?: string;
    regular_price?: string;
    sale_price?: string;
    currency_code?: string;
    currency_minor_unit?: number;
  };
  images?: Array<{ src?: string }>;
  categories?: StoreTerm[];
  brands?: StoreTerm[];
  attributes?: Array<{ name?: string; taxonomy?: string | null; has_variations?: boolean; terms?: StoreTerm[] }>;
  variations?: Array<{ id?: number; attributes?: Array<{ name?: string; value?: string | null }> }>;
  is_purchasable?: boolean;
  is_in_stock?: boolean;
  is_on_backorder?: boolean;
  low_stock_remaining?: number | null;
}

export interface MapContext {
  /** Where the product was read (the page URL), for diagnostics. */
  file: string;
  shopCurrency: string;
  /** The full path of a category ("Clothing > Hoodies"), or undefined when the category list could not be read. */
  categoryPath(category: StoreTerm): string | undefined;
  categoriesUnavailable: boolean;
}

/**
 * Names, SKUs and term names go through wptexturize/convert_chars (AbstractSchema::prepare_html_response):
 * "&" arrives as "&#038;", quotes as curly-quote references. They are text, so the references are decoded.
 */
export function storeText(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const decoded = value.includes('&') || value.includes('<') ? htmlToText(value) : value.trim();
  return decoded === '' ? undefined : decoded;
}

const text = storeText;

function html(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

class Findings {
  readonly list: Diagnostic[] = [];
  constructor(private readonly file: string) {}
  add(rule: Rule, ids: { productId?: string | undefined; variantId?: string | undefined }, detail: RuleDetail): void {
    const subject: Subject = { origin: { file: this.file } };
    if (ids.productId !== undefined) subject.productId = ids.productId;
    if (ids.variantId !== undefined) subject.variantId = ids.variantId;
    this.list.push(rule.diagnostic(subject, detail));
  }
}

export interface MappedProduct {
  value: Record<string, unknown>;
  diagnostics: Diagnostic[];
}

/**
 * Maps a simple product (one variant) or a variable product with its variations (each a variant), as
 * the Store API lists them. `variations` are the variation products fetched for a variable product.
 */
export function mapStoreProduct(product: StoreProduct, variations: readonly StoreProduct[] | undefined, context: MapContext): MappedProduct {
  const findings = new Findings(context.file);
  const record: Record<string, unknown> = {};
  const sku = text(product.sku);
  const id = sku ?? String(product.id);
  record.id = id;
  // The WordPress post ID and the slug, as the CSV export's importer states them too.
  record.platformId = String(product.id);
  const slug = text(product.slug);
  if (slug !== undefined) record.slug = slug;
  const title = text(product.name);
  if (title !== undefined) record.title = title;
  // One description in the canonical model: the long one, else the short one. Both are HTML.
  const description = html(product.description) ?? html(product.short_description);
  if (description !== undefined) record.description = description;
  if (typeof product.permalink === 'string' && product.permalink !== '') record.url = product.permalink;
  const images = imagesOf(product);
  if (images.length > 0) record.images = images;

  // WooCommerce core has no primary category; the first one listed is taken, with its parents (as the CSV
  // export writes it), so the two sources agree.
  const category = product.categories?.find((c) => text(c.name) !== undefined);
  if (category) {
    const path = context.categoryPath(category);
    record.productType = path ?? text(category.name);
    if (path === undefined && context.categoriesUnavailable) {
      findings.add(wooCategoryPathUnavailable, { productId: id }, { message: 'The category list could not be read; the product type is the category name alone.', pointer: '/productType', actual: category.name });
    }
  }
  const brand = product.brands?.map((b) => text(b.name)).find((b) => b !== undefined);
  if (brand !== undefined) record.brand = brand;

  const currency = product.prices?.currency_code;
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) && currency !== context.shopCurrency) record.currency = currency;
  const recordCurrency = (record.currency as string | undefined) ?? context.shopCurrency;

  // The API lists only attributes shown on the product page or used for variations.
  const statics = productAttributeValues(
    (product.attributes ?? [])
      .filter((a) => a.has_variations !== true && typeof a.name === 'string')
      .map((a) => ({ name: text(a.name)!, values: (a.terms ?? []).map((t) => text(t.name)).filter((v): v is string => v !== undefined) })),
  );
  for (const [field, value] of Object.entries(statics.product)) record[field] ??= value;

  const variants: Array<Record<string, unknown>> = [];
  if (product.type === 'variable') {
    (variations ?? []).forEach((variation, index) => {
      variants.push(mapPurchasable(variation, { at: `/variants/${index}`, productId: id, parent: product, recordCurrency }, findings));
    });
  } else {
    variants.push(mapPurchasable(product, { at: '/variants/0', productId: id, recordCurrency }, findings));
  }
  for (const variant of variants) for (const [field, value] of Object.entries(statics.variant)) variant[field] ??= value;
  record.variants = variants;
  return { value: record, diagnostics: findings.list };
}

function imagesOf(product: StoreProduct): string[] {
  return (product.images ?? []).map((image) => image.src).filter((src): src is string => typeof src === 'string' && src !== '');
}

interface PurchasableOptions {
  at: string;
  productId: string;
  /** The variable product, for a variation. */
  parent?: StoreProduct;
  recordCurrency: string;
}

function mapPurchasable(item: StoreProduct, options: PurchasableOptions, findings: Findings): Record<string, unknown> {
  const variant: Record<string, unknown> = {};
  // A variation without a SKU of its own shows its parent's (WC_Product_Variation::get_sku in view
  // context); the parent's SKU is the product id, so such a variation goes by its own ID.
  const sku = text(item.sku);
  const inherited = options.parent !== undefined && sku !== undefined && sku === text(options.parent.sku);
  const id = sku !== undefined && !inherited ? sku : String(item.id);
  variant.id = id;
  const ids = { productId: options.productId, variantId: id };

  const prices = item.prices ?? {};
  const minor = prices.currency_minor_unit;
  const amount = (field: 'regular_price' | 'sale_price', pointer: string): string | undefined => {
    const raw = prices[field];
    if (raw === undefined || raw === null) return undefined;
    const decimal = typeof raw === 'string' && typeof minor === 'number' ? minorUnitsToDecimal(raw, minor) : undefined;
    if (decimal === undefined) {
      findings.add(wooBadValue, ids, {
        message: `prices.${field} must be a string of minor units with a currency_minor_unit; it is left out.`,
        pointer: `${options.at}${pointer}`,
        actual: { [field]: raw, currency_minor_unit: minor },
        expected: 'e.g. "1999" with currency_minor_unit 2',
      });
    }
    return decimal;
  };
  const regular = amount('regular_price', '/price');
  // A product with no price at all is not purchasable, and the API then writes "0": that zero is not a price.
  const noPrice = item.is_purchasable === false && regular !== undefined && /^0(\.0+)?$/.test(regular);
  if (regular !== undefined && !noPrice) variant.price = regular;
  // The sale price equals the price when there is no sale; `on_sale` says whether one is on now. The API
  // gives no sale window, so a scheduled sale that has not started is not stated.
  if (item.on_sale === true && prices.sale_price !== prices.regular_price) {
    const sale = amount('sale_price', '/salePrice');
    if (sale !== undefined) variant.salePrice = sale;
  }
  const currency = prices.currency_code;
  if (typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) && currency !== options.recordCurrency) variant.currency = currency;

  // is_in_stock is also true on backorder, so backorder is asked first.
  if (item.is_on_backorder === true) variant.availability = 'backorder';
  else if (item.is_in_stock === true) variant.availability = 'in_stock';
  else if (item.is_in_stock === false) variant.availability = 'out_of_stock';
  // The quantity is given only when stock is low ("Quantity left in stock if stock is low"), never below 0.
  if (typeof item.low_stock_remaining === 'number' && Number.isInteger(item.low_stock_remaining)) variant.stockQuantity = item.low_stock_remaining;

  if (options.parent) {
    if (typeof item.permalink === 'string' && item.permalink !== '') variant.url = item.permalink;
    // A variation without an image of its own shows its parent's main image
    // (WC_Product_Variation::get_image_id in view context); that one is the product's already.
    const own = imagesOf(item)[0];
    if (own !== undefined && own !== imagesOf(options.parent)[0]) variant.images = [own];
    setVariationAttributes(item, options.parent, variant, findings, ids, options.at);
  }
  return variant;
}

/**
 * The variable product's `variations` list gives each variation's attribute values: a term slug for a
 * global attribute (named by the product's `attributes[].terms`), the value itself for a custom one, and
 * null for "Any" (ProductSchema::get_variations).
 */
function setVariationAttributes(
  item: StoreProduct,
  parent: StoreProduct,
  variant: Record<string, unknown>,
  findings: Findings,
  ids: { productId: string; variantId: string },
  at: string,
): void {
  const entry = parent.variations?.find((v) => v.id === item.id);
  for (const attribute of entry?.attributes ?? []) {
    const name = text(attribute.name);
    if (name === undefined) continue;
    if (attribute.value === null || attribute.value === undefined || attribute.value === '') {
      findings.add(wooAnyAttributeValue, ids, { message: `The variation is sold for any "${name}"; no value is stated for it.`, pointer: at, actual: name });
      continue;
    }
    const definition = parent.attributes?.find((a) => text(a.name) === name);
    const term = definition?.terms?.find((t) => t.slug === attribute.value);
    const value = text(term?.name) ?? text(attribute.value);
    if (value !== undefined) setVariantAttribute(variant, name, value);
  }
}
