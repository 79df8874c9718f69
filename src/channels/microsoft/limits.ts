import type { AgeGroup, Availability, Condition, Gender, SizeSystem } from '../../model/generated/product.js';

/**
 * Microsoft Merchant Center limits, in Unicode characters (code points) unless stated, from the attributes page
 * (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile, ms.date
 * 2026-06-18). Each entry names its section: MICROSOFT_SECTION in spec.ts holds the anchors. They differ from Google's:
 * description 10,000 (Google 5,000), brand up to 10 words, product_category 255, a price range, and two decimals.
 */
export const MICROSOFT_LIMITS = {
  /** "50 Unicode character limit": MICROSOFT_SECTION.required */
  id: 50,
  /** "Max 50 Unicode characters": MICROSOFT_SECTION.variants */
  itemGroupId: 50,
  /** "150 character limit": MICROSOFT_SECTION.required */
  title: 150,
  /** "10000 character limit", "No HTML code": MICROSOFT_SECTION.required */
  description: 10_000,
  /** link "0-2000 characters", image_link and additional_image_link "2000 character limit": MICROSOFT_SECTION.required, .variants */
  link: 2000,
  /** "Can have up to 10 images, separated by a comma (,) delimiter": MICROSOFT_SECTION.variants */
  additionalImages: 10,
  /**
   * "We recommend to keep the brand character limit to 70, but it can be up to 1000 characters. The maximum word
   * limit is 10": MICROSOFT_SECTION.identifiers. The hard limits are enforced; 70 is only a recommendation.
   */
  brand: 1000,
  brandWords: 10,
  /** "70 character limit": MICROSOFT_SECTION.identifiers */
  mpn: 70,
  /** "750 character limit", delimiter ">": MICROSOFT_SECTION.other */
  productType: 750,
  /** "255 character limit": MICROSOFT_SECTION.other */
  productCategory: 255,
  /** "Character limit 100", up to 3 values separated by "/": MICROSOFT_SECTION.apparel */
  color: 100,
  /** "Max 100 characters": MICROSOFT_SECTION.apparel */
  size: 100,
  /** "Max 200 characters": MICROSOFT_SECTION.variants */
  material: 200,
  /** "Max 100 characters": MICROSOFT_SECTION.variants */
  pattern: 100,
  /**
   * price and sale_price "0.00 to 10000000.00 (10 million)", "Use two decimal places": MICROSOFT_SECTION.required,
   * .sales. Shipping is "0.01 to 10000000.00" with "For free shipping, use 0", so the same upper bound.
   */
  maxPriceMajor: 10_000_000,
  priceDecimals: 2,
} as const;

/**
 * availability "Valid options: in stock, out of stock, preorder", spelled with spaces (MICROSOFT_SECTION.other).
 * Microsoft has no backorder value, and its mapping from landing-page markup lists no BackOrder either, so a
 * backorder variant cannot be stated truthfully and is left out (microsoft/availability-not-supported).
 * Microsoft documents no availability_date attribute (UNCONFIRMED that one is read), so none is written.
 */
export const MICROSOFT_AVAILABILITY: Readonly<Partial<Record<Availability, string>>> = {
  in_stock: 'in stock',
  out_of_stock: 'out of stock',
  preorder: 'preorder',
};

/** condition "Valid options: new; used; refurbished": MICROSOFT_SECTION.other. The model's enum is the same. */
export const MICROSOFT_CONDITIONS: readonly Condition[] = ['new', 'used', 'refurbished'];

/** gender "Valid options: male, female, unisex. No other option will be accepted": MICROSOFT_SECTION.apparel */
export const MICROSOFT_GENDERS: readonly Gender[] = ['male', 'female', 'unisex'];

/** age_group "Valid Options: newborn, infant, toddler, kids, adult": MICROSOFT_SECTION.apparel */
export const MICROSOFT_AGE_GROUPS: readonly AgeGroup[] = ['newborn', 'infant', 'toddler', 'kids', 'adult'];

/** size_system "Supported values: DE, FR, AU, US, and UK" (Google also takes EU, IT, JP, CN, BR, MEX): MICROSOFT_SECTION.apparel */
export const MICROSOFT_SIZE_SYSTEMS: readonly SizeSystem[] = ['DE', 'FR', 'AU', 'US', 'UK'];

/**
 * unit_pricing_measure / unit_pricing_base_measure "Supported units": MICROSOFT_SECTION.other. The model also has
 * `sheet` and `item`, which Microsoft does not list.
 */
export const MICROSOFT_UNITS: ReadonlySet<string> = new Set(['oz', 'lb', 'mg', 'g', 'kg', 'floz', 'pt', 'qt', 'gal', 'ml', 'cl', 'l', 'cbm', 'in', 'ft', 'yd', 'cm', 'm', 'sqft', 'sqm', 'ct']);

/** image_link "Image must be: bmp, gif, exif, jpg, png, tiff": MICROSOFT_SECTION.required (jpeg and tif are the same formats). */
export const MICROSOFT_IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['bmp', 'gif', 'exif', 'jpg', 'jpeg', 'png', 'tiff', 'tif']);
/** Image formats Microsoft does not list; only these extensions are reported (most image URLs name no format). */
export const OTHER_IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['webp', 'avif', 'svg', 'heic', 'heif', 'jxl']);

/**
 * age_group, color, gender and size are "Required for all Apparel & Accessories products when targeting these
 * countries: France, Germany, United Kingdom, and United States": MICROSOFT_SECTION.apparel.
 */
export const APPAREL_COUNTRIES: ReadonlySet<string> = new Set(['FR', 'DE', 'GB', 'US']);
export const APPAREL_CATEGORY_ID = 166;
export const APPAREL_PATH_PREFIX = 'Apparel & Accessories';

/** shipping "is a required field for Austria and Germany only": MICROSOFT_SECTION.required */
export const SHIPPING_REQUIRED_COUNTRIES: ReadonlySet<string> = new Set(['AT', 'DE']);

/** The variant attributes an item group must use ("size, color, material, pattern, age_group, or gender"): MICROSOFT_SECTION.variants */
export const GROUP_ATTRIBUTES = ['size', 'color', 'material', 'pattern', 'ageGroup', 'gender'] as const;
