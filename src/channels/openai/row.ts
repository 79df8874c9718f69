import { limitText } from '../text-limit.js';
import type { Diagnostic, Subject } from '../../model/diagnostic.js';
import { formatMoney } from '../../model/money.js';
import type { ResolvedProduct, ResolvedVariant, VaryingAttribute } from '../../model/resolved.js';
import type { Rule, RuleDetail } from '../../model/rule.js';
import { codePointLength } from '../../model/text.js';
import { OPENAI_COLUMNS, type OpenAiAvailability, type OpenAiColumn, type OpenAiRow } from './columns.js';
import { OPENAI_LIMITS } from './limits.js';
import {
  openaiAvailabilityDateMissing,
  openaiBrandMissing,
  openaiDescriptionMissing,
  openaiDescriptionTooLong,
  openaiGroupIdEqualsItemId,
  openaiIdTooLong,
  openaiImageMissing,
  openaiTitleTooLong,
  openaiValueTooLong,
} from './rules.js';
import type { RunValues } from './run-values.js';

export interface RowResult {
  row?: OpenAiRow;
  diagnostics: Diagnostic[];
}

/**
 * The model's availability in OpenAI's words: `in_stock | out_of_stock | pre_order | backorder | unknown`
 * (https://developers.openai.com/commerce/specs/file-upload/products#basic-product-data). Only the spelling of
 * pre-order differs; the model never says "unknown", it decides availability.
 */
const AVAILABILITY: Readonly<Record<ResolvedVariant['availability'], OpenAiAvailability>> = {
  in_stock: 'in_stock',
  out_of_stock: 'out_of_stock',
  preorder: 'pre_order',
  backorder: 'backorder',
};

/** variant_dict keys for the model's varying attributes: the OpenAI field names (the page's example uses "color" and "size"). */
const DICT_KEY: Readonly<Record<Exclude<VaryingAttribute, `option:${string}`>, string>> = {
  color: 'color',
  size: 'size',
  material: 'material',
  pattern: 'pattern',
  gender: 'gender',
  ageGroup: 'age_group',
};

/** A plain decimal for a positive number from the model; undefined for anything JSON could not print plainly. */
function decimal(n: number): string | undefined {
  const text = String(n);
  return Number.isFinite(n) && n > 0 && /^[0-9]+(\.[0-9]+)?$/.test(text) ? text : undefined;
}

/** Percent-encodes commas in a list item: "Percent-encode commas inside a URL as %2C" (https://developers.openai.com/commerce/specs/file-upload/products#media). */
function listItem(url: string): string {
  return url.includes(',') ? url.replace(/,/g, '%2C') : url;
}

/**
 * Maps one variant to one feed row: "Submit one row per purchasable item or variant"
 * (https://developers.openai.com/commerce/specs/file-upload/products#start-with-discovery). Values come from the
 * resolved model as they are; price, sale and availability are formatted, never recomputed. Keys are assigned
 * in OPENAI_COLUMNS order at the end, which is the key order of the JSON line.
 */
