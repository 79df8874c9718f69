/**
 * The UCP catalog payloads as TypeScript types: the JSON the catalog API returns, as the UCP schemas of
 * 2026-04-08 and 2026-08-25 define it (schemas/shopping/types/product.json, variant.json and what they reference;
 * the shared types moved from shopping/types/ to common/types/ in 2026-08-25 with the same fields). Only the
 * fields agentshelf fills are typed; the schemas allow more.
 */

/** ISO 4217 minor units (types/amount.json): an integer, never a decimal. */
export interface UcpPrice {
  amount: number;
  currency: string;
}

export interface UcpPriceRange {
  min: UcpPrice;
  max: UcpPrice;
}

/** At least one format (types/description.json, minProperties 1). */
export interface UcpDescription {
  plain?: string;
  html?: string;
  markdown?: string;
}

/** types/category.json; `taxonomy` well-known values: google_product_category, shopify, merchant. */
export interface UcpCategory {
  value: string;
  taxonomy?: string;
}

/** types/media.json; `type` well-known values: image, video, model_3d. */
export interface UcpMedia {
  type: string;
  url: string;
  alt_text?: string;
}

export interface UcpOptionValue {
  label: string;
}

export interface UcpProductOption {
  name: string;
  values: UcpOptionValue[];
}

export interface UcpSelectedOption {
  name: string;
  label: string;
}

/** types/link.json; well-known `type` values: privacy_policy, terms_of_service, refund_policy, shipping_policy, faq. */
export interface UcpLink {
  type: string;
  url: string;
}

export interface UcpSeller {
  name: string;
  links?: UcpLink[];
}

/**
 * A quantity of a unit price. 2026-04-08 (variant.json unit_price): `value` a number in `unit`. 2026-08-25
 * (common/types/measure.json, unit.json): `value` an integer count of 10^-`scale` steps of `unit` (a Rec 20 code
 * where one fits) and a required `display_text`.
 */
export interface UcpMeasure {
  value: number;
  unit: string;
  scale?: number;
  display_text?: string;
}

/** variant.json unit_price (2026-08-25: types/unit_price.json): the price per `reference` quantity, precomputed by the business. */
export interface UcpUnitPrice {
  amount: number;
  currency: string;
  measure: UcpMeasure;
  reference: UcpMeasure;
}

/** variant.json availability; `status` well-known values: in_stock, backorder, preorder, out_of_stock, discontinued. */
export interface UcpAvailability {
  available: boolean;
  status: string;
}

export interface UcpVariantMetadata {
  /** agentshelf's purchase hand-off: the URL that buys one of the variant (the JSON-LD offer's BuyAction target). */
  purchase_url?: string;
}

export interface UcpVariant {
  id: string;
  sku?: string;
  barcodes?: Array<{ type: string; value: string }>;
  title: string;
  description: UcpDescription;
  url?: string;
  price: UcpPrice;
  list_price?: UcpPrice;
  unit_price?: UcpUnitPrice;
  availability: UcpAvailability;
  options?: UcpSelectedOption[];
  media?: UcpMedia[];
  metadata?: UcpVariantMetadata;
  seller?: UcpSeller;
}

export interface UcpProductMetadata {
  brand?: string;
}

export interface UcpProduct {
  id: string;
  title: string;
  description: UcpDescription;
  url?: string;
  categories?: UcpCategory[];
  price_range: UcpPriceRange;
  list_price_range?: UcpPriceRange;
  media?: UcpMedia[];
  options?: UcpProductOption[];
  variants: UcpVariant[];
  metadata?: UcpProductMetadata;
}

/** types/input_correlation.json; `match` well-known values: exact, featured. */
export interface UcpInputCorrelation {
  id: string;
  match?: 'exact' | 'featured';
}

export interface UcpLookupVariant extends UcpVariant {
  inputs: UcpInputCorrelation[];
}

export interface UcpLookupProduct extends Omit<UcpProduct, 'variants'> {
  variants: UcpLookupVariant[];
}

/** catalog_lookup.json detail_product: a product with the option selections its variants match. */
export interface UcpDetailProduct extends UcpProduct {
  selected?: UcpSelectedOption[];
}

/** ucp.json#/$defs/response_catalog_schema: the protocol metadata of every catalog response. */
export interface UcpCatalogMeta {
  version: string;
  status?: 'success' | 'error';
  capabilities?: Record<string, Array<{ version: string }>>;
}

export interface UcpMessage {
  type: 'error' | 'warning' | 'info';
  code?: string;
  path?: string;
  content: string;
  severity?: 'recoverable' | 'requires_buyer_input' | 'requires_buyer_review' | 'unrecoverable';
}

export interface UcpPaginationResponse {
  has_next_page: boolean;
  cursor?: string;
  total_count?: number;
}

export interface UcpSearchResponse {
  ucp: UcpCatalogMeta;
  products: UcpProduct[];
  pagination?: UcpPaginationResponse;
  messages?: UcpMessage[];
}

export interface UcpLookupResponse {
  ucp: UcpCatalogMeta;
  products: UcpLookupProduct[];
  messages?: UcpMessage[];
}

export interface UcpProductResponse {
  ucp: UcpCatalogMeta;
  product: UcpDetailProduct;
  messages?: UcpMessage[];
}

export interface UcpErrorResponse {
  ucp: UcpCatalogMeta & { status: 'error' };
  messages: UcpMessage[];
  /** Where the buyer can carry on on the web (error_response.json continue_url, format uri). */
  continue_url?: string;
}

/**
 * Codes of the transport errors the catalog API sends (overview, "Error Codes": the negotiation errors; catalog
 * lookup page, "Batch Size": request_too_large).
 */
export type UcpTransportErrorCode = 'invalid_profile_url' | 'profile_unreachable' | 'profile_malformed' | 'version_unsupported' | 'request_too_large';

/** The body of a transport error: the REST 4xx body and the MCP JSON-RPC error.data (overview, "Transport Bindings"). */
export interface UcpTransportError {
  /** A code of the table (UCP_TRANSPORT_ERRORS), or a request error of the server's own (invalid_request). */
  code: UcpTransportErrorCode | (string & {});
  content: string;
  continue_url?: string;
}
