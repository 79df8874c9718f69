import type { AgeGroup, Availability, Condition, Gender, SizeSystem, Variant } from './generated/product.js';
import type { Origin } from './diagnostic.js';

/**
 * The resolved model: what every channel reads. It is built once per product by the enrich stage from a
 * valid canonical record (schemas/product.schema.json), with money in integer minor units, availability
 * decided, text cleaned and URLs absolute. Channels format these values; they never recompute them.
 */
export interface Money {
  /** Integer minor units (cents for USD, yen for JPY, fils for KWD). */
  minor: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface ResolvedSale {
  price: Money;
  /** ISO 8601 instants as given (dates read as 00:00 UTC), when the sale has a window. */
  startsAt?: string;
  endsAt?: string;
  /** Whether the sale is on at the run's "now". */
  active: boolean;
  /** How a feed with a sale price and a "start/end" effective-date window states this sale. */
  window: SaleWindow;
}

/**
 * The sale as Google, Microsoft and Meta state it: a sale price with an optional "start/end" window, both ends
 * required (https://support.google.com/merchants/answer/6324460). Decided once in enrich so the feeds agree:
 * - `window`: the sale has an end; one with no start is on now, so it runs from the run's instant;
 * - `open`: on now and without an end, so a sale price alone ("remains on sale until removed");
 * - `unstated`: starts later and has no end, which no window can say; feeds leave it out until it starts.
 */
export type SaleWindow = { kind: 'window'; start: string; end: string } | { kind: 'open' } | { kind: 'unstated' };

export interface ResolvedVariant {
  id: string;
  sku?: string;
  /** The variant's own title, or the product title followed by its attribute values. */
  title: string;
  /** The variant's page: its own URL, else the product's. */
  url: string;
  /** Where a buyer is sent to buy one of it, from the config's purchase URL template, when there is one. */
  purchaseUrl?: string;
  /** The variant's images first, then the product's, without repeats. */
  images: string[];
  gtin?: string;
  mpn?: string;
  /** False only when the item has neither a GTIN nor a brand with an MPN (https://support.google.com/merchants/answer/6324478). */
  identifierExists: boolean;
  condition?: Condition;
  color?: string;
  size?: string;
  sizeSystem?: SizeSystem;
  gender?: Gender;
  ageGroup?: AgeGroup;
  material?: string;
  pattern?: string;
  /** Other options, name to value. */
  options: Record<string, string>;
  /** The regular price. */
  price: Money;
  sale?: ResolvedSale;
  /** What a buyer pays at the run's "now": the sale price while the sale is on, else the regular price. */
  currentPrice: Money;
  availability: Availability;
  availabilityDate?: string;
  stockQuantity?: number;
  /** Prices for the config's extra markets, converted by its fixed rates; one entry per market, in config order. */
  markets?: ResolvedMarketPrice[];
  weight?: Variant['weight'];
  dimensions?: Variant['dimensions'];
  unitPricing?: Variant['unitPricing'];
  /** The unit price, worked out once from `currentPrice` where the units relate exactly. */
  unitPrice?: ResolvedUnitPrice;
}

/** What `reference` worth of the variant costs at its current price (enrich/unit-price.ts). */
export interface ResolvedUnitPrice {
  /** The price of `reference` worth, in minor units of the variant's currency. */
  price: Money;
  /** The quantity in the package, as the catalog states it. */
  measure: NonNullable<Variant['unitPricing']>['measure'];
  /** The quantity the price is given per; a whole number. */
  reference: NonNullable<Variant['unitPricing']>['baseMeasure'];
}

export interface ResolvedMarketPrice {
  country: string;
  price: Money;
  currentPrice: Money;
  /** The sale price, while the variant has a sale (active or scheduled), converted. */
  salePrice?: Money;
}

export type VaryingAttribute = 'color' | 'size' | 'material' | 'pattern' | 'gender' | 'ageGroup' | `option:${string}`;

export interface ResolvedProduct {
  id: string;
  title: string;
  /** Plain text, structure kept as line breaks. */
  description?: string;
  /** The HTML as given, for channels that accept HTML. */
  descriptionHtml?: string;
  url: string;
  images: string[];
  brand?: string;
  googleCategory?: { id: number; path: string };
  /** The shop's own category path, split into levels. */
  productType?: string[];
  isDigital: boolean;
  /** The attributes whose values really differ between the variants, in a fixed order. */
  variesBy: VaryingAttribute[];
  /** More than one variant: published as a group (ProductGroup, item_group_id). */
  isGroup: boolean;
  variants: ResolvedVariant[];
  /** The lowest and highest prices of the variants, one entry per currency in the order first seen. */
  priceRanges: ResolvedPriceRange[];
  origin: Origin;
}

/** A product's prices in one currency (enrich/price-ranges.ts): compared in minor units, never recomputed by channels. */
export interface ResolvedPriceRange {
  currency: string;
  /** What a buyer pays now. */
  current: { min: Money; max: Money };
  regular: { min: Money; max: Money };
  /** How many variants in this currency there are, and how many of them are on sale now. */
  variants: number;
  onSale: number;
}
