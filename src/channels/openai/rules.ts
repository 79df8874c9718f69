import { defineRule } from '../../model/rule.js';
import { OPENAI_PRODUCTS_URL, OPENAI_SECTION, OPENAI_STABLE_URL } from './spec.js';

// Rows: what leaves a variant out of the feed.

export const openaiIdTooLong = defineRule({
  id: 'openai/id-too-long',
  description: 'OpenAI item_id is at most 100 characters and must stay stable, so it cannot be cut; the variant is left out of the OpenAI feed.',
  severity: 'error',
  url: OPENAI_STABLE_URL,
  fix: 'Give the variant an id of 100 characters or fewer in the shop. OpenAI takes a new id as a new item, without the old one\'s history.',
  example: {
    input: 'A variant "id" of 104 characters, such as a SKU with the full product name and options built in',
    finding: 'The variant id has 104 characters; item_id allows 100 and cannot be shortened without breaking its history.',
  },
});

export const openaiDescriptionMissing = defineRule({
  id: 'openai/description-missing',
  description: 'description is one of the nine required fields of the OpenAI feed; a product without one is left out.',
  severity: 'error',
  url: OPENAI_SECTION.basic,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
  example: {
    input: '{ "id": "tee-1", "title": "Cotton t-shirt", "url": "/products/tee-1", "variants": [...] } with no "description"',
    finding: 'The product has no description.',
  },
});

export const openaiBrandMissing = defineRule({
  id: 'openai/brand-missing',
  description: 'brand is one of the nine required fields of the OpenAI feed ("use a real brand, not placeholders"); a product without one is left out.',
  severity: 'error',
  url: OPENAI_SECTION.basic,
  fix: 'Add the brand to the catalog, or for a single-brand shop set "defaults.brand" in the config.',
  example: {
    input: 'A product "tee-1" with no "brand", and no "defaults.brand" in the config',
    finding: 'The product has no brand.',
  },
});

export const openaiImageMissing = defineRule({
  id: 'openai/image-missing',
  description: 'image_url is one of the nine required fields of the OpenAI feed; a variant without any image is left out.',
  severity: 'error',
  url: OPENAI_SECTION.basic,
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
  example: {
    input: '"images": [] on the product "tee-1", and no "images" on its variant',
    finding: 'The variant has no image, nor does its product.',
  },
});

export const openaiAvailabilityDateMissing = defineRule({
  id: 'openai/availability-date-missing',
  description: 'The "currently stable" OpenAI spec requires availability_date when availability is pre_order; a preorder variant without one is left out of the OpenAI feed, so the row satisfies both revisions.',
  severity: 'error',
  url: OPENAI_STABLE_URL,
  fix: 'Give preorder variants the date they become available (availabilityDate).',
  example: {
    input: '"variants": [{ "id": "tee-1-m", "price": "18.00", "availability": "preorder" }] with no "availabilityDate"',
    finding: 'The variant is on pre-order with no availability date.',
  },
});

export const openaiIdBreaksTsv = defineRule({
  id: 'openai/id-breaks-tsv',
  description: 'The variant id (item_id) or product id (group_id) holds a line or paragraph separator (U+0085, U+2028, U+2029) that a TSV cell cannot carry, and an id is never changed; when the feed is also written as TSV the variant is left out of the OpenAI feed, so every format carries the same rows.',
  severity: 'error',
  url: 'https://www.iana.org/assignments/media-types/text/tab-separated-values',
  fix: 'Remove the line or paragraph separator from the id in the shop, or drop "tsv" from "feeds.openai.formats" in the config: JSON Lines and CSV carry the id as it is.',
  example: {
    input: '"variants": [{ "id": "tee-1\\u2028m" }], with "feeds": { "openai": { "formats": ["jsonl", "tsv"] } } in the config',
    finding: 'item_id holds a line or paragraph separator that a TSV cell cannot carry, and an id is never changed, so the variant is left out of every format of the OpenAI feed.',
  },
});

