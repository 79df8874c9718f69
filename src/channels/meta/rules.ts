import { defineRule } from '../../model/rule.js';

// Rule URLs point at the page that states the rule. The field tables are at META_FIELDS_URL (limits.ts); the
// constants are not imported here so this file stays a flat list of declarations.
const FIELDS = 'https://developers.facebook.com/docs/commerce-platform/catalog/fields';

export const metaIdTooLong = defineRule({
  id: 'meta/id-too-long',
  description: 'Meta content ids are at most 100 characters; ids cannot be shortened, so the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Give the variant an id of at most 100 characters in the shop, such as its SKU.',
  example: {
    input: '"variants": [{ "id": "tee-1-organic-cotton-crew-neck-…" }] with an id of 120 characters',
    finding: 'The item id has 120 characters; Meta allows 100.',
  },
});

export const metaItemGroupIdTooLong = defineRule({
  id: 'meta/item-group-id-too-long',
  description: 'Meta item_group_id is at most 100 characters; the variants are left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Give the product an id of at most 100 characters in the shop; Meta gets it as the item_group_id of the product\'s variants.',
  example: {
    input: 'A product with two variants whose "id" has 120 characters',
    finding: 'The item group id has 120 characters; Meta allows 100.',
  },
});

export const metaIdConflictsWithGroup = defineRule({
  id: 'meta/id-conflicts-with-group',
  description: 'A variant id equal to its item_group_id (the product id) is refused by Meta ("ID conflicts with group ID"); the item is left out of the Meta feed.',
  severity: 'error',
  // The troubleshooting page lists the conflict; read through a third-party copy (UNCONFIRMED wording).
  url: 'https://www.facebook.com/business/help/2041876302542944',
  fix: 'Give the variant an id of its own, different from the product id.',
  example: {
    input: '{ "id": "tee-1", "variants": [{ "id": "tee-1" }, { "id": "tee-1-l" }] }',
    finding: 'The variant id is the same as its item_group_id (the product id).',
  },
});

export const metaTitleTooLong = defineRule({
  id: 'meta/title-too-long',
  description: 'Meta titles are at most 200 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Shorten the product title, or the variant\'s own title, to at most 200 characters; Meta recommends at most 65. A variant without a title of its own gets the product title followed by its values (color, size).',
  example: {
    input: '"title": "Organic Cotton Tee, Relaxed Fit, Heavyweight …" (227 characters)',
    finding: 'The title has 227 characters; Meta allows 200, so it was cut at a word boundary.',
  },
});

export const metaDescriptionMissing = defineRule({
  id: 'meta/description-missing',
  description: 'Meta requires a description; the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
  example: {
    input: '{ "id": "tee-1", "title": "Organic Cotton Tee" } with no "description"',
    finding: 'The product has no description.',
  },
});

export const metaDescriptionTooLong = defineRule({
  id: 'meta/description-too-long',
  description: 'Meta descriptions are at most 9,999 characters; the description is cut at a word boundary.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Shorten the description to at most 9,999 characters, or leave it if the first 9,999 characters say what buyers need.',
  example: {
    input: '"description": "A midweight crew-neck tee in organic cotton. …" (12000 characters)',
    finding: 'The description has 12000 characters; Meta allows 9999, so it was cut at a word boundary.',
  },
});

export const metaDescriptionTooShort = defineRule({
  id: 'meta/description-too-short',
  description: 'Meta asks for descriptions of at least 30 characters; a shorter one is published but may be flagged.',
  severity: 'warning',
  url: 'https://www.facebook.com/business/help/2302017289821154',
  fix: 'Write a description of at least 30 characters that says what the product is, beyond its title.',
  example: {
    input: '"description": "Soft tee."',
    finding: 'The description has 9 characters; Meta asks for at least 30.',
  },
});

export const metaImageMissing = defineRule({
  id: 'meta/image-missing',
  description: 'Meta requires an image_link; the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
  example: {
    input: '{ "id": "tee-1", "images": [] } and no images on its variants',
    finding: 'The item has no image.',
  },
});

export const metaImageFormat = defineRule({
  id: 'meta/image-format',
  description: 'Meta takes JPEG and PNG images only; an image URL ending in another format (.webp, .gif, …) is probably refused.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Link the original JPEG or PNG image rather than a converted WebP or AVIF copy.',
  example: {
    input: '"images": ["https://shop.example/images/tee-1.webp"]',
    finding: 'The main image does not look like a JPEG or PNG file.',
  },
});

export const metaTooManyImages = defineRule({
  id: 'meta/too-many-images',
  description: 'Meta takes up to 20 additional images in at most 2,000 characters; the rest are left out.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Nothing to do if the first 20 additional images are the ones to show. Otherwise put those first in the image list (the variant\'s images come before the product\'s).',
  example: {
    input: '"images": ["https://shop.example/images/tee-1-0.jpg", …] with 25 URLs: the main image and 24 more',
    finding: 'The item has 24 additional images; Meta takes 20 within 2000 characters, so 20 were kept.',
  },
});

export const metaBrandMissing = defineRule({
  id: 'meta/brand-missing',
  description: 'Meta requires a brand for every item; without one the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Set "defaults.brand" in the config to the shop\'s own brand if it makes its products, or give each product its brand.',
  example: {
    input: '{ "id": "tee-1", "title": "Organic Cotton Tee" } with no "brand", and no "defaults.brand" in the config',
    finding: 'The product has no brand.',
  },
});

