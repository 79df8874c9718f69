/**
 * The shapes of the ACP feed (Agentic Commerce Protocol 2026-04-17, `schema.feed.json` `$defs`):
 * https://github.com/agentic-commerce-protocol/agentic-commerce-protocol/blob/main/spec/2026-04-17/json-schema/schema.feed.json
 * Every object there has `additionalProperties: false`, so these interfaces list exactly the properties the
 * schema defines (the ones we write); anything else would make a line invalid.
 */

/** `$defs.Price`: ISO 4217 minor units, never a decimal. */
export interface AcpPrice {
  amount: number;
  currency: string;
}

/** `$defs.Description`: at least one of its properties (`minProperties: 1`). */
export interface AcpDescription {
  plain?: string;
  html?: string;
}

/** `$defs.Media`. */
export interface AcpMedia {
  type: 'image';
  url: string;
}

/** `$defs.Barcode`. */
export interface AcpBarcode {
  type: string;
  value: string;
}

/** `$defs.Availability`: `available` is purchasability, `status` the fulfillment state. */
export interface AcpAvailability {
  available: boolean;
  status: AcpAvailabilityStatus;
}

/** The known values of `Availability.status` (the schema keeps the string open; we write only these). */
export type AcpAvailabilityStatus = 'in_stock' | 'limited_stock' | 'backorder' | 'preorder' | 'out_of_stock' | 'discontinued';

/** `$defs.Category`. */
export interface AcpCategory {
  value: string;
  taxonomy: 'google_product_category' | 'merchant';
}

/** `$defs.VariantOption`. */
export interface AcpVariantOption {
  name: string;
  value: string;
}

/** `$defs.Link`: the policy link types the schema names. */
export interface AcpLink {
  type: AcpLinkType;
  title?: string;
  url: string;
}

export type AcpLinkType = 'privacy_policy' | 'terms_of_service' | 'refund_policy' | 'shipping_policy';

/** `$defs.Seller`. */
export interface AcpSeller {
  name: string;
  links?: AcpLink[];
}

/** `$defs.UnitPrice`: `measure.value` is any number, `reference.value` an integer. */
export interface AcpUnitPrice {
  amount: number;
  currency: string;
  measure: { value: number; unit: string };
  reference: { value: number; unit: string };
}

/** `$defs.Variant`: `id` and `title` are required. */
export interface AcpVariant {
  id: string;
  title: string;
  url?: string;
  barcodes?: AcpBarcode[];
  price?: AcpPrice;
  list_price?: AcpPrice;
  unit_price?: AcpUnitPrice;
  availability?: AcpAvailability;
  categories?: AcpCategory[];
  condition?: string[];
  variant_options?: AcpVariantOption[];
  media?: AcpMedia[];
  seller?: AcpSeller;
}

/** `$defs.Product`: `id` and `variants` are required. One per line of products.jsonl. */
export interface AcpProduct {
  id: string;
  title?: string;
  description?: AcpDescription;
  url?: string;
  media?: AcpMedia[];
  variants: AcpVariant[];
}

/** `$defs.FeedMetadata`: metadata.json. */
export interface AcpFeedMetadata {
  id: string;
  target_country?: string;
  updated_at?: string;
}
