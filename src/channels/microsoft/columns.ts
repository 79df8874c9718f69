/**
 * The columns of the feed file, in order: a single header row of attribute names, then one row per item
 * (MICROSOFT_FEED_FILE_URL, "File must start with a single header row"; attribute names from
 * MICROSOFT_ATTRIBUTES_URL). Every column is always present, empty where an item has no value.
 *
 * `description` is last on purpose: "Do not include trailing tabs at the end of lines" (file format requirements),
 * and a required column that is never empty (an item without a description is left out) is the only way a fixed
 * header keeps every line from ending in a tab.
 *
 * The shipping header names its sub-attributes: "The format depends on the attribute name in the header row ...
 * shipping(country:service:price) must be DE:Standard:12.99" (MICROSOFT_ATTRIBUTES_URL#required-fields).
 */
export const MICROSOFT_COLUMNS = [
  'id',
  'title',
  'link',
  'image_link',
  'additional_image_link',
  'availability',
  'price',
  'sale_price',
  'sale_price_effective_date',
  'condition',
  'brand',
  'gtin',
  'mpn',
  'identifier_exists',
  'product_category',
  'product_type',
  'item_group_id',
  'color',
  'size',
  'size_system',
  'gender',
  'age_group',
  'material',
  'pattern',
  'unit_pricing_measure',
  'unit_pricing_base_measure',
  'shipping(country:service:price)',
  'description',
] as const;

export type MicrosoftColumn = (typeof MICROSOFT_COLUMNS)[number];

/** One item: column to cell text; a column without a value is absent. */
export type MicrosoftRow = Partial<Record<MicrosoftColumn, string>>;
