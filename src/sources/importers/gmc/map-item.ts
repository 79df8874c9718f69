import type { Severity } from '../../../model/diagnostic.js';
import type { Variant } from '../../../model/generated/product.js';
import type { Rule } from '../../../model/rule.js';
import { MAPPED_ATTRIBUTES, SHIPPING_ATTRIBUTES, SILENT_ATTRIBUTES, type GmcItem } from './attributes.js';
import { readInstant, readSaleWindow } from './dates.js';
import { AGE_GROUPS, CONDITIONS, GENDERS, readAvailability, readEnum, SIZE_SYSTEMS } from './enums.js';
import { readDimension, readUnitPricingMeasure, readWeight } from './measures.js';
import { readPrice } from './price.js';
import { gmcAvailabilityInterpreted } from './rules/availability-interpreted.js';
import { gmcBadDate } from './rules/bad-date.js';
import { gmcBadMeasure } from './rules/bad-measure.js';
import { gmcBadPrice } from './rules/bad-price.js';
import { gmcDateAssumedUtc } from './rules/date-assumed-utc.js';
import { gmcIncompleteMeasure } from './rules/incomplete-measure.js';
import { gmcPriceCurrencyMissing } from './rules/price-currency-missing.js';
import { gmcSaleCurrencyMismatch } from './rules/sale-currency-mismatch.js';
import { gmcUnknownValue } from './rules/unknown-value.js';

/** A problem found in one item, placed in the canonical record once the item's variant index is known. */
export interface Finding {
  rule: Rule;
  message: string;
  /** A product-level property, or a property of this item's variant. */
  level: 'product' | 'variant';
  path: string[];
  actual?: unknown;
  expected?: unknown;
  severity?: Severity;
}

/** The product-level facts one item states; the group's product takes them from its first item. */
export interface ProductFacts {
  description?: string;
  brand?: string;
  googleProductCategory?: number | string;
  productType?: string;
}

/** One item mapped to the canonical model, before it is grouped with the other items of its product. */
export interface MappedItem {
  line: number;
  id?: string;
  groupId?: string;
  /** item_group_title: the product's title when the item belongs to a group. */
  groupTitle?: string;
  title?: string;
  url?: string;
  images: string[];
  product: ProductFacts;
  /** The currency of the item's prices: as stated, or the shop's when the feed states none. */
  currency?: string;
  /** The variant's own facts; id, title, url, images and currency depend on the group and are set there. */
  variant: Partial<Variant>;
  findings: Finding[];
  /** Whether the item carries shipping attributes (ignored: shipping comes from the shop configuration). */
  hasShipping: boolean;
  /** Attributes the item carries that have no canonical field. */
  notImported: string[];
}

/**
 * Maps one item's Google attributes (https://support.google.com/merchants/answer/7052112) to canonical fields.
 * Only what the item states is mapped; a value that cannot be read is left out with a finding. GTINs, URLs,
 * categories, HTML descriptions and prices are taken as given: the enrich stage checks and normalizes them.
 */
export function mapItem(item: GmcItem, shopCurrency: string): MappedItem {
  const first = (name: string): string | undefined => item.values.get(name)?.[0];
  const findings: Finding[] = [];
  const variant: Partial<Variant> = {};
  const mapped: MappedItem = { line: item.line, images: [], product: {}, variant, findings, hasShipping: false, notImported: [] };
  const set = <K extends keyof MappedItem>(key: K, value: MappedItem[K] | undefined) => {
    if (value !== undefined) mapped[key] = value;
  };
  set('id', first('id'));
  set('groupId', first('item_group_id'));
  set('groupTitle', first('item_group_title'));
  set('title', first('title'));
  set('url', first('link'));
  // image_link first, then additional_image_link (https://support.google.com/merchants/answer/6324350, 6324370).
  const images = [first('image_link'), ...(item.values.get('additional_image_link') ?? [])].filter((u): u is string => u !== undefined);
  mapped.images = [...new Set(images)];

  const product = mapped.product;
  const description = first('description');
  if (description !== undefined) product.description = description;
  const brand = first('brand');
  if (brand !== undefined) product.brand = brand;
  // A taxonomy id or a full path (https://support.google.com/merchants/answer/6324436); enrich resolves either.
  const category = first('google_product_category');
  if (category !== undefined) product.googleProductCategory = /^[1-9][0-9]*$/.test(category) ? Number(category) : category;
  // Up to 5 values; Google uses the first (https://support.google.com/merchants/answer/6324406).
  const productType = first('product_type');
  if (productType !== undefined) product.productType = productType;

  const text = (name: string, key: 'gtin' | 'mpn' | 'color' | 'size' | 'material' | 'pattern') => {
    const value = first(name);
    if (value !== undefined) variant[key] = value;
  };
  text('gtin', 'gtin');
  text('mpn', 'mpn');
  const enumField = <T extends string>(name: string, key: 'condition' | 'gender' | 'ageGroup' | 'sizeSystem', values: readonly T[]) => {
    const raw = first(name);
    if (raw === undefined) return;
    const value = readEnum(raw, values);
    if (value !== undefined) (variant as Record<string, unknown>)[key] = value;
    else findings.push({ rule: gmcUnknownValue, message: `"${raw}" is not a ${name} value Google documents; it is left out.`, level: 'variant', path: [key], actual: raw, expected: values });
  };
  enumField('condition', 'condition', CONDITIONS);
  text('color', 'color');
  text('size', 'size');
  enumField('size_system', 'sizeSystem', SIZE_SYSTEMS);
  enumField('gender', 'gender', GENDERS);
  enumField('age_group', 'ageGroup', AGE_GROUPS);
  text('material', 'material');
  text('pattern', 'pattern');

  mapOffer(item, first, shopCurrency, mapped);
  mapMeasures(first, mapped);

  for (const name of new Set([...item.values.keys(), ...item.groups])) {
    if (MAPPED_ATTRIBUTES.has(name) || SILENT_ATTRIBUTES.has(name)) continue;
    if (SHIPPING_ATTRIBUTES.has(name)) mapped.hasShipping = true;
    else mapped.notImported.push(name);
  }
  return mapped;
}

