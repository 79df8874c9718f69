import type { Origin } from '../../../model/diagnostic.js';

/**
 * What one Shopify product states, in the same shape whether it was read from the product CSV export or from a
 * storefront's products.json. Both readers fill this and one function (to-canonical.ts) maps it to the canonical
 * model, so a product exported both ways cannot map two ways. Values are kept as the platform wrote them (a CSV
 * cell, a JSON string or number); the mapping checks them.
 */
export interface ShopifyProductFacts {
  handle: string;
  title?: unknown;
  bodyHtml?: unknown;
  vendor?: unknown;
  /** The shop's own product type (CSV Type, JSON product_type). */
  productType?: unknown;
  /** Option names by position: Option1..3 Name, or options[].name. */
  optionNames: Array<string | undefined>;
  /** Image URLs in Shopify's image order (Image Position / images[].position). */
  images: string[];
  /** The Google Shopping / … columns at product level (CSV only). */
  google: GoogleFacts;
  variants: ShopifyVariantFacts[];
  origin: Origin;
}

export interface GoogleFacts {
  category?: string;
  gender?: string;
  ageGroup?: string;
  condition?: string;
}

/**
 * CSV: Inventory Tracker / Qty / Policy; `trackerColumn` says whether the export has the tracker column at all,
 * as an empty cell (not tracked) and a missing column (nothing stated) mean different things. JSON: the
 * `available` flag, the only stock fact products.json shows.
 */
export type StockFacts = { kind: 'inventory'; trackerColumn: boolean; tracker?: string; quantity?: string; policy?: string } | { kind: 'available'; available?: unknown };

export interface UnitPriceFacts {
  totalMeasure?: string;
  totalUnit?: string;
  baseMeasure?: string;
  baseUnit?: string;
}

export interface ShopifyVariantFacts {
  /** Option1..3 Value, or option1..3. */
  optionValues: Array<string | undefined>;
  sku?: unknown;
  price?: unknown;
  compareAtPrice?: unknown;
  stock: StockFacts;
  grams?: unknown;
  requiresShipping?: unknown;
  barcode?: unknown;
  image?: string;
  /** Shopify's numeric variant id: products.json has it, the CSV export does not. */
  platformId?: string;
  /** Google Shopping / MPN and the variant row's own Google Shopping values (CSV only). */
  mpn?: string;
  google: GoogleFacts;
  unitPrice?: UnitPriceFacts;
  origin: Origin;
}