export const openaiRowInvalid = defineRule({
  id: 'openai/row-invalid',
  description: 'A feed row fails schemas/openai-product-feed.schema.json (one finding per problem; the pointer names the field of the feed row); the row is left out.',
  severity: 'error',
  url: OPENAI_PRODUCTS_URL,
  fix: 'Correct the catalog value the named feed field is written from (here: a GTIN of 8, 12, 13 or 14 digits). The checks before the feed catch most such values, so a row that fails with a valid catalog value is an agentshelf bug to report.',
  example: {
    input: 'A feed row built with "gtin": "12345"',
    finding: 'gtin must match pattern "^([0-9]{8}|[0-9]{12,14})$" (schemas/openai-product-feed.schema.json, pattern).',
  },
});

export const openaiCurrencyMismatch = defineRule({
  id: 'openai/currency-mismatch',
  description: 'Every money field of a row (price, sale_price, shipping) must be in the same currency; the row is left out.',
  severity: 'error',
  url: OPENAI_SECTION.price,
  fix: 'Price the config\'s "shipping" rates in the products\' currency. A variant\'s price and sale price always share one currency in the catalog, so a mismatch between them is an agentshelf bug to report.',
  example: {
    input: 'A feed row built with "price": "18.00 USD" and "sale_price": "15.00 EUR"',
    finding: 'sale_price is in EUR but price is in USD; a row uses one currency.',
  },
});

export const openaiSalePriceNotBelowPrice = defineRule({
  id: 'openai/sale-price-not-below-price',
  description: 'sale_price must be strictly less than price (the schema checks that it is above zero); the row is left out.',
  severity: 'error',
  url: OPENAI_SECTION.price,
  fix: 'Make the variant\'s "salePrice" lower than its "price" in the catalog, or remove the sale price.',
  example: {
    input: 'A feed row built with "price": "18.00 USD" and "sale_price": "20.00 USD"',
    finding: 'sale_price 20.00 USD is not below price 18.00 USD; OpenAI does not use such a sale.',
  },
});

// Values: what is cut or left out of a published row.

export const openaiTitleTooLong = defineRule({
  id: 'openai/title-too-long',
  description: 'OpenAI titles are at most 150 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
  fix: 'Shorten the title in the shop to 150 characters or fewer. A variant without its own "title" takes the product title followed by its option values.',
  example: {
    input: '"title": "Organic cotton crew-neck t-shirt, heavyweight 220 gsm, pre-shrunk, garment-dyed in heather grey, ..." (154 characters)',
    finding: 'title has 154 characters; OpenAI allows 150, so it was cut at a word boundary.',
  },
});

export const openaiDescriptionTooLong = defineRule({
  id: 'openai/description-too-long',
  description: 'OpenAI descriptions are at most 5,000 characters of plain text; the description is cut at a word boundary.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
  fix: 'Shorten the description in the shop to 5,000 characters or fewer, counted as plain text after HTML is removed.',
  example: {
    input: '"description": "Soft organic cotton t-shirt. ..." (5,230 characters of plain text)',
    finding: 'description has 5230 characters; OpenAI allows 5000, so it was cut at a word boundary.',
  },
});

export const openaiValueTooLong = defineRule({
  id: 'openai/value-too-long',
  description: 'A text field is longer than OpenAI allows (brand and seller_name 70, material 100, color 40, size 20, mpn 70); descriptive values are cut at a word boundary, identifying ones (size, mpn) are left out.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
  fix: 'Shorten the value in the catalog to OpenAI\'s limit: brand 70 characters, material 100, color 40, size 20, mpn 70.',
  example: {
    input: '"variants": [{ "id": "tee-1-xlt", "size": "Extra large tall, slim fit" }]',
    finding: 'size has 26 characters; OpenAI allows 20, and a cut size would name something else, so it is left out.',
  },
});

export const openaiGroupIdEqualsItemId = defineRule({
  id: 'openai/group-id-equals-item-id',
  description: 'group_id must differ from every item_id of the group, or OpenAI ignores the variant options; the variant is published without group_id, listing_has_variations and variant_dict.',
  severity: 'warning',
  url: OPENAI_SECTION.variants,
  fix: 'Give the variant an id of its own, different from the product id (for example "tee-1-m").',
  example: {
    input: '"id": "tee-1", "variants": [{ "id": "tee-1", "size": "M" }, { "id": "tee-1-l", "size": "L" }]',
    finding: 'The variant id equals its product id "tee-1"; OpenAI ignores variant options then, so the row is published without them.',
  },
});

// The run: findings about the config, reported once per run (never once per row).

