import { limitText } from '../text-limit.js';
import type { ResolvedConfig, ResolvedMarket } from '../../model/resolved-config.js';
import { marketShippingRates } from '../../enrich/markets.js';
import type { Diagnostic, Subject } from '../../model/diagnostic.js';
import { formatMoney } from '../../model/money.js';
import type { ResolvedMarketPrice, ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import type { Rule } from '../../model/rule.js';
import { codePointLength, removeXmlForbiddenChars } from '../../model/text.js';
import { APPAREL_CATEGORY_ID, APPAREL_PATH_PREFIX, GOOGLE_LIMITS } from './limits.js';
import {
  googleApparelAttributes,
  googleAvailabilityDateMissing,
  googleDescriptionMissing,
  googleDescriptionTooLong,
  googleIdTooLong,
  googleImageMissing,
  googleItemGroupIdTooLong,
  googleLinkTooLong,
  googleSaleNotExpressible,
  googleTitleTooLong,
  googleTooManyImages,
  googleValueTooLong,
  googleXmlForbiddenCharacter,
} from './rules.js';

/** One <item>: element names (g: prefixed) to text, or to a list for repeated elements and groups. */
export type GoogleItem = Record<string, string | string[] | Array<Record<string, string>>>;

export interface ItemResult {
  item?: GoogleItem;
  diagnostics: Diagnostic[];
}

interface Builder {
  subject: Subject;
  diagnostics: Diagnostic[];
  report(rule: Rule, message: string, extra?: { actual?: unknown; expected?: unknown; severity?: 'error' | 'warning' | 'info' }): void;
  /** Text made safe for XML 1.0, with a diagnostic when something had to go. */
  text(value: string, field: string): string;
}

function builder(subject: Subject): Builder {
  const diagnostics: Diagnostic[] = [];
  const b: Builder = {
    subject,
    diagnostics,
    report(rule, message, extra = {}) {
      diagnostics.push(rule.diagnostic(subject, { message, ...extra }));
    },
    text(value, field) {
      const cleaned = removeXmlForbiddenChars(value);
      if (cleaned.removed > 0) b.report(googleXmlForbiddenCharacter, `${cleaned.removed} character(s) XML 1.0 forbids were removed from ${field}.`, { actual: cleaned.removed });
      return cleaned.value;
    },
  };
  return b;
}

/** Cuts a text attribute to its limit at a word boundary, saying so. */
function limited(b: Builder, value: string, field: string, max: number, rule: Rule): string {
  return limitText(value, field, max, 'Google', ({ message, actual, expected }) => b.report(rule, message, { actual, expected }));
}

/** Google's ISO 8601 form for an instant: the RFC 3339 text as given is already that form. */
function instant(value: string): string {
  return value;
}

/**
 * Maps one variant to a Merchant Center item (https://support.google.com/merchants/answer/7052112).
 * Values come from the resolved model as they are: price, sale, availability and URL are never recomputed.
 */
/** A market feed: the country it targets, the variant's converted prices there, and the rate behind them. */
export interface MarketView {
  market: ResolvedMarket;
  prices: ResolvedMarketPrice;
}

export function buildGoogleItem(product: ResolvedProduct, variant: ResolvedVariant, config: ResolvedConfig, view?: MarketView): ItemResult {
  const b = builder({ productId: product.id, variantId: variant.id, channel: 'google', origin: product.origin });
  const item: GoogleItem = {};

  // Identity: ids cannot be shortened without breaking the item's history in Merchant Center.
  if (codePointLength(variant.id) > GOOGLE_LIMITS.id) {
    b.report(googleIdTooLong, `The item id has ${codePointLength(variant.id)} characters; Google allows ${GOOGLE_LIMITS.id}.`, { actual: variant.id, expected: GOOGLE_LIMITS.id });
    return { diagnostics: b.diagnostics };
  }
  if (product.isGroup && codePointLength(product.id) > GOOGLE_LIMITS.itemGroupId) {
    b.report(googleItemGroupIdTooLong, `The item group id has ${codePointLength(product.id)} characters; Google allows ${GOOGLE_LIMITS.itemGroupId}.`, { actual: product.id, expected: GOOGLE_LIMITS.itemGroupId });
    return { diagnostics: b.diagnostics };
  }
  if (product.description === undefined) {
    b.report(googleDescriptionMissing, 'The product has no description.');
    return { diagnostics: b.diagnostics };
  }
  const image = variant.images[0];
  if (image === undefined) {
    b.report(googleImageMissing, 'The item has no image.');
    return { diagnostics: b.diagnostics };
  }
  // "Required if product availability is set to preorder or backorder" (https://support.google.com/merchants/answer/6324470).
  if (variant.availabilityDate === undefined && (variant.availability === 'preorder' || variant.availability === 'backorder')) {
    b.report(googleAvailabilityDateMissing, `The item is on ${variant.availability} with no availability date; Google would disapprove it.`, { expected: 'availability_date' });
    return { diagnostics: b.diagnostics };
  }
  if (codePointLength(variant.url) > GOOGLE_LIMITS.link || codePointLength(image) > GOOGLE_LIMITS.link) {
    b.report(googleLinkTooLong, `The product link or image link is longer than ${GOOGLE_LIMITS.link} characters.`, { expected: GOOGLE_LIMITS.link });
    return { diagnostics: b.diagnostics };
  }

  item['g:id'] = b.text(variant.id, 'id');
  item['g:title'] = limited(b, b.text(variant.title, 'title'), 'The title', GOOGLE_LIMITS.title, googleTitleTooLong);
  item['g:description'] = limited(b, b.text(product.description, 'description'), 'The description', GOOGLE_LIMITS.description, googleDescriptionTooLong);
  item['g:link'] = variant.url;
  item['g:image_link'] = image;
  const extra = variant.images.slice(1).filter((url) => {
    if (codePointLength(url) <= GOOGLE_LIMITS.link) return true;
    b.report(googleLinkTooLong, `An additional image link is longer than ${GOOGLE_LIMITS.link} characters and was left out.`, { actual: url, severity: 'warning' });
    return false;
  });
  if (extra.length > GOOGLE_LIMITS.additionalImages) {
    b.report(googleTooManyImages, `The item has ${extra.length} additional images; Google takes ${GOOGLE_LIMITS.additionalImages}.`, { actual: extra.length, expected: GOOGLE_LIMITS.additionalImages });
  }
  if (extra.length > 0) item['g:additional_image_link'] = extra.slice(0, GOOGLE_LIMITS.additionalImages);

  // Offer: https://support.google.com/merchants/answer/6324448, 6324470, 6324371, 6324471, 6324460
  item['g:availability'] = variant.availability;
  if (variant.availabilityDate !== undefined && (variant.availability === 'preorder' || variant.availability === 'backorder')) {
    item['g:availability_date'] = instant(variant.availabilityDate);
  }
  // In a market feed the prices are the model's converted ones; the sale window is the same.
  const price = view?.prices.price ?? variant.price;
  item['g:price'] = formatMoney(price.minor, price.currency);
  if (variant.sale) {
    const { sale } = variant;
    const salePrice = view?.prices.salePrice ?? sale.price;
    if (sale.window.kind === 'unstated') {
      b.report(googleSaleNotExpressible, `The sale starts at ${sale.startsAt ?? '?'} and has no end; it is left out until it starts.`);
    } else {
      item['g:sale_price'] = formatMoney(salePrice.minor, salePrice.currency);
      if (sale.window.kind === 'window') item['g:sale_price_effective_date'] = `${instant(sale.window.start)}/${instant(sale.window.end)}`;
    }
  }

  // Identifiers: https://support.google.com/merchants/answer/6324461, 6324482, 6324351, 6324478
  if (product.brand !== undefined) item['g:brand'] = limited(b, b.text(product.brand, 'brand'), 'The brand', GOOGLE_LIMITS.brand, googleValueTooLong);
  if (variant.gtin !== undefined) item['g:gtin'] = variant.gtin;
  if (variant.mpn !== undefined) {
    if (codePointLength(variant.mpn) <= GOOGLE_LIMITS.mpn) item['g:mpn'] = b.text(variant.mpn, 'mpn');
    else b.report(googleValueTooLong, `The MPN is longer than ${GOOGLE_LIMITS.mpn} characters and was left out; a cut MPN would name another part.`, { actual: variant.mpn });
  }
  if (!variant.identifierExists) item['g:identifier_exists'] = 'no';
  if (variant.condition) item['g:condition'] = variant.condition;

  // Categories: https://support.google.com/merchants/answer/6324436, 6324406
  if (product.googleCategory) item['g:google_product_category'] = String(product.googleCategory.id);
  if (product.productType) {
    item['g:product_type'] = limited(b, b.text(product.productType.join(' > '), 'product_type'), 'product_type', GOOGLE_LIMITS.productType, googleValueTooLong);
  }
  if (product.isGroup) item['g:item_group_id'] = b.text(product.id, 'item_group_id');

  // Apparel and variant attributes: https://support.google.com/merchants/answer/6324487 and neighbours.
  const attribute = (key: 'color' | 'size' | 'material' | 'pattern', max: number) => {
    const value = variant[key];
    if (value !== undefined) item[`g:${key}`] = limited(b, b.text(value, key), key, max, googleValueTooLong);
  };
  attribute('color', GOOGLE_LIMITS.color);
  attribute('size', GOOGLE_LIMITS.size);
  if (variant.sizeSystem) item['g:size_system'] = variant.sizeSystem;
  if (variant.gender) item['g:gender'] = variant.gender;
  if (variant.ageGroup) item['g:age_group'] = variant.ageGroup;
  attribute('material', GOOGLE_LIMITS.material);
  attribute('pattern', GOOGLE_LIMITS.pattern);
  const apparel = product.googleCategory && (product.googleCategory.id === APPAREL_CATEGORY_ID || product.googleCategory.path.startsWith(APPAREL_PATH_PREFIX));
  if (apparel) {
    const missing = (['color', 'gender', 'ageGroup'] as const).filter((key) => variant[key] === undefined);
    if (missing.length > 0) b.report(googleApparelAttributes, `This apparel item has no ${missing.join(', ')}.`, { expected: missing });
  }

  // Measures: https://support.google.com/merchants/answer/6324455, 6324490, 11018531 (product_weight and dimensions)
  if (variant.unitPricing) {
    item['g:unit_pricing_measure'] = `${variant.unitPricing.measure.value}${variant.unitPricing.measure.unit}`;
    item['g:unit_pricing_base_measure'] = `${variant.unitPricing.baseMeasure.value}${variant.unitPricing.baseMeasure.unit}`;
  }
  if (variant.weight) item['g:product_weight'] = `${variant.weight.value} ${variant.weight.unit}`;
  if (variant.dimensions) {
    const { length, width, height, unit } = variant.dimensions;
    item['g:product_length'] = `${length} ${unit}`;
    item['g:product_width'] = `${width} ${unit}`;
    item['g:product_height'] = `${height} ${unit}`;
  }

  // Shipping: https://support.google.com/merchants/answer/6324484
  const rates = view ? marketShippingRates(config.shipping, view.market, config.shop.currency) : config.shipping;
  if (!product.isDigital && rates.length > 0) {
    item['g:shipping'] = rates.map((rate) => {
      const group: Record<string, string> = { 'g:country': rate.country };
      if (rate.region !== undefined) group['g:region'] = rate.region;
      group['g:service'] = rate.service;
      group['g:price'] = formatMoney(rate.price.minor, rate.price.currency);
      if (rate.handlingDays) {
        group['g:min_handling_time'] = String(rate.handlingDays.min);
        group['g:max_handling_time'] = String(rate.handlingDays.max);
      }
      if (rate.transitDays) {
        group['g:min_transit_time'] = String(rate.transitDays.min);
        group['g:max_transit_time'] = String(rate.transitDays.max);
      }
      return group;
    });
  }
  return { item, diagnostics: b.diagnostics };
}
