import { defineRule } from '../../model/rule.js';

export const googleIdTooLong = defineRule({
  id: 'google/id-too-long',
  description: 'Google item ids are at most 50 characters; ids cannot be shortened, so the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
  fix: 'Give the variant an id of at most 50 characters in the shop, such as its SKU.',
  example: {
    input: '"variants": [{ "id": "tee-1-organic-cotton-crew-neck-…" }] with an id of 64 characters',
    finding: 'The item id has 64 characters; Google allows 50.',
  },
});

export const googleItemGroupIdTooLong = defineRule({
  id: 'google/item-group-id-too-long',
  description: 'Google item_group_id is at most 50 characters; the variants are left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324507',
  fix: 'Give the product an id of at most 50 characters in the shop; Google gets it as the item_group_id of the product\'s variants.',
  example: {
    input: 'A product with two variants whose "id" has 64 characters',
    finding: 'The item group id has 64 characters; Google allows 50.',
  },
});

export const googleTitleTooLong = defineRule({
  id: 'google/title-too-long',
  description: 'Google titles are at most 150 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324415',
  fix: 'Shorten the product title, or the variant\'s own title, to at most 150 characters, with the most important words first. A variant without a title of its own gets the product title followed by its values (color, size).',
  example: {
    input: '"title": "Organic Cotton Tee, Relaxed Fit, Heavyweight …" (180 characters)',
    finding: 'The title has 180 characters; Google allows 150, so it was cut at a word boundary.',
  },
});

export const googleDescriptionTooLong = defineRule({
  id: 'google/description-too-long',
  description: 'Google descriptions are at most 5,000 characters; the description is cut at a word boundary.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324468',
  fix: 'Shorten the description to at most 5,000 characters, or leave it if the first 5,000 characters say what buyers need.',
  example: {
    input: '"description": "A midweight crew-neck tee in organic cotton. …" (6000 characters)',
    finding: 'The description has 6000 characters; Google allows 5000, so it was cut at a word boundary.',
  },
});

export const googleDescriptionMissing = defineRule({
  id: 'google/description-missing',
  description: 'Google requires a description; the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324468',
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
  example: {
    input: '{ "id": "tee-1", "title": "Organic Cotton Tee" } with no "description"',
    finding: 'The product has no description.',
  },
});

export const googleLinkTooLong = defineRule({
  id: 'google/link-too-long',
  description: 'Google links are at most 2,000 characters; a long product link leaves the item out, a long extra image link is dropped.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324416',
  fix: 'Shorten the product page URL and the main image URL to at most 2,000 characters, for example by removing tracking parameters. An additional image URL that is too long is only left out.',
  example: {
    input: '"url": "https://shop.example/products/tee-1?ref=…" (a URL of 2,100 characters)',
    finding: 'The product link or image link is longer than 2000 characters.',
  },
});

export const googleImageMissing = defineRule({
  id: 'google/image-missing',
  description: 'Google requires an image_link; the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324350',
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
  example: {
    input: '{ "id": "tee-1", "images": [] } and no images on its variants',
    finding: 'The item has no image.',
  },
});

export const googleTooManyImages = defineRule({
  id: 'google/too-many-images',
  description: 'Google takes up to 10 additional images; the rest are left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324370',
  fix: 'Nothing to do if the first 10 additional images are the ones to show. Otherwise put those first in the image list (the variant\'s images come before the product\'s).',
  example: {
    input: '"images": ["https://shop.example/images/tee-1-0.jpg", …] with 13 URLs: the main image and 12 more',
    finding: 'The item has 12 additional images; Google takes 10.',
  },
});

export const googleValueTooLong = defineRule({
  id: 'google/value-too-long',
  description: 'A text attribute (brand, product_type, material, color, size, pattern) is longer than Google allows; it is cut, or left out where cutting would change its meaning (mpn).',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/7052112',
  fix: 'Shorten the value in the shop to Google\'s limit: brand and MPN 70 characters; color, size and pattern 100; material 200; product type 750.',
  example: {
    input: '"brand": "Alder & Pine Heritage Organic Cotton Outfitters …" (85 characters)',
    finding: 'The brand has 85 characters; Google allows 70, so it was cut at a word boundary.',
  },
});

export const googleXmlForbiddenCharacter = defineRule({
  id: 'google/xml-forbidden-character',
  description: 'Characters XML 1.0 forbids were removed so the feed stays well-formed.',
  severity: 'warning',
  kind: 'enriched',
  url: 'https://www.w3.org/TR/xml/#charsets',
  fix: 'Nothing to do: the feed has the value without the character. To stop the finding, remove the character from the value in the shop; this is most often a product or variant id, as text fields are cleaned when the catalog is read.',
  example: {
    input: '"variants": [{ "id": "tee-1-m\\uFFFF" }] (an id ending in the noncharacter U+FFFF)',
    finding: '1 character(s) XML 1.0 forbids were removed from id.',
  },
});

export const googleApparelAttributes = defineRule({
  id: 'google/apparel-attributes',
  description: 'Apparel & Accessories items need color, gender and age_group for free listings and for Shopping ads in several countries.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324487',
  fix: 'Give apparel products a gender (male, female, unisex) and an ageGroup (newborn, infant, toddler, kids, adult), on the product or its variants, and give each variant a color.',
  example: {
    input: '{ "googleProductCategory": 212, "variants": [{ "id": "tee-1", "color": "Navy" }] } with no "gender" or "ageGroup"',
    finding: 'This apparel item has no gender, ageGroup.',
  },
});

export const googleSaleNotExpressible = defineRule({
  id: 'google/sale-not-expressible',
  description: 'A sale that starts later and has no end cannot be written as sale_price_effective_date (start/end); it is left out of the Google feed until it starts.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324460',
  fix: 'Give the sale an end (saleEndsAt) so the feed can write its window. Otherwise nothing to do: the first run after the sale starts writes its sale price.',
  example: {
    input: '"variants": [{ "id": "tee-1-m", "price": "25.00", "salePrice": "19.00", "saleStartsAt": "2027-01-01T00:00:00Z" }] with no "saleEndsAt"',
    finding: 'The sale starts at 2027-01-01T00:00:00Z and has no end; it is left out until it starts.',
  },
});

export const googleAvailabilityDateMissing = defineRule({
  id: 'google/availability-date-missing',
  description: 'Google requires availability_date for preorder and backorder items and disapproves them without it; the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324470',
  fix: 'Give preorder and backorder variants an availabilityDate, or for backorders set "defaults.backorderLeadDays" in the config to the days a backorder takes.',
  example: {
    input: '"variants": [{ "id": "mug-1", "availability": "preorder" }] with no "availabilityDate"',
    finding: 'The item is on preorder with no availability date; Google would disapprove it.',
  },
});

export const GOOGLE_RULES = [
  googleIdTooLong,
  googleItemGroupIdTooLong,
  googleTitleTooLong,
  googleDescriptionTooLong,
  googleDescriptionMissing,
  googleLinkTooLong,
  googleImageMissing,
  googleTooManyImages,
  googleValueTooLong,
  googleXmlForbiddenCharacter,
  googleApparelAttributes,
  googleSaleNotExpressible,
  googleAvailabilityDateMissing,
] as const;