export const openaiCheckoutNeedsSearch = defineRule({
  id: 'openai/checkout-needs-search',
  description: 'feeds.openai.checkout asks for is_eligible_checkout, but search is off and "search set to false overrides this flag"; every row is written with is_eligible_checkout false.',
  severity: 'warning',
  url: OPENAI_SECTION.checkout,
  fix: 'Set "feeds.openai.search" to true (the default) to have checkout, or set "feeds.openai.checkout" to false.',
  example: {
    input: 'Config "feeds": { "openai": { "checkout": true, "search": false } }',
    finding: 'feeds.openai.checkout is true but feeds.openai.search is false; checkout needs search, so is_eligible_checkout is written false.',
  },
});

export const openaiCheckoutNeedsPolicies = defineRule({
  id: 'openai/checkout-needs-policies',
  description: 'feeds.openai.checkout asks for is_eligible_checkout, but checkout needs seller_privacy_policy and seller_tos (policies.privacy and policies.terms); every row is written with is_eligible_checkout false.',
  severity: 'warning',
  url: OPENAI_SECTION.checkout,
  fix: 'Set "policies.privacy" and "policies.terms" in the config to the URLs of the shop\'s privacy policy and terms of service.',
  example: {
    input: 'Config "feeds": { "openai": { "checkout": true } } and no "policies"',
    finding: 'feeds.openai.checkout is true but policies.privacy and policies.terms are not set; is_eligible_checkout is written false.',
  },
});

export const openaiSellerNameTooLong = defineRule({
  id: 'openai/seller-name-too-long',
  description: 'seller_name (the shop name) is at most 70 characters; it is cut at a word boundary on every row.',
  severity: 'warning',
  url: OPENAI_STABLE_URL,
  fix: 'Set "shop.name" in the config to a name of 70 characters or fewer.',
  example: {
    input: 'Config "shop": { "name": "Northline Organic Cotton Tees and Ceramic Mugs, Handmade in Portland, Oregon", ... }',
    finding: 'The shop name has 76 characters; seller_name allows 70, so it was cut at a word boundary.',
  },
});

export const openaiShippingCurrency = defineRule({
  id: 'openai/shipping-currency',
  description: 'Shipping rates priced in another currency than a row\'s price are left out of its shipping field (one currency per row).',
  severity: 'warning',
  url: OPENAI_SECTION.fulfillment,
  fix: 'Price each rate in "shipping" in the currency of the products it ships (a rate\'s "currency" defaults to the shop currency). Rows carry only the rates in their own currency.',
  example: {
    input: 'A USD shop with "shipping": [{ "country": "US", "service": "Standard", "price": "5.95" }, { "country": "CA", "service": "Standard", "price": "15.00", "currency": "CAD" }]',
    finding: '1 shipping rate(s) are priced in another currency than USD prices; rows priced in USD carry only the rates in USD.',
  },
});

export const openaiShippingNotExpressible = defineRule({
  id: 'openai/shipping-not-expressible',
  description: 'A shipping rate whose region or service contains ":" or "," cannot be written in the colon-separated shipping tuple; it is left out of the OpenAI feed.',
  severity: 'warning',
  url: OPENAI_SECTION.fulfillment,
  fix: 'Rename the rate\'s "service" in the config\'s "shipping" so it holds no ":" or ",".',
  example: {
    input: 'Config "shipping": [{ "country": "US", "service": "Express: next day", "price": "19.00" }]',
    finding: 'Shipping rate 1 (US, "Express: next day") has a ":" or "," in its region or service, which the shipping tuple cannot hold; it is left out.',
  },
});

export const openaiMarketNotRepresented = defineRule({
  id: 'openai/market-not-represented',
  description: 'target_countries or store_country names a country the shared OpenAI format does not represent yet (US, CA, MX); standard uploads are treated as US until OpenAI confirms the market.',
  severity: 'info',
  url: OPENAI_SECTION.geo,
  fix: 'Nothing to do in agentshelf: ask OpenAI to confirm the market setup for the country. "feeds.openai.targetCountries" sets target_countries; store_country is always "shop.country".',
  example: {
    input: 'Config "shop": { "country": "JP", ... } and no "feeds.openai.targetCountries"',
    finding: 'OpenAI\'s shared format represents US, CA and MX today; JP needs market setup confirmed by OpenAI, or the upload is treated as US.',
  },
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