/** Availability, its date, price, sale price and sale window. */
function mapOffer(item: GmcItem, first: (name: string) => string | undefined, shopCurrency: string, mapped: MappedItem): void {
  const { variant, findings } = mapped;
  const availabilityRaw = first('availability');
  if (availabilityRaw !== undefined) {
    const availability = readAvailability(availabilityRaw);
    if (availability === undefined) {
      findings.push({ rule: gmcUnknownValue, message: `"${availabilityRaw}" is not an availability value Google documents; it is left out.`, level: 'variant', path: ['availability'], actual: availabilityRaw, expected: ['in_stock', 'out_of_stock', 'preorder', 'backorder'] });
    } else {
      variant.availability = availability.value;
      if (availability.interpreted) {
        findings.push({ rule: gmcAvailabilityInterpreted, message: availability.interpreted.message, level: 'variant', path: ['availability'], actual: availabilityRaw, expected: availability.value, severity: availability.interpreted.severity });
      }
    }
  }
  const availabilityDate = first('availability_date');
  if (availabilityDate !== undefined) {
    const date = readInstant(availabilityDate);
    if (!date.ok) {
      findings.push({ rule: gmcBadDate, message: 'The availability date is not an ISO 8601 date-time; it is left out.', level: 'variant', path: ['availabilityDate'], actual: availabilityDate, expected: 'YYYY-MM-DDThh:mm±hhmm' });
    } else {
      variant.availabilityDate = date.value;
      if (date.assumedUtc) findings.push(assumedUtc(['availabilityDate'], availabilityDate, date.value));
    }
  }

  const priceRaw = first('price');
  let priceCurrency: string | undefined;
  if (priceRaw !== undefined) {
    const price = readPrice(priceRaw);
    if (!price.ok) {
      findings.push({ rule: gmcBadPrice, message: 'The price cannot be read; it is left out.', level: 'variant', path: ['price'], actual: priceRaw, expected: price.expected });
    } else {
      variant.price = price.amount;
      priceCurrency = price.currency ?? shopCurrency;
      if (price.currency === undefined) findings.push(currencyMissing(['price'], priceRaw, shopCurrency));
      mapped.currency = priceCurrency;
    }
  }

  const saleRaw = first('sale_price');
  const windowRaw = first('sale_price_effective_date');
  const window = windowRaw === undefined ? undefined : readSaleWindow(windowRaw);
  if (window && !window.ok) {
    // Without its window a sale would look permanent: the sale goes with its window.
    findings.push({
      rule: gmcBadDate,
      message: `The sale window is not two ISO 8601 date-times joined by "/"; it is left out${saleRaw !== undefined ? ', and the sale price with it' : ''}.`,
      level: 'variant',
      path: ['saleStartsAt'],
      actual: windowRaw,
      expected: 'YYYY-MM-DDThh:mm±hhmm/YYYY-MM-DDThh:mm±hhmm',
    });
    return;
  }
  if (saleRaw !== undefined) {
    const sale = readPrice(saleRaw);
    if (!sale.ok) {
      findings.push({ rule: gmcBadPrice, message: 'The sale price cannot be read; the sale is left out.', level: 'variant', path: ['salePrice'], actual: saleRaw, expected: sale.expected });
      return;
    }
    const saleCurrency = sale.currency ?? shopCurrency;
    if (sale.currency === undefined) findings.push(currencyMissing(['salePrice'], saleRaw, shopCurrency));
    if (priceCurrency !== undefined && saleCurrency !== priceCurrency) {
      findings.push({ rule: gmcSaleCurrencyMismatch, message: `The sale price is in ${saleCurrency} and the price in ${priceCurrency}; the sale is left out.`, level: 'variant', path: ['salePrice'], actual: saleRaw, expected: priceCurrency });
      return;
    }
    variant.salePrice = sale.amount;
  }
  // A window without a sale price is passed on: the enrich stage reports it and ignores it.
  if (window?.ok) {
    variant.saleStartsAt = window.start;
    variant.saleEndsAt = window.end;
    if (window.assumedUtc) findings.push(assumedUtc(['saleStartsAt'], windowRaw, `${window.start}/${window.end}`));
  }
}

