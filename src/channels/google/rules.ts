import { defineRule } from '../../model/rule.js';

export const googleIdTooLong = defineRule({
  id: 'google/id-too-long',
  description: 'Google item ids are at most 50 characters; ids cannot be shortened, so the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
});

export const googleItemGroupIdTooLong = defineRule({
  id: 'google/item-group-id-too-long',
  description: 'Google item_group_id is at most 50 characters; the variants are left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324507',
});

export const googleTitleTooLong = defineRule({
  id: 'google/title-too-long',
  description: 'Google titles are at most 150 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324415',
});

export const googleDescriptionTooLong = defineRule({
  id: 'google/description-too-long',
  description: 'Google descriptions are at most 5,000 characters; the description is cut at a word boundary.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324468',
});

export const googleDescriptionMissing = defineRule({
  id: 'google/description-missing',
  description: 'Google requires a description; the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324468',
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
});

export const googleLinkTooLong = defineRule({
  id: 'google/link-too-long',
  description: 'Google links are at most 2,000 characters; a long product link leaves the item out, a long extra image link is dropped.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324416',
});

export const googleImageMissing = defineRule({
  id: 'google/image-missing',
  description: 'Google requires an image_link; the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324350',
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
});

export const googleTooManyImages = defineRule({
  id: 'google/too-many-images',
  description: 'Google takes up to 10 additional images; the rest are left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324370',
});

export const googleValueTooLong = defineRule({
  id: 'google/value-too-long',
  description: 'A text attribute (brand, product_type, material, color, size, pattern) is longer than Google allows; it is cut, or left out where cutting would change its meaning (mpn).',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/7052112',
});

export const googleXmlForbiddenCharacter = defineRule({
  id: 'google/xml-forbidden-character',
  description: 'Characters XML 1.0 forbids were removed so the feed stays well-formed.',
  severity: 'warning',
  kind: 'enriched',
  url: 'https://www.w3.org/TR/xml/#charsets',
});

export const googleApparelAttributes = defineRule({
  id: 'google/apparel-attributes',
  description: 'Apparel & Accessories items need color, gender and age_group for free listings and for Shopping ads in several countries.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324487',
});

export const googleSaleNotExpressible = defineRule({
  id: 'google/sale-not-expressible',
  description: 'A sale that starts later and has no end cannot be written as sale_price_effective_date (start/end); it is left out of the Google feed until it starts.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324460',
});

export const googleAvailabilityDateMissing = defineRule({
  id: 'google/availability-date-missing',
  description: 'Google requires availability_date for preorder and backorder items and disapproves them without it; the item is left out of the Google feed.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324470',
  fix: 'Give preorder and backorder variants an availabilityDate, or for backorders set "defaults.backorderLeadDays" in the config to the days a backorder takes.',
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
