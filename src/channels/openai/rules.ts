import { defineRule } from '../../model/rule.js';
import { OPENAI_PRODUCTS_URL, OPENAI_SECTION, OPENAI_STABLE_URL } from './spec.js';

// Rows: what leaves a variant out of the feed.

export const openaiIdTooLong = defineRule({
  id: 'openai/id-too-long',
  description: 'OpenAI item_id is at most 100 characters and must stay stable, so it cannot be cut; the variant is left out of the OpenAI feed.',
  severity: 'error',
  url: OPENAI_STABLE_URL,
});

export const openaiDescriptionMissing = defineRule({
  id: 'openai/description-missing',
  description: 'description is one of the nine required fields of the OpenAI feed; a product without one is left out.',
  severity: 'error',
  url: OPENAI_SECTION.basic,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
});

export const openaiBrandMissing = defineRule({
  id: 'openai/brand-missing',
  description: 'brand is one of the nine required fields of the OpenAI feed ("use a real brand, not placeholders"); a product without one is left out.',
  severity: 'error',
  url: OPENAI_SECTION.basic,
  fix: 'Add the brand to the catalog, or for a single-brand shop set "defaults.brand" in the config.',
});

export const openaiImageMissing = defineRule({
  id: 'openai/image-missing',
  description: 'image_url is one of the nine required fields of the OpenAI feed; a variant without any image is left out.',
  severity: 'error',
  url: OPENAI_SECTION.basic,
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
});

export const openaiAvailabilityDateMissing = defineRule({
  id: 'openai/availability-date-missing',
  description: 'The "currently stable" OpenAI spec requires availability_date when availability is pre_order; a preorder variant without one is left out of the OpenAI feed, so the row satisfies both revisions.',
  severity: 'error',
  url: OPENAI_STABLE_URL,
  fix: 'Give preorder variants the date they become available (availabilityDate).',
});

export const openaiIdBreaksTsv = defineRule({
  id: 'openai/id-breaks-tsv',
  description: 'The variant id (item_id) or product id (group_id) holds a line or paragraph separator (U+0085, U+2028, U+2029) that a TSV cell cannot carry, and an id is never changed; when the feed is also written as TSV the variant is left out of the OpenAI feed, so every format carries the same rows.',
  severity: 'error',
  url: 'https://www.iana.org/assignments/media-types/text/tab-separated-values',
});

export const openaiRowInvalid = defineRule({
  id: 'openai/row-invalid',
  description: 'A feed row fails schemas/openai-product-feed.schema.json (one finding per problem; the pointer names the field of the feed row); the row is left out.',
  severity: 'error',
  url: OPENAI_PRODUCTS_URL,
});

export const openaiCurrencyMismatch = defineRule({
  id: 'openai/currency-mismatch',
  description: 'Every money field of a row (price, sale_price, shipping) must be in the same currency; the row is left out.',
  severity: 'error',
  url: OPENAI_SECTION.price,
});

export const openaiSalePriceNotBelowPrice = defineRule({
  id: 'openai/sale-price-not-below-price',
  description: 'sale_price must be strictly less than price (the schema checks that it is above zero); the row is left out.',
  severity: 'error',
  url: OPENAI_SECTION.price,
});

// Values: what is cut or left out of a published row.

export const openaiTitleTooLong = defineRule({
  id: 'openai/title-too-long',
  description: 'OpenAI titles are at most 150 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
});

export const openaiDescriptionTooLong = defineRule({
  id: 'openai/description-too-long',
  description: 'OpenAI descriptions are at most 5,000 characters of plain text; the description is cut at a word boundary.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
});

export const openaiValueTooLong = defineRule({
  id: 'openai/value-too-long',
  description: 'A text field is longer than OpenAI allows (brand and seller_name 70, material 100, color 40, size 20, mpn 70); descriptive values are cut at a word boundary, identifying ones (size, mpn) are left out.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
});

export const openaiGroupIdEqualsItemId = defineRule({
  id: 'openai/group-id-equals-item-id',
  description: 'group_id must differ from every item_id of the group, or OpenAI ignores the variant options; the variant is published without group_id, listing_has_variations and variant_dict.',
  severity: 'warning',
  url: OPENAI_SECTION.variants,
});

// The run: findings about the config, reported once per run (never once per row).

export const openaiCheckoutNeedsSearch = defineRule({
  id: 'openai/checkout-needs-search',
  description: 'feeds.openai.checkout asks for is_eligible_checkout, but search is off and "search set to false overrides this flag"; every row is written with is_eligible_checkout false.',
  severity: 'warning',
  url: OPENAI_SECTION.checkout,
});

export const openaiCheckoutNeedsPolicies = defineRule({
  id: 'openai/checkout-needs-policies',
  description: 'feeds.openai.checkout asks for is_eligible_checkout, but checkout needs seller_privacy_policy and seller_tos (policies.privacy and policies.terms); every row is written with is_eligible_checkout false.',
  severity: 'warning',
  url: OPENAI_SECTION.checkout,
});

export const openaiSellerNameTooLong = defineRule({
  id: 'openai/seller-name-too-long',
  description: 'seller_name (the shop name) is at most 70 characters; it is cut at a word boundary on every row.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
});

export const openaiShippingCurrency = defineRule({
  id: 'openai/shipping-currency',
  description: 'Shipping rates priced in another currency than a row\'s price are left out of its shipping field (one currency per row).',
  severity: 'warning',
  url: OPENAI_SECTION.fulfillment,
});

export const openaiShippingNotExpressible = defineRule({
  id: 'openai/shipping-not-expressible',
  description: 'A shipping rate whose region or service contains ":" or "," cannot be written in the colon-separated shipping tuple; it is left out of the OpenAI feed.',
  severity: 'warning',
  url: OPENAI_SECTION.fulfillment,
});

export const openaiMarketNotRepresented = defineRule({
  id: 'openai/market-not-represented',
  description: 'target_countries or store_country names a country the shared OpenAI format does not represent yet (US, CA, MX); standard uploads are treated as US until OpenAI confirms the market.',
  severity: 'info',
  url: OPENAI_SECTION.geo,
});

export const OPENAI_RULES = [
  openaiIdTooLong,
  openaiIdBreaksTsv,
  openaiDescriptionMissing,
  openaiBrandMissing,
  openaiImageMissing,
  openaiAvailabilityDateMissing,
  openaiRowInvalid,
  openaiCurrencyMismatch,
  openaiSalePriceNotBelowPrice,
  openaiTitleTooLong,
  openaiDescriptionTooLong,
  openaiValueTooLong,
  openaiGroupIdEqualsItemId,
  openaiCheckoutNeedsSearch,
  openaiCheckoutNeedsPolicies,
  openaiSellerNameTooLong,
  openaiShippingCurrency,
  openaiShippingNotExpressible,
  openaiMarketNotRepresented,
] as const;