/** product_weight, product_length/width/height, unit_pricing_measure and unit_pricing_base_measure. */
function mapMeasures(first: (name: string) => string | undefined, mapped: MappedItem): void {
  const { variant, findings } = mapped;
  const bad = (path: string[], raw: string, expected: string) =>
    findings.push({ rule: gmcBadMeasure, message: `"${raw}" is not a measure Google supports here; it is left out.`, level: 'variant', path, actual: raw, expected });

  const weightRaw = first('product_weight');
  if (weightRaw !== undefined) {
    const weight = readWeight(weightRaw);
    if (weight.ok) variant.weight = { value: weight.value, unit: weight.unit };
    else bad(['weight'], weightRaw, weight.expected);
  }

  // https://support.google.com/merchants/answer/11018531: all three, in one unit, or none.
  const sides = (['length', 'width', 'height'] as const).map((side) => ({ side, raw: first(`product_${side}`) }));
  const given = sides.filter((s): s is { side: 'length' | 'width' | 'height'; raw: string } => s.raw !== undefined);
  if (given.length > 0) {
    const read = given.map((s) => ({ ...s, measure: readDimension(s.raw) }));
    const failed = read.filter((r) => !r.measure.ok);
    for (const r of failed) bad(['dimensions', r.side], r.raw, r.measure.ok ? '' : r.measure.expected);
    const units = new Set(read.map((r) => (r.measure.ok ? r.measure.unit : undefined)));
    if (failed.length === 0 && given.length < 3) {
      findings.push({ rule: gmcIncompleteMeasure, message: `Dimensions need product_length, product_width and product_height; only ${given.map((g) => `product_${g.side}`).join(', ')} given. They are left out.`, level: 'variant', path: ['dimensions'], actual: Object.fromEntries(given.map((g) => [g.side, g.raw])) });
    } else if (failed.length === 0 && units.size > 1) {
      findings.push({ rule: gmcIncompleteMeasure, message: 'product_length, product_width and product_height are in different units; they are left out.', level: 'variant', path: ['dimensions'], actual: Object.fromEntries(given.map((g) => [g.side, g.raw])) });
    } else if (failed.length === 0) {
      const value = (side: string) => {
        const r = read.find((x) => x.side === side)!;
        return r.measure.ok ? r.measure.value : 0;
      };
      const unit = [...units][0]!;
      variant.dimensions = { length: value('length'), width: value('width'), height: value('height'), unit };
    }
  }

  const measureRaw = first('unit_pricing_measure');
  const baseRaw = first('unit_pricing_base_measure');
  if (measureRaw !== undefined || baseRaw !== undefined) {
    const measure = measureRaw === undefined ? undefined : readUnitPricingMeasure(measureRaw);
    const base = baseRaw === undefined ? undefined : readUnitPricingMeasure(baseRaw);
    if (measure && !measure.ok) bad(['unitPricing', 'measure'], measureRaw!, measure.expected);
    if (base && !base.ok) bad(['unitPricing', 'baseMeasure'], baseRaw!, base.expected);
    if (measure?.ok && base?.ok) {
      variant.unitPricing = { measure: { value: measure.value, unit: measure.unit }, baseMeasure: { value: base.value, unit: base.unit } };
    } else if ((measure === undefined || measure.ok) && (base === undefined || base.ok)) {
      const missing = measure === undefined ? 'unit_pricing_measure' : 'unit_pricing_base_measure';
      findings.push({ rule: gmcIncompleteMeasure, message: `Unit pricing needs both measures; ${missing} is not given. Unit pricing is left out.`, level: 'variant', path: ['unitPricing'], actual: measureRaw ?? baseRaw, expected: missing });
    }
  }
}

function currencyMissing(path: string[], raw: string, shopCurrency: string): Finding {
  return { rule: gmcPriceCurrencyMissing, message: `The price states no currency; it is read in the shop's currency, ${shopCurrency}.`, level: 'variant', path, actual: raw, expected: `${raw.trim()} ${shopCurrency}` };
}

function assumedUtc(path: string[], raw: string | undefined, value: string): Finding {
  return { rule: gmcDateAssumedUtc, message: `The date-time has no UTC offset; it was read as ${value}.`, level: 'variant', path, actual: raw, expected: value };
}
