/**
 * The Google attribute vocabulary as far as the importer needs it, from the product data specification
 * (https://support.google.com/merchants/answer/7052112) and each attribute's page.
 */

/** The Merchant Center namespace of XML feeds (https://support.google.com/merchants/answer/14987622). */
export const GOOGLE_NAMESPACE = 'http://base.google.com/ns/1.0';

/** One item of a feed, as a flat record of Google attributes, whatever the file format. */
export interface GmcItem {
  /** Attribute name → its values in feed order (repeated XML elements, or TSV comma-separated values); empty values are left out. */
  values: Map<string, string[]>;
  /** Attributes given as a group of sub-attributes (XML <g:shipping><g:country>…), which have no single value. */
  groups: Set<string>;
  /** 1-based line where the item starts. */
  line: number;
}

/** Attributes mapped to the canonical model (see map-item.ts). */
export const MAPPED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'item_group_id',
  'item_group_title',
  'title',
  'description',
  'link',
  'image_link',
  'additional_image_link',
  'availability',
  'availability_date',
  'price',
  'sale_price',
  'sale_price_effective_date',
  'brand',
  'gtin',
  'mpn',
  'condition',
  'google_product_category',
  'product_type',
  'color',
  'size',
  'size_system',
  'gender',
  'age_group',
  'material',
  'pattern',
  'unit_pricing_measure',
  'unit_pricing_base_measure',
  'product_weight',
  'product_length',
  'product_width',
  'product_height',
]);

/**
 * Read and dropped without a note. identifier_exists: the enrich stage derives it from GTIN, brand and MPN
 * (https://support.google.com/merchants/answer/6324478), and a "no" copied from a feed would outlive the GTIN
 * the shop adds later.
 */
export const SILENT_ATTRIBUTES: ReadonlySet<string> = new Set(['identifier_exists']);

/**
 * Shipping attributes: shipping comes from the shop configuration, so these are reported once per feed and
 * not imported (https://support.google.com/merchants/answer/6324484 shipping, 6324503 shipping_weight,
 * 6324498 shipping_length/width/height; the others are listed in https://support.google.com/merchants/answer/7052112).
 * shipping_weight is the packed weight for carrier rates, not the product's weight: the canonical weight comes
 * from product_weight only.
 */
export const SHIPPING_ATTRIBUTES: ReadonlySet<string> = new Set([
  'shipping',
  'shipping_weight',
  'shipping_length',
  'shipping_width',
  'shipping_height',
  'shipping_label',
  'ships_from_country',
  'min_handling_time',
  'max_handling_time',
  'transit_time_label',
  'carrier_shipping',
  'free_shipping_threshold',
]);

/**
 * Attributes that may hold several values; in a TSV feed they are comma-separated, and a value containing a
 * comma is quoted (https://support.google.com/merchants/answer/14998273). Only the ones read here matter; the
 * others are listed so that their note names the attribute once.
 */
export const REPEATED_ATTRIBUTES: ReadonlySet<string> = new Set([
  // https://support.google.com/merchants/answer/6324370: up to 10 URLs
  'additional_image_link',
  // https://support.google.com/merchants/answer/6324406: up to 5 values, the first is used
  'product_type',
  'lifestyle_image_link',
  'product_highlight',
  'product_detail',
  'included_destination',
  'excluded_destination',
  'shopping_ads_excluded_country',
  'size_type',
]);

/** Google attributes a TSV header may have that the canonical TSV layout (camelCase, `url`, `variantId`) never has. */
export const TSV_SIGNATURE_COLUMNS: ReadonlySet<string> = new Set(['link', 'image_link']);
