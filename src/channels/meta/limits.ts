import type { Availability } from '../../model/generated/product.js';

/**
 * Where Meta states its catalog rules. The fields pages were read in their Markdown copies: "Catalog Fields"
 * (updated 2025-01-13) and "Reference - Catalog" (copied 2026-02-01), which carry the same field tables.
 */
export const META_FIELDS_URL = 'https://developers.facebook.com/docs/commerce-platform/catalog/fields';
export const META_REFERENCE_URL = 'https://developers.facebook.com/docs/marketing-api/catalog/reference';

/**
 * Meta catalog field limits, in characters, from the field tables of META_FIELDS_URL and META_REFERENCE_URL
 * ("Required Fields (for Ads and Commerce)" and "Optional Fields"). Where a limit is not stated there, the
 * comment says where it comes from.
 */
export const META_LIMITS = {
  /** id: "Max character limit: 100". */
  id: 100,
  /** item_group_id: "Max character limit: 100". */
  itemGroupId: 100,
  /** title: "Character limit: 200, but we recommend a maximum of 65". */
  title: 200,
  /** description: "Max character limit: 9999", plain text. */
  description: 9999,
  /**
   * description: "Descriptions must be between 30 to 9,999 characters" is the product description specification
   * (https://www.facebook.com/business/help/2302017289821154), read through a third-party copy. UNCONFIRMED in a
   * primary source, so a shorter description is a warning, not an error.
   */
  descriptionMin: 30,
  /** additional_image_link: "URLs for up to 20 additional images". */
  additionalImages: 20,
  /**
   * additional_image_link: "Maximum character limit: 2000" for the whole field (a list in one string). Whether
   * repeated XML elements are counted together is UNCONFIRMED, so the URLs we write stay within 2,000 in all.
   */
  additionalImagesChars: 2000,
  /** brand: "Max characters: 100". */
  brand: 100,
  /** mpn: "Max characters: 100." */
  mpn: 100,
  /** color: "Max character limit: 200". */
  color: 200,
  /** size: "Max character limit: 200". */
  size: 200,
  /** material: "Character limit: 200". */
  material: 200,
  /** pattern: "Max character limit: 100". */
  pattern: 100,
  /** product_type: "Max character limit: 750". */
  productType: 750,
} as const;

/**
 * The model's availability in Meta's words (values are "written in U.S. English", with spaces).
 *
 * - `in stock`, `out of stock`: the two values the feed field tables list (META_FIELDS_URL, META_REFERENCE_URL).
 * - `preorder`, `available for order`: not in those tables (UNCONFIRMED for feed files), but in Meta's own
 *   country-feed template ("Supported values: in stock, available for order, preorder, out of stock,
 *   discontinued", https://lookaside.facebook.com/developers/resources/?id=catalog_country_feed_template.csv),
 *   in the Graph API enum of a catalog item (https://developers.facebook.com/docs/marketing-api/reference/product-item/)
 *   and in Meta's SDK, which defines them: "preorder - Available in future", "available for order - Ships in
 *   1-2 weeks" (facebook/facebook-android-sdk, facebook-core/src/main/java/com/facebook/appevents/AppEventsLogger.kt,
 *   logProductItem). A backorder is not in stock but can be ordered and ships later: that is "available for
 *   order", not "in stock" (which says it ships now) nor "out of stock" (which says it cannot be bought).
 *   Both are written with the warning meta/availability-unlisted so the merchant knows the risk.
 * - `discontinued` has no counterpart in the model and is never written.
 */
export const META_AVAILABILITY: Readonly<Record<Availability, string>> = {
  in_stock: 'in stock',
  out_of_stock: 'out of stock',
  preorder: 'preorder',
  backorder: 'available for order',
};

/** Meta's availability words back into the model's, for reading the feed back. */
export const MODEL_AVAILABILITY: Readonly<Record<string, Availability>> = Object.fromEntries(
  Object.entries(META_AVAILABILITY).map(([model, meta]) => [meta, model as Availability]),
);

/** The values the field tables list; the others are written with a warning. */
export const LISTED_AVAILABILITY: ReadonlySet<Availability> = new Set(['in_stock', 'out_of_stock']);

/**
 * image_link: "Images must be in JPEG or PNG format" (META_FIELDS_URL). A URL whose path ends in another image
 * format's extension is almost certainly not one; a URL without an extension is not judged.
 */
export const NON_JPEG_PNG_EXTENSION = /\.(?:webp|gif|avif|bmp|tiff?|svg|heic|heif)$/i;

/**
 * size: "Size is only required for selling products in Shops, and only for specific product categories including
 * clothing and shoes" (META_FIELDS_URL). The full category list (https://www.facebook.com/business/help/1027180054842090)
 * was not read (UNCONFIRMED); these Google taxonomy branches are the two the field table names.
 */
export const SIZE_REQUIRED_PATHS = ['Apparel & Accessories > Clothing', 'Apparel & Accessories > Shoes'] as const;
