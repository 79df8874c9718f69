/* Generated from schemas/product.schema.json by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */

/**
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Text".
 */
export type Text = string;
/**
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Url".
 */
export type Url = string;
/**
 * Image URLs, the main image first.
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "ImageList".
 */
export type ImageList = Url[];
/**
 * https://support.google.com/merchants/answer/6324469
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition = 'new' | 'refurbished' | 'used';
/**
 * https://support.google.com/merchants/answer/6324479
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Gender".
 */
export type Gender = 'male' | 'female' | 'unisex';
/**
 * https://support.google.com/merchants/answer/6324463
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "AgeGroup".
 */
export type AgeGroup = 'newborn' | 'infant' | 'toddler' | 'kids' | 'adult';
/**
 * https://support.google.com/merchants/answer/6324502
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "SizeSystem".
 */
export type SizeSystem = 'AU' | 'BR' | 'CN' | 'DE' | 'EU' | 'FR' | 'IT' | 'JP' | 'MEX' | 'UK' | 'US';
/**
 * ISO 4217 alphabetic code (https://www.iso.org/iso-4217-currency-codes.html).
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Currency".
 */
export type Currency = string;
/**
 * RFC 3339 date-time with an offset, or a calendar date (read as 00:00 UTC, reported).
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "DateTime".
 */
export type DateTime = string;
/**
 * What the shop does when stock runs out: deny further orders, or allow them as backorders.
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "BackorderPolicy".
 */
export type BackorderPolicy = 'deny' | 'allow';
/**
 * A non-empty identifier without leading or trailing white space or control characters.
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Identifier".
 */
export type Identifier = string;
/**
 * A non-negative decimal amount in major units: a string such as "15.00" or a JSON number. Converted to integer minor units by the currency's ISO 4217 exponent; never handled as a float.
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Decimal".
 */
export type Decimal = string | number;
/**
 * https://support.google.com/merchants/answer/6324448
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Availability".
 */
export type Availability = 'in_stock' | 'out_of_stock' | 'preorder' | 'backorder';

/**
 * agentshelf canonical product: one product with one or more purchasable variants. A simple product is a product with exactly one variant. This schema is the single source of truth for the model; the TypeScript types in src/model/generated are generated from it (npm run gen:types).
 */
export interface Product {
  /**
   * The shop's stable product id. Used as the item group id for variants and, made file-name safe, as the name of per-product output files.
   */
  id: string;
  title: Text;
  /**
   * Plain text or HTML. HTML is detected and turned into plain text for the channels that need it; the HTML is kept for channels that accept it.
   */
  description?: string;
  /**
   * The product page. Absolute, or relative to the shop URL.
   */
  url: string;
  /**
   * The product's URL slug on its platform (a Shopify handle, a WordPress post name): the {slug} of the config's defaults.productUrl template.
   */
  slug?: string;
  /**
   * The id the source platform gives the product (a WooCommerce post ID, a Shopify product id): the {platform_id} of the config's defaults.productUrl template.
   */
  platformId?: string;
  images?: ImageList;
  brand?: Text;
  condition?: Condition;
  /**
   * Google product taxonomy category, as its numeric id or its full path (https://support.google.com/merchants/answer/6324436).
   */
  googleProductCategory?: number | string;
  /**
   * The shop's own category path, levels separated by ' > ' (https://support.google.com/merchants/answer/6324406).
   */
  productType?: string;
  /**
   * ISO 4217 currency of every price in this product. Defaults to the shop's currency.
   */
  currency?: string;
  /**
   * True for products delivered digitally (no shipping).
   */
  isDigital?: boolean;
  gender?: Gender;
  ageGroup?: AgeGroup;
  material?: Text;
  pattern?: Text;
  sizeSystem?: SizeSystem;
  /**
   * @minItems 1
   */
  variants: [Variant, ...Variant[]];
}
/**
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Variant".
 */
export interface Variant {
  /**
   * The shop's stable id of this purchasable item (its SKU, or the platform's variant id). It is the item id in every feed.
   */
  id: string;
  /**
   * The merchant SKU, when it differs from id.
   */
  sku?: string;
  /**
   * Defaults to the product title followed by the variant's attribute values.
   */
  title?: string;
  /**
   * A URL that opens the product page with this variant preselected.
   */
  url?: string;
  images?: ImageList;
  /**
   * GTIN-8, -12, -13 or -14 (https://support.google.com/merchants/answer/6324461). Spaces and dashes are removed.
   */
  gtin?: string;
  /**
   * https://support.google.com/merchants/answer/6324482
   */
  mpn?: string;
  condition?: Condition;
  color?: Text;
  size?: Text;
  sizeSystem?: SizeSystem;
  gender?: Gender;
  ageGroup?: AgeGroup;
  material?: Text;
  pattern?: Text;
  /**
   * Other options that tell variants apart, name to value (for example {"Storage": "256 GB"}).
   */
  options?: {
    [k: string]: Text;
  };
  /**
   * The regular price.
   */
  price: string | number;
  currency?: Currency;
  /**
   * A reduced price, active inside the sale window when one is given.
   */
  salePrice?: string | number;
  saleStartsAt?: DateTime;
  saleEndsAt?: DateTime;
  /**
   * Stated availability. When absent, it is derived from stockQuantity and backorderPolicy; there is no default.
   */
  availability?: 'in_stock' | 'out_of_stock' | 'preorder' | 'backorder';
  /**
   * RFC 3339 date-time with an offset, or a calendar date (read as 00:00 UTC, reported).
   */
  availabilityDate?: string;
  stockQuantity?: number;
  backorderPolicy?: BackorderPolicy;
  weight?: Weight;
  dimensions?: Dimensions;
  unitPricing?: UnitPricing;
}
/**
 * https://support.google.com/merchants/answer/6324503
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Weight".
 */
export interface Weight {
  value: number;
  unit: 'g' | 'kg' | 'oz' | 'lb';
}
/**
 * https://support.google.com/merchants/answer/6324498
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Dimensions".
 */
export interface Dimensions {
  length: number;
  width: number;
  height: number;
  unit: 'cm' | 'in';
}
/**
 * Price per unit: the product's net quantity and the base quantity the unit price is shown for (https://support.google.com/merchants/answer/6324455, https://support.google.com/merchants/answer/6324490).
 *
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "UnitPricing".
 */
export interface UnitPricing {
  measure: Measure;
  baseMeasure: Measure;
}
/**
 * This interface was referenced by `Product`'s JSON-Schema
 * via the `definition` "Measure".
 */
export interface Measure {
  value: number;
  /**
   * Units of https://support.google.com/merchants/answer/6324455
   */
  unit:
    | 'oz'
    | 'lb'
    | 'mg'
    | 'g'
    | 'kg'
    | 'floz'
    | 'pt'
    | 'qt'
    | 'gal'
    | 'ml'
    | 'cl'
    | 'l'
    | 'cbm'
    | 'in'
    | 'ft'
    | 'yd'
    | 'cm'
    | 'm'
    | 'sqft'
    | 'sqm'
    | 'ct'
    | 'sheet'
    | 'item';
}
