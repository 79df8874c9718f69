import { defineRule } from '../../model/rule.js';
import { MICROSOFT_SECTION } from './spec.js';

export const microsoftIdInvalid = defineRule({
  id: 'microsoft/id-invalid',
  description: 'Microsoft item ids are at most 50 Unicode characters and, in a tab-delimited file, hold no tab, line break or control character; ids cannot be changed, so the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
});

export const microsoftItemGroupIdInvalid = defineRule({
  id: 'microsoft/item-group-id-invalid',
  description: 'Microsoft item_group_id is at most 50 Unicode characters with no tab, line break or control character; the variants are left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.variants,
});

export const microsoftDescriptionMissing = defineRule({
  id: 'microsoft/description-missing',
  description: 'Microsoft requires a description; the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
});

export const microsoftImageMissing = defineRule({
  id: 'microsoft/image-missing',
  description: 'Microsoft requires an image_link; the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
});

export const microsoftLinkTooLong = defineRule({
  id: 'microsoft/link-too-long',
  description: 'Microsoft links and image links are at most 2,000 characters; a long product or image link leaves the item out, a long additional image link is dropped.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
});

export const microsoftAvailabilityNotSupported = defineRule({
  id: 'microsoft/availability-not-supported',
  description: 'Microsoft availability is "in stock", "out of stock" or "preorder" only; a backorder variant cannot be stated truthfully and is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.other,
});

export const microsoftPriceNotExpressible = defineRule({
  id: 'microsoft/price-not-expressible',
  description: 'Microsoft prices use two decimal places and range from 0.00 to 10,000,000.00; a price or sale price outside that cannot be written without changing it, so the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
});

export const microsoftShippingMissing = defineRule({
  id: 'microsoft/shipping-missing',
  description: 'Microsoft requires shipping for items sold in Austria and Germany; a physical item without a shipping rate it can state is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Add "shipping" rates for the shop country to the config, in the shop currency and without a region.',
});

export const microsoftTitleTooLong = defineRule({
  id: 'microsoft/title-too-long',
  description: 'Microsoft titles are at most 150 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
});

export const microsoftDescriptionTooLong = defineRule({
  id: 'microsoft/description-too-long',
  description: 'Microsoft descriptions are at most 10,000 characters; the description is cut at a word boundary.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
});

export const microsoftTooManyImages = defineRule({
  id: 'microsoft/too-many-images',
  description: 'Microsoft takes up to 10 additional images; the rest are left out.',
  severity: 'warning',
  url: MICROSOFT_SECTION.variants,
});

export const microsoftValueTooLong = defineRule({
  id: 'microsoft/value-too-long',
  description: 'A text attribute (brand, mpn, product_type, color, size, material, pattern) is longer than Microsoft allows; it is cut, or left out where cutting would change its meaning (brand, mpn).',
  severity: 'warning',
  url: MICROSOFT_SECTION.identifiers,
});

export const microsoftValueNotSupported = defineRule({
  id: 'microsoft/value-not-supported',
  description: 'A value outside the values Microsoft lists (size_system DE, FR, AU, US, UK; the unit pricing units) is left out of the Microsoft feed.',
  severity: 'warning',
  url: MICROSOFT_SECTION.other,
});

export const microsoftControlCharacter = defineRule({
  id: 'microsoft/control-character',
  description: 'Control characters were removed from a text value: Microsoft says special or invalid characters cause processing problems.',
  severity: 'warning',
  kind: 'enriched',
  url: MICROSOFT_SECTION.fileFormat,
});

export const microsoftSaleNotExpressible = defineRule({
  id: 'microsoft/sale-not-expressible',
  description: 'A sale that starts later and has no end cannot be written as sale_price_effective_date (start/end); it is left out of the Microsoft feed until it starts.',
  severity: 'info',
  url: MICROSOFT_SECTION.sales,
});

export const microsoftShippingNotExpressible = defineRule({
  id: 'microsoft/shipping-not-expressible',
  description: 'Microsoft shipping is country:service:price in the item currency; a rate with a region, in another currency, or with ":" or "," in its service name is left out of the Microsoft feed.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
});

export const microsoftApparelAttributes = defineRule({
  id: 'microsoft/apparel-attributes',
  description: 'Microsoft requires age_group, color, gender and size for Apparel & Accessories items sold in France, Germany, the United Kingdom and the United States.',
  severity: 'warning',
  url: MICROSOFT_SECTION.apparel,
});

export const microsoftGroupWithoutVariantAttribute = defineRule({
  id: 'microsoft/group-without-variant-attribute',
  description: 'Items of a Microsoft item group must state at least one of size, color, material, pattern, age_group or gender; this variant differs only in other options.',
  severity: 'warning',
  url: MICROSOFT_SECTION.variants,
});

export const microsoftImageFormat = defineRule({
  id: 'microsoft/image-format',
  description: 'Microsoft takes bmp, gif, exif, jpg, png and tiff images; an image URL naming another format (webp, avif, svg, heic) may be rejected.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
});

export const microsoftLinkOutsideShop = defineRule({
  id: 'microsoft/link-outside-shop',
  description: 'Microsoft rejects offers whose link is not on the store URL domain; this link is not on the shop URL host or a subdomain of it.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
});

export const microsoftBrandMissing = defineRule({
  id: 'microsoft/brand-missing',
  description: 'Microsoft identifies products by brand with a GTIN or an MPN; this item has a GTIN or MPN but no brand.',
  severity: 'warning',
  url: MICROSOFT_SECTION.uniqueIdentifiers,
  fix: 'Add the manufacturer\'s brand to the product, or "defaults.brand" in the config for a single-brand shop.',
});

export const MICROSOFT_RULES = [
  microsoftIdInvalid,
  microsoftItemGroupIdInvalid,
  microsoftDescriptionMissing,
  microsoftImageMissing,
  microsoftLinkTooLong,
  microsoftAvailabilityNotSupported,
  microsoftPriceNotExpressible,
  microsoftShippingMissing,
  microsoftTitleTooLong,
  microsoftDescriptionTooLong,
  microsoftTooManyImages,
  microsoftValueTooLong,
  microsoftValueNotSupported,
  microsoftControlCharacter,
  microsoftSaleNotExpressible,
  microsoftShippingNotExpressible,
  microsoftApparelAttributes,
  microsoftGroupWithoutVariantAttribute,
  microsoftImageFormat,
  microsoftLinkOutsideShop,
  microsoftBrandMissing,
] as const;