export function buildOpenAiRow(product: ResolvedProduct, variant: ResolvedVariant, run: RunValues): RowResult {
  const subject: Subject = { productId: product.id, variantId: variant.id, channel: 'openai', origin: product.origin };
  const diagnostics: Diagnostic[] = [];
  const report = (rule: Rule, detail: RuleDetail) => diagnostics.push(rule.diagnostic(subject, detail));

  // Required values the channel cannot make up: each missing one is its own finding, then the row is left out.
  if (codePointLength(variant.id) > OPENAI_LIMITS.itemId) {
    report(openaiIdTooLong, { message: `The variant id has ${codePointLength(variant.id)} characters; item_id allows ${OPENAI_LIMITS.itemId} and cannot be shortened without breaking its history.`, actual: variant.id, expected: OPENAI_LIMITS.itemId });
  }
  if (product.description === undefined || product.description.trim() === '') report(openaiDescriptionMissing, { message: 'The product has no description.', pointer: '/description' });
  if (product.brand === undefined || product.brand.trim() === '') report(openaiBrandMissing, { message: 'The product has no brand.', pointer: '/brand' });
  const image = variant.images[0];
  if (image === undefined) report(openaiImageMissing, { message: 'The variant has no image, nor does its product.', pointer: '/images' });
  if (variant.availability === 'preorder' && variant.availabilityDate === undefined) {
    report(openaiAvailabilityDateMissing, { message: 'The variant is on pre-order with no availability date.', pointer: '/availabilityDate', expected: 'availability_date' });
  }
  if (diagnostics.length > 0 || image === undefined) return { diagnostics };

  const cut = (value: string, field: string, max: number, rule: Rule): string => limitText(value, field, max, 'OpenAI', (detail) => report(rule, detail));
  /** Identifying values are left out rather than cut: a cut size or part number names something else. */
  const whole = (value: string | undefined, field: string, max: number): string | undefined => {
    if (value === undefined || codePointLength(value) <= max) return value;
    report(openaiValueTooLong, { message: `${field} has ${codePointLength(value)} characters; OpenAI allows ${max}, and a cut ${field} would name something else, so it is left out.`, actual: value, expected: max });
    return undefined;
  };

  const row: OpenAiRow = {
    item_id: variant.id,
    title: cut(variant.title, 'title', OPENAI_LIMITS.title, openaiTitleTooLong),
    description: cut(product.description!, 'description', OPENAI_LIMITS.description, openaiDescriptionTooLong),
    url: variant.url,
    brand: cut(product.brand!, 'brand', OPENAI_LIMITS.brand, openaiValueTooLong),
    seller_name: run.sellerName,
    image_url: image,
    availability: AVAILABILITY[variant.availability],
    price: formatMoney(variant.price.minor, variant.price.currency),
    is_eligible_search: run.eligibility.search,
    is_eligible_checkout: run.eligibility.checkout,
  };

  const color = variant.color === undefined ? undefined : cut(variant.color, 'color', OPENAI_LIMITS.color, openaiValueTooLong);
  const size = whole(variant.size, 'size', OPENAI_LIMITS.size);
  const material = variant.material === undefined ? undefined : cut(variant.material, 'material', OPENAI_LIMITS.material, openaiValueTooLong);

  // Variants: group_id, listing_has_variations=true and variant_dict travel together, and the group id must
  // differ from each item id (https://developers.openai.com/commerce/specs/file-upload/products#variants).
  if (product.isGroup) {
    if (product.id === variant.id) {
      report(openaiGroupIdEqualsItemId, { message: `The variant id equals its product id "${product.id}"; OpenAI ignores variant options then, so the row is published without them.`, actual: product.id });
    } else {
      row.group_id = product.id;
      row.listing_has_variations = true;
      row.variant_dict = variantDict(product, variant, { color, material });
    }
  }

  const mpn = whole(variant.mpn, 'mpn', OPENAI_LIMITS.mpn);
  if (variant.gtin !== undefined) row.gtin = variant.gtin;
  if (mpn !== undefined) row.mpn = mpn;
  if (variant.condition !== undefined) row.condition = variant.condition;
  // "Your category path, from broad to specific, separated by `>`" (…#item-information): the shop's own product
  // type first, as OpenAI's Google-compatible mapping prefers product_type over google_product_category.
  if (product.productType && product.productType.length > 0) row.product_category = product.productType.join(' > ');
  else if (product.googleCategory) row.product_category = product.googleCategory.path;
  if (material !== undefined) row.material = material;
  if (color !== undefined) row.color = color;
  if (size !== undefined) row.size = size;
  if (variant.gender !== undefined) row.gender = variant.gender;
  if (variant.ageGroup !== undefined) row.age_group = variant.ageGroup;

  // The separate dimension fields, accepted by both revisions (the current page's `dimensions` object is a
  // "LxWxH unit" string in the currently-stable fragment, so it is not used).
  if (variant.dimensions) {
    const { length, width, height, unit } = variant.dimensions;
    const [l, w, h] = [decimal(length), decimal(width), decimal(height)];
    if (l !== undefined && w !== undefined && h !== undefined) {
      row.length = l;
      row.width = w;
      row.height = h;
      row.dimensions_unit = unit;
    }
  }
  if (variant.weight) {
    const value = decimal(variant.weight.value);
    if (value !== undefined) {
      row.weight = value;
      row.item_weight_unit = variant.weight.unit;
    }
  }

  if (variant.images.length > 1) row.additional_image_urls = variant.images.slice(1).map(listItem);
  // sale_price only while the sale is on: "Submit the current price; update the feed when a sale starts or ends".
  if (variant.sale?.active) row.sale_price = formatMoney(variant.sale.price.minor, variant.sale.price.currency);
  if (variant.availabilityDate !== undefined && (variant.availability === 'preorder' || variant.availability === 'backorder')) {
    row.availability_date = variant.availabilityDate;
  }
  row.seller_url = run.sellerUrl;
  if (!product.isDigital) {
    const shipping = run.shipping.cell(variant.price.currency);
    if (shipping !== undefined) row.shipping = shipping;
  }
  if (run.acceptsReturns !== undefined) row.accepts_returns = run.acceptsReturns;
  if (run.returnDays !== undefined && run.acceptsReturns) row.return_deadline_in_days = run.returnDays;
  if (run.returnPolicy !== undefined) row.return_policy = run.returnPolicy;
  if (variant.sizeSystem !== undefined && size !== undefined) row.size_system = variant.sizeSystem;
  row.is_digital = product.isDigital;
  row.target_countries = run.targetCountries;
  row.store_country = run.storeCountry;
  if (run.privacyPolicy !== undefined) row.seller_privacy_policy = run.privacyPolicy;
  if (run.termsOfService !== undefined) row.seller_tos = run.termsOfService;
  return { row: inColumnOrder(row), diagnostics };
}

/**
 * The variant's values of the attributes its product varies by (product.variesBy), keyed by OpenAI field name
 * or by the shop's own option name. Top-level fields and variant_dict must agree, so the cut color and material
 * are used; a size too long for the size field is still named here in full, as variant_dict has no limit.
 */
function variantDict(product: ResolvedProduct, variant: ResolvedVariant, written: { color: string | undefined; material: string | undefined }): Record<string, string> {
  const dict: Record<string, string> = {};
  for (const attribute of product.variesBy) {
    let key: string;
    let value: string | undefined;
    if (attribute.startsWith('option:')) {
      key = attribute.slice('option:'.length);
      value = variant.options[key];
    } else {
      const known = attribute as keyof typeof DICT_KEY;
      key = DICT_KEY[known];
      value = known === 'color' || known === 'material' ? written[known] : variant[known];
    }
    // "Use nonempty keys and values"; a shop option named like a field ("color") does not override the field.
    if (key.trim() === '' || value === undefined || value.trim() === '' || Object.hasOwn(dict, key)) continue;
    dict[key] = value;
  }
  return dict;
}

/** The row's keys in the one documented order (OPENAI_COLUMNS), whatever order the mapping filled them in. */
function inColumnOrder(row: OpenAiRow): OpenAiRow {
  const ordered: Partial<Record<OpenAiColumn, unknown>> = {};
  for (const column of OPENAI_COLUMNS) if (row[column] !== undefined) ordered[column] = row[column];
  return ordered as unknown as OpenAiRow;
}
