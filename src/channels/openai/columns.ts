/**
 * One feed row: the fields this channel writes, under their current names (legacy aliases such as `id`, `link`
 * or `enable_search` are never written: https://developers.openai.com/commerce/specs/file-upload/products#compatibility-notes).
 * Objects are JSON Lines values; delimited files flatten them (see delimited.ts).
 */
export type OpenAiAvailability = 'in_stock' | 'out_of_stock' | 'pre_order' | 'backorder' | 'unknown';

export interface OpenAiRow {
  item_id: string;
  title: string;
  description: string;
  url: string;
  brand: string;
  seller_name: string;
  image_url: string;
  availability: OpenAiAvailability;
  price: string;
  is_eligible_search: boolean;
  group_id?: string;
  listing_has_variations?: boolean;
  variant_dict?: Record<string, string>;
  gtin?: string;
  mpn?: string;
  condition?: 'new' | 'refurbished' | 'used';
  product_category?: string;
  material?: string;
  color?: string;
  size?: string;
  gender?: 'male' | 'female' | 'unisex';
  age_group?: 'newborn' | 'infant' | 'toddler' | 'kids' | 'adult';
  length?: string;
  width?: string;
  height?: string;
  dimensions_unit?: 'in' | 'cm' | 'ft' | 'm' | 'mm';
  weight?: string;
  item_weight_unit?: 'g' | 'kg' | 'oz' | 'lb';
  additional_image_urls?: string[];
  sale_price?: string;
  availability_date?: string;
  seller_url?: string;
  shipping?: string;
  accepts_returns?: boolean;
  return_deadline_in_days?: number;
  return_policy?: string;
  size_system?: string;
  is_digital?: boolean;
  target_countries?: string[];
  store_country?: string;
  is_eligible_checkout: boolean;
  seller_privacy_policy?: string;
  seller_tos?: string;
}

export type OpenAiColumn = keyof OpenAiRow;

/**
 * Every column we write, in the order the products page documents its fields
 * (https://developers.openai.com/commerce/specs/file-upload/products): basic product data, OpenAI flags,
 * variants, item information, media, price & promotions, availability & inventory, merchant info, fulfillment,
 * returns, additional supported data, geo tagging, checkout. This is the header of delimited files and the key
 * order of JSON Lines rows. The header is the same whatever the catalog holds, so every shard and every run has
 * the same columns.
 *
 * `availability_date` has no row in the current page's tables (its compatibility notes still accept it, and the
 * "currently stable" fragment lists it right after `availability`); it sits in the page's "Availability &
 * inventory" section, between prices and merchant info.
 */
export const OPENAI_COLUMNS: readonly OpenAiColumn[] = [
  'item_id',
  'title',
  'description',
  'url',
  'brand',
  'seller_name',
  'image_url',
  'availability',
  'price',
  'is_eligible_search',
  'group_id',
  'listing_has_variations',
  'variant_dict',
  'gtin',
  'mpn',
  'condition',
  'product_category',
  'material',
  'color',
  'size',
  'gender',
  'age_group',
  'length',
  'width',
  'height',
  'dimensions_unit',
  'weight',
  'item_weight_unit',
  'additional_image_urls',
  'sale_price',
  'availability_date',
  'seller_url',
  'shipping',
  'accepts_returns',
  'return_deadline_in_days',
  'return_policy',
  'size_system',
  'is_digital',
  'target_countries',
  'store_country',
  'is_eligible_checkout',
  'seller_privacy_policy',
  'seller_tos',
];
