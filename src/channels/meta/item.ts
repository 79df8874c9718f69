import { limitText } from '../text-limit.js';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Diagnostic, Subject } from '../../model/diagnostic.js';
import { formatMoney } from '../../model/money.js';
import type { ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import type { Rule } from '../../model/rule.js';
import { codePointLength, removeXmlForbiddenChars } from '../../model/text.js';
import { metaWindow } from './date-time.js';
import { LISTED_AVAILABILITY, META_AVAILABILITY, META_LIMITS, NON_JPEG_PNG_EXTENSION, SIZE_REQUIRED_PATHS } from './limits.js';
import {
  metaAvailabilityUnlisted,
  metaBrandMissing,
  metaConditionMissing,
  metaCurrencyMismatch,
  metaDescriptionMissing,
  metaDescriptionTooLong,
  metaDescriptionTooShort,
  metaIdConflictsWithGroup,
  metaIdTooLong,
  metaImageFormat,
  metaImageMissing,
  metaItemGroupIdTooLong,
  metaSaleNotExpressible,
  metaSizeMissing,
  metaTitleTooLong,
  metaTooManyImages,
  metaValueTooLong,
  metaXmlForbiddenCharacter,
} from './rules.js';

/** One <item>: element names to text, or to a list for repeated elements and groups. */
export type MetaItem = Record<string, string | string[] | Array<Record<string, string>>>;

export interface MetaItemResult {
  item?: MetaItem;
  diagnostics: Diagnostic[];
}

interface Builder {
  diagnostics: Diagnostic[];
  report(rule: Rule, message: string, extra?: { actual?: unknown; expected?: unknown }): void;
  /** Text made safe for XML 1.0, with a diagnostic when something had to go. */
  text(value: string, field: string): string;
  /** Text cut to its limit at a word boundary, with a diagnostic when it was cut. */
  limited(value: string, field: string, max: number, rule: Rule): string;
}

function builder(subject: Subject): Builder {
  const diagnostics: Diagnostic[] = [];
  const b: Builder = {
    diagnostics,
    report(rule, message, extra = {}) {
      diagnostics.push(rule.diagnostic(subject, { message, ...extra }));
    },
    text(value, field) {
      const cleaned = removeXmlForbiddenChars(value);
      if (cleaned.removed > 0) b.report(metaXmlForbiddenCharacter, `${cleaned.removed} character(s) XML 1.0 forbids were removed from ${field}.`, { actual: cleaned.removed });
      return cleaned.value;
    },
    limited(value, field, max, rule) {
      return limitText(b.text(value, field), field, max, 'Meta', ({ message, actual, expected }) => b.report(rule, message, { actual, expected }));
    },
  };
  return b;
}

/**
 * Maps one variant to a Meta catalog item (https://developers.facebook.com/docs/commerce-platform/catalog/fields).
 * Values come from the resolved model as they are: price, sale, availability and URL are never recomputed.
 * Fields in Google's namespace take the g: prefix; Meta's own fields take none ("For other attributes ... don't
 * include a prefix, such as video, additional_image_link", https://developers.facebook.com/docs/marketing-api/catalog/reference).
 */
export function buildMetaItem(product: ResolvedProduct, variant: ResolvedVariant, config: ResolvedConfig, nowMs: number): MetaItemResult {
  const b = builder({ productId: product.id, variantId: variant.id, channel: 'meta', origin: product.origin });
  const blocked = blockingFindings(b, product, variant, config);
  if (blocked) return { diagnostics: b.diagnostics };
  // blockingFindings made sure these are there.
  const description = product.description!;
  const brand = product.brand!;
  const image = variant.images[0]!;
  const item: MetaItem = {};

  // Required fields (for Ads and Commerce), in the order of Meta's table.
  item['g:id'] = b.text(variant.id, 'id');
  item['g:title'] = b.limited(variant.title, 'The title', META_LIMITS.title, metaTitleTooLong);
  const text = b.limited(description, 'The description', META_LIMITS.description, metaDescriptionTooLong);
  if (codePointLength(text) < META_LIMITS.descriptionMin) {
    b.report(metaDescriptionTooShort, `The description has ${codePointLength(text)} characters; Meta asks for at least ${META_LIMITS.descriptionMin}.`, { actual: codePointLength(text), expected: META_LIMITS.descriptionMin });
  }
  item['g:description'] = text;
  item['g:availability'] = META_AVAILABILITY[variant.availability];
  if (!LISTED_AVAILABILITY.has(variant.availability)) {
    b.report(metaAvailabilityUnlisted, `The item is on ${variant.availability}, written as "${META_AVAILABILITY[variant.availability]}", which Meta's feed field table does not list.`, { actual: variant.availability });
  }
  item['g:condition'] = variant.condition!;
  item['g:price'] = formatMoney(variant.price.minor, variant.price.currency);
  item['g:link'] = variant.url;
  item['g:image_link'] = image;
  if (NON_JPEG_PNG_EXTENSION.test(urlPath(image))) b.report(metaImageFormat, 'The main image does not look like a JPEG or PNG file.', { actual: image });
  item['g:brand'] = b.limited(brand, 'The brand', META_LIMITS.brand, metaValueTooLong);

  const extra = additionalImages(b, variant.images.slice(1));
  if (extra.length > 0) item['additional_image_link'] = extra;
  writeSale(b, item, variant, nowMs);
  if (product.isGroup) item['g:item_group_id'] = b.text(product.id, 'item_group_id');

  // Categories: "Enter either the category name (not case sensitive) or its ID number."
  if (product.googleCategory) item['g:google_product_category'] = String(product.googleCategory.id);
  if (product.productType) item['g:product_type'] = b.limited(product.productType.join(' > '), 'product_type', META_LIMITS.productType, metaValueTooLong);

  if (variant.gtin !== undefined) item['g:gtin'] = variant.gtin;
  if (variant.mpn !== undefined) {
    if (codePointLength(variant.mpn) <= META_LIMITS.mpn) item['g:mpn'] = b.text(variant.mpn, 'mpn');
    else b.report(metaValueTooLong, `The MPN is longer than ${META_LIMITS.mpn} characters and was left out; a cut MPN would name another part.`, { actual: variant.mpn });
  }
  writeVariantAttributes(b, item, product, variant);
  writeShipping(item, product, config);
  return { item, diagnostics: b.diagnostics };
}

/** The findings that leave the item out; all of them are reported at once, so one run shows every fix. */
function blockingFindings(b: Builder, product: ResolvedProduct, variant: ResolvedVariant, config: ResolvedConfig): boolean {
  const before = b.diagnostics.length;
  // Ids cannot be shortened without breaking the item's history (and its Pixel content id) at Meta.
  if (codePointLength(variant.id) > META_LIMITS.id) b.report(metaIdTooLong, `The item id has ${codePointLength(variant.id)} characters; Meta allows ${META_LIMITS.id}.`, { actual: variant.id, expected: META_LIMITS.id });
  if (product.isGroup && codePointLength(product.id) > META_LIMITS.itemGroupId) {
    b.report(metaItemGroupIdTooLong, `The item group id has ${codePointLength(product.id)} characters; Meta allows ${META_LIMITS.itemGroupId}.`, { actual: product.id, expected: META_LIMITS.itemGroupId });
  }
  if (product.isGroup && variant.id === product.id) b.report(metaIdConflictsWithGroup, 'The variant id is the same as its item_group_id (the product id).', { actual: variant.id });
  if (product.description === undefined) b.report(metaDescriptionMissing, 'The product has no description.', { expected: 'description' });
  if (variant.images[0] === undefined) b.report(metaImageMissing, 'The item has no image.', { expected: 'image_link' });
  if (product.brand === undefined) b.report(metaBrandMissing, 'The product has no brand.', { expected: 'brand' });
  if (variant.condition === undefined) b.report(metaConditionMissing, 'The item has no condition.', { expected: ['new', 'refurbished', 'used'] });
  if (variant.price.currency !== config.shop.currency) {
    b.report(metaCurrencyMismatch, `The item is priced in ${variant.price.currency}; the Meta feed is in ${config.shop.currency}.`, { actual: variant.price.currency, expected: config.shop.currency });
  }
  return b.diagnostics.length > before;
}

/** Up to 20 extra images within 2,000 characters in all (joined by commas, as Meta's text form has them). */
function additionalImages(b: Builder, urls: string[]): string[] {
  const kept: string[] = [];
  let chars = 0;
  for (const url of urls) {
    const added = codePointLength(url) + (kept.length > 0 ? 1 : 0);
    if (kept.length >= META_LIMITS.additionalImages || chars + added > META_LIMITS.additionalImagesChars) break;
    kept.push(url);
    chars += added;
  }
  if (kept.length < urls.length) {
    b.report(metaTooManyImages, `The item has ${urls.length} additional images; Meta takes ${META_LIMITS.additionalImages} within ${META_LIMITS.additionalImagesChars} characters, so ${kept.length} were kept.`, { actual: urls.length, expected: kept.length });
  }
  return kept;
}

/**
 * sale_price and its window. "If you don't add this field, any items with a sale_price remain on sale until you
 * remove their sale price", so a window is written whenever the sale has an end.
 */
function writeSale(b: Builder, item: MetaItem, variant: ResolvedVariant, nowMs: number): void {
  const { sale } = variant;
  if (!sale) return;
  if (sale.window.kind === 'unstated') {
    b.report(metaSaleNotExpressible, `The sale starts at ${sale.startsAt ?? '?'} and has no end; it is left out until it starts.`);
    return;
  }
  item['g:sale_price'] = formatMoney(sale.price.minor, sale.price.currency);
  if (sale.window.kind === 'window') item['g:sale_price_effective_date'] = metaWindow(sale.window.start, sale.window.end, nowMs);
}

/** Variant attributes; Meta's values for gender (female, male, unisex) and age_group include all of the model's. */
function writeVariantAttributes(b: Builder, item: MetaItem, product: ResolvedProduct, variant: ResolvedVariant): void {
  const attribute = (key: 'color' | 'size' | 'material' | 'pattern', max: number) => {
    const value = variant[key];
    if (value !== undefined) item[`g:${key}`] = b.limited(value, key, max, metaValueTooLong);
  };
  attribute('color', META_LIMITS.color);
  attribute('size', META_LIMITS.size);
  if (variant.gender) item['g:gender'] = variant.gender;
  if (variant.ageGroup) item['g:age_group'] = variant.ageGroup;
  attribute('material', META_LIMITS.material);
  attribute('pattern', META_LIMITS.pattern);
  // Options the variants differ by, other than the core attributes, go in additional_variant_attribute, as
  // Meta's XML example writes it (<label>, <value>). Repeating the element for several options is UNCONFIRMED.
  const options = product.variesBy.filter((v) => v.startsWith('option:')).map((v) => v.slice('option:'.length));
  const pairs = options.flatMap((name) => {
    const value = variant.options[name];
    return value === undefined ? [] : [{ label: b.text(name, 'option name'), value: b.text(value, 'option value') }];
  });
  if (pairs.length > 0) item['additional_variant_attribute'] = pairs;
  const path = product.googleCategory?.path;
  if (variant.size === undefined && path !== undefined && SIZE_REQUIRED_PATHS.some((p) => path === p || path.startsWith(`${p} > `))) {
    b.report(metaSizeMissing, 'This clothing or shoe item has no size.', { expected: 'size' });
  }
}

/**
 * shipping: Meta's text form is `Country:Region:Service:Price`; in XML its sample RSS feed nests the same four
 * parts as Google's <g:shipping> group (https://lookaside.facebook.com/developers/resources/?id=dpa_product_catalog_sample_feed_rss.xml,
 * read through a third-party copy: UNCONFIRMED). Handling and transit times have no Meta field and are not written.
 */
function writeShipping(item: MetaItem, product: ResolvedProduct, config: ResolvedConfig): void {
  if (product.isDigital || config.shipping.length === 0) return;
  item['g:shipping'] = config.shipping.map((rate) => {
    const group: Record<string, string> = { 'g:country': rate.country };
    if (rate.region !== undefined) group['g:region'] = rate.region;
    group['g:service'] = rate.service;
    group['g:price'] = formatMoney(rate.price.minor, rate.price.currency);
    return group;
  });
}

function urlPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