export const metaConditionMissing = defineRule({
  id: 'meta/condition-missing',
  description: 'Meta requires a condition (new, refurbished or used) for every item; without one the item cannot be listed and is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Set "defaults.condition" in the config (e.g. "new") if every product is new, or give each product its condition.',
  example: {
    input: '{ "id": "tee-1" } with no "condition" on the product or its variants, and no "defaults.condition" in the config',
    finding: 'The item has no condition.',
  },
});

export const metaValueTooLong = defineRule({
  id: 'meta/value-too-long',
  description: 'A text field (brand, color, size, material, pattern, product_type) is longer than Meta allows; it is cut, or left out where cutting would change its meaning (mpn).',
  severity: 'warning',
  url: FIELDS,
  fix: 'Shorten the value in the shop to Meta\'s limit: brand, pattern and MPN 100 characters; color, size and material 200; product type 750.',
  example: {
    input: '"brand": "Alder & Pine Heritage Organic Cotton Outfitters …" (120 characters)',
    finding: 'The brand has 120 characters; Meta allows 100, so it was cut at a word boundary.',
  },
});

export const metaXmlForbiddenCharacter = defineRule({
  id: 'meta/xml-forbidden-character',
  description: 'Characters XML 1.0 forbids were removed so the Meta feed stays well-formed.',
  severity: 'warning',
  kind: 'enriched',
  url: 'https://www.w3.org/TR/xml/#charsets',
  fix: 'Nothing to do: the feed has the value without the character. To stop the finding, remove the character from the value in the shop; this is most often a product or variant id, as text fields are cleaned when the catalog is read.',
  example: {
    input: '"variants": [{ "id": "tee-1-m\\uFFFF" }] (an id ending in the noncharacter U+FFFF)',
    finding: '1 character(s) XML 1.0 forbids were removed from id.',
  },
});

export const metaAvailabilityUnlisted = defineRule({
  id: 'meta/availability-unlisted',
  description: 'Preorder and backorder items are written as "preorder" and "available for order", values of Meta\'s catalog API and country-feed template that its feed field table does not list; Meta may refuse them.',
  severity: 'warning',
  url: 'https://developers.facebook.com/docs/marketing-api/reference/product-item/',
  fix: 'Nothing to do unless Meta refuses these items in Commerce Manager. To quiet the warning once checked, set "rules": { "meta/availability-unlisted": "off" } in the config.',
  example: {
    input: '"variants": [{ "id": "mug-1", "availability": "backorder" }]',
    finding: 'The item is on backorder, written as "available for order", which Meta\'s feed field table does not list.',
  },
});

export const metaSaleNotExpressible = defineRule({
  id: 'meta/sale-not-expressible',
  description: 'A sale that starts later and has no end cannot be written as sale_price_effective_date (start/end); it is left out of the Meta feed until it starts.',
  severity: 'info',
  url: FIELDS,
  fix: 'Give the sale an end (saleEndsAt) so the feed can write its window. Otherwise nothing to do: the first run after the sale starts writes its sale price.',
  example: {
    input: '"variants": [{ "id": "tee-1-m", "price": "25.00", "salePrice": "19.00", "saleStartsAt": "2027-01-01T00:00:00Z" }] with no "saleEndsAt"',
    finding: 'The sale starts at 2027-01-01T00:00:00Z and has no end; it is left out until it starts.',
  },
});

export const metaCurrencyMismatch = defineRule({
  id: 'meta/currency-mismatch',
  description: 'Meta takes one currency per feed file (the shop\'s); an item priced in another currency is left out of the Meta feed.',
  severity: 'error',
  // "Include only 1 currency per data file." Read through a third-party copy of this page (UNCONFIRMED wording).
  url: 'https://www.facebook.com/business/help/120325381656392',
  fix: 'Price the product in the shop\'s currency (shop.currency in the config): set its "currency" to that code, with its prices in it.',
  example: {
    input: '{ "id": "mug-1", "currency": "EUR" } in a shop whose config has "shop": { "currency": "USD" }',
    finding: 'The item is priced in EUR; the Meta feed is in USD.',
  },
});

export const metaSizeMissing = defineRule({
  id: 'meta/size-missing',
  description: 'Meta requires a size for clothing and shoes sold in Shops; the item is published but may not be sold there.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Give clothing and shoe variants a size (e.g. "M", "US 10", "One size").',
  example: {
    input: '{ "googleProductCategory": "Apparel & Accessories > Clothing > Shirts & Tops", "variants": [{ "id": "tee-1", "color": "Navy" }] }',
    finding: 'This clothing or shoe item has no size.',
  },
});

export const META_RULES = [
  metaIdTooLong,
  metaItemGroupIdTooLong,
  metaIdConflictsWithGroup,
  metaTitleTooLong,
  metaDescriptionMissing,
  metaDescriptionTooLong,
  metaDescriptionTooShort,
  metaImageMissing,
  metaImageFormat,
  metaTooManyImages,
  metaBrandMissing,
  metaConditionMissing,
  metaValueTooLong,
  metaXmlForbiddenCharacter,
  metaAvailabilityUnlisted,
  metaSaleNotExpressible,
  metaCurrencyMismatch,
  metaSizeMissing,
] as const;
