import { defineRule } from '../../model/rule.js';
import { MICROSOFT_SECTION } from './spec.js';

export const microsoftIdInvalid = defineRule({
  id: 'microsoft/id-invalid',
  description: 'Microsoft item ids are at most 50 Unicode characters and, in a tab-delimited file, hold no tab, line break or control character; ids cannot be changed, so the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Give the variant an id (its SKU or variant id) of at most 50 characters, without tabs or line breaks, in the shop. Microsoft takes an item with a new id as a new item.',
  example: {
    input: '"variants": [{ "id": "tee-1-organic-cotton-crew-neck-heather-grey-xl-2024", "price": "18.00" }]',
    finding: 'The item id has 51 characters; Microsoft allows 50.',
  },
});

export const microsoftItemGroupIdInvalid = defineRule({
  id: 'microsoft/item-group-id-invalid',
  description: 'Microsoft item_group_id is at most 50 Unicode characters with no tab, line break or control character; the variants are left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.variants,
  fix: 'Give the product an id of at most 50 characters, without tabs or line breaks, in the shop; the product id is the item_group_id of its variants.',
  example: {
    input: 'A product with two variants and "id": "tee-1-organic-cotton-crew-neck-t-shirt-heavyweight-2024"',
    finding: 'The item group id has 55 characters; Microsoft allows 50.',
  },
});

export const microsoftDescriptionMissing = defineRule({
  id: 'microsoft/description-missing',
  description: 'Microsoft requires a description; the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
  example: {
    input: '{ "id": "tee-1", "title": "Cotton t-shirt", "url": "/products/tee-1", "variants": [...] } with no "description"',
    finding: 'The product has no description.',
  },
});

export const microsoftImageMissing = defineRule({
  id: 'microsoft/image-missing',
  description: 'Microsoft requires an image_link; the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
  example: {
    input: '"images": [] on the product "tee-1", and no "images" on its variant',
    finding: 'The item has no image.',
  },
});

export const microsoftLinkTooLong = defineRule({
  id: 'microsoft/link-too-long',
  description: 'Microsoft links and image links are at most 2,000 characters; a long product or image link leaves the item out, a long additional image link is dropped.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Shorten the product URL or image URL to 2,000 characters or fewer, for example by removing tracking parameters. An additional image with a longer URL is only dropped; shorten or remove it.',
  example: {
    input: '"url": "https://shop.example/products/tee-1?utm_source=..." (a URL of 2,100 characters)',
    finding: 'The product link or image link is longer than 2000 characters.',
  },
});

export const microsoftAvailabilityNotSupported = defineRule({
  id: 'microsoft/availability-not-supported',
  description: 'Microsoft availability is "in stock", "out of stock" or "preorder" only; a backorder variant cannot be stated truthfully and is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.other,
  fix: 'Microsoft has no backorder value, so the item returns to the Microsoft feed once it is in stock. If it is sold ahead of its release, state "availability": "preorder" in the catalog.',
  example: {
    input: '"variants": [{ "id": "tee-1-m", "price": "18.00", "availability": "backorder" }]',
    finding: 'The item is on backorder; Microsoft has only in stock, out of stock and preorder, so it is left out rather than misstated.',
  },
});

export const microsoftPriceNotExpressible = defineRule({
  id: 'microsoft/price-not-expressible',
  description: 'Microsoft prices use two decimal places and range from 0.00 to 10,000,000.00; a price or sale price outside that cannot be written without changing it, so the item is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Give the price and sale price at most two decimals and no more than 10,000,000.00. In a three-decimal currency such as KWD the last decimal must be 0 (1.500, not 1.505).',
  example: {
    input: '"currency": "KWD", "variants": [{ "id": "mug-1", "price": "1.505" }]',
    finding: 'The price 1505 minor units of KWD cannot be written with two decimals within 0.00–10,000,000.00.',
  },
});

export const microsoftShippingMissing = defineRule({
  id: 'microsoft/shipping-missing',
  description: 'Microsoft requires shipping for items sold in Austria and Germany; a physical item without a shipping rate it can state is left out of the Microsoft feed.',
  severity: 'error',
  url: MICROSOFT_SECTION.required,
  fix: 'Add "shipping" rates for the shop country to the config, in the shop currency and without a region.',
  example: {
    input: 'Config with "shop": { "country": "DE", "currency": "EUR", ... } and no "shipping" rates; the product is not digital',
    finding: 'Microsoft requires shipping for items sold in DE, and no configured rate can be written for this item.',
  },
});

export const microsoftTitleTooLong = defineRule({
  id: 'microsoft/title-too-long',
  description: 'Microsoft titles are at most 150 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
  fix: 'Shorten the title in the shop to 150 characters or fewer. A variant without its own "title" takes the product title followed by its option values.',
  example: {
    input: '"title": "Organic cotton crew-neck t-shirt, heavyweight 220 gsm, pre-shrunk, garment-dyed in heather grey, ..." (154 characters)',
    finding: 'The title has 154 characters; Microsoft allows 150, so it was cut at a word boundary.',
  },
});

export const microsoftDescriptionTooLong = defineRule({
  id: 'microsoft/description-too-long',
  description: 'Microsoft descriptions are at most 10,000 characters; the description is cut at a word boundary.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
  fix: 'Shorten the description in the shop to 10,000 characters or fewer, counted as plain text after HTML is removed.',
  example: {
    input: '"description": "Soft organic cotton t-shirt. ..." (10,240 characters of plain text)',
    finding: 'The description has 10240 characters; Microsoft allows 10000, so it was cut at a word boundary.',
  },
});

export const microsoftTooManyImages = defineRule({
  id: 'microsoft/too-many-images',
  description: 'Microsoft takes up to 10 additional images; the rest are left out.',
  severity: 'warning',
  url: MICROSOFT_SECTION.variants,
  fix: 'Nothing to do if the first 11 images are the ones to show: Microsoft gets the main image and the next 10. To stop the finding, give the variant and its product at most 11 images in all.',
  example: {
    input: '"images": ["https://shop.example/images/tee-1-0.jpg", ..., "https://shop.example/images/tee-1-12.jpg"] (13 images)',
    finding: 'The item has 12 additional images; Microsoft takes 10.',
  },
});

export const microsoftValueTooLong = defineRule({
  id: 'microsoft/value-too-long',
  description: 'A text attribute (brand, mpn, product_type, color, size, material, pattern) is longer than Microsoft allows; it is cut, or left out where cutting would change its meaning (brand, mpn).',
  severity: 'warning',
  url: MICROSOFT_SECTION.identifiers,
  fix: 'Shorten the value in the catalog to Microsoft\'s limit: brand 1,000 characters and 10 words, mpn 70 characters, productType 750, color 100, size 100, material 200, pattern 100.',
  example: {
    input: '"mpn": "NL-TEE-0001-ORGANIC-COTTON-CREW-NECK-HEATHER-GREY-EXTRA-LARGE-SPRING-2024" (73 characters)',
    finding: 'The MPN is longer than 70 characters and was left out; a cut MPN would name another part.',
  },
});

export const microsoftValueNotSupported = defineRule({
  id: 'microsoft/value-not-supported',
  description: 'A value outside the values Microsoft lists (size_system DE, FR, AU, US, UK; the unit pricing units) is left out of the Microsoft feed.',
  severity: 'warning',
  url: MICROSOFT_SECTION.other,
  fix: 'Use a "sizeSystem" Microsoft takes (DE, FR, AU, US, UK), and state unit pricing in a unit it lists (not "sheet" or "item"). Otherwise only the Microsoft feed goes without the value.',
  example: {
    input: '"sizeSystem": "EU", "variants": [{ "id": "tee-1-42", "size": "42", "price": "18.00" }]',
    finding: 'size_system EU is not one Microsoft takes (DE, FR, AU, US, UK); it was left out.',
  },
});

export const microsoftControlCharacter = defineRule({
  id: 'microsoft/control-character',
  description: 'Control characters were removed from a text value: Microsoft says special or invalid characters cause processing problems.',
  severity: 'warning',
  kind: 'enriched',
  url: MICROSOFT_SECTION.fileFormat,
  fix: 'Nothing to do: the characters are removed from the Microsoft feed only. To stop the finding, remove the control characters from the text in the shop; they often come in with text pasted from other programs.',
  example: {
    input: '"description": "Soft cotton\\u0001 t-shirt." (a control character still in the text when the Microsoft feed is written)',
    finding: '1 control character(s) were removed from description.',
  },
});

export const microsoftSaleNotExpressible = defineRule({
  id: 'microsoft/sale-not-expressible',
  description: 'A sale that starts later and has no end cannot be written as sale_price_effective_date (start/end); it is left out of the Microsoft feed until it starts.',
  severity: 'info',
  url: MICROSOFT_SECTION.sales,
  fix: 'Nothing to do: the sale reaches the Microsoft feed when it starts. To list it ahead with its window, give the sale an end date (saleEndsAt).',
  example: {
    input: '"salePrice": "15.00", "saleStartsAt": "2027-01-01T00:00:00Z" and no "saleEndsAt", in a run before that date',
    finding: 'The sale starts at 2027-01-01T00:00:00Z and has no end; it is left out until it starts.',
  },
});

export const microsoftShippingNotExpressible = defineRule({
  id: 'microsoft/shipping-not-expressible',
  description: 'Microsoft shipping is country:service:price in the item currency; a rate with a region, in another currency, or with ":" or "," in its service name is left out of the Microsoft feed.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
  fix: 'In the config\'s "shipping", give the rate a service name without ":" or ",", the currency of the products\' prices and no "region". The other rates are still written.',
  example: {
    input: 'Config "shipping": [{ "country": "US", "service": "Express: next day", "price": "20.00" }]',
    finding: 'The US Express: next day rate is left out: its service name "Express: next day" holds ":" or ",", which separate Microsoft\'s shipping values.',
  },
});

export const microsoftApparelAttributes = defineRule({
  id: 'microsoft/apparel-attributes',
  description: 'Microsoft requires age_group, color, gender and size for Apparel & Accessories items sold in France, Germany, the United Kingdom and the United States.',
  severity: 'warning',
  url: MICROSOFT_SECTION.apparel,
  fix: 'Give apparel variants a "color" and a "size", and give the product (or each variant) an "ageGroup" and a "gender".',
  example: {
    input: '"googleProductCategory": "Apparel & Accessories > Clothing > Shirts & Tops", a variant with "color": "Grey", "size": "M", no "gender" or "ageGroup"; shop in US',
    finding: 'This apparel item has no ageGroup, gender.',
  },
});

export const microsoftGroupWithoutVariantAttribute = defineRule({
  id: 'microsoft/group-without-variant-attribute',
  description: 'Items of a Microsoft item group must state at least one of size, color, material, pattern, age_group or gender; this variant differs only in other options.',
  severity: 'warning',
  url: MICROSOFT_SECTION.variants,
  fix: 'State what tells the variants apart in "size", "color", "material", "pattern", "ageGroup" or "gender", not only in "options". Variants that differ only in another option, such as capacity, cannot meet this.',
  example: {
    input: '"variants": [{ "id": "mug-1-350", "options": { "Capacity": "350 ml" } }, { "id": "mug-1-500", "options": { "Capacity": "500 ml" } }]',
    finding: 'This variant of a group states none of size, color, material, pattern, age_group or gender.',
  },
});

export const microsoftImageFormat = defineRule({
  id: 'microsoft/image-format',
  description: 'Microsoft takes bmp, gif, exif, jpg, png and tiff images; an image URL naming another format (webp, avif, svg, heic) may be rejected.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
  fix: 'Link the original JPEG or PNG image rather than a converted WebP or AVIF copy.',
  example: {
    input: '"images": ["https://shop.example/images/tee-1.webp"]',
    finding: '1 image(s) name a format Microsoft does not list (bmp, gif, exif, jpg, png, tiff).',
  },
});

export const microsoftLinkOutsideShop = defineRule({
  id: 'microsoft/link-outside-shop',
  description: 'Microsoft rejects offers whose link is not on the store URL domain; this link is not on the shop URL host or a subdomain of it.',
  severity: 'warning',
  url: MICROSOFT_SECTION.required,
  fix: 'Use product URLs on the shop\'s host or a subdomain of it, or set "shop.url" in the config to the domain the products are sold on.',
  example: {
    input: '"url": "https://tees.example/products/tee-1", with "shop": { "url": "https://shop.example/" } in the config',
    finding: 'The link https://tees.example/products/tee-1 is not on the shop\'s domain (https://shop.example/); Microsoft rejects offers outside the store URL.',
  },
});

export const microsoftBrandMissing = defineRule({
  id: 'microsoft/brand-missing',
  description: 'Microsoft identifies products by brand with a GTIN or an MPN; this item has a GTIN or MPN but no brand.',
  severity: 'warning',
  url: MICROSOFT_SECTION.uniqueIdentifiers,
  fix: 'Add the manufacturer\'s brand to the product, or "defaults.brand" in the config for a single-brand shop.',
  example: {
    input: '"variants": [{ "id": "tee-1-m", "gtin": "0012345678905" }] on a product with no "brand"',
    finding: 'The item has a GTIN or MPN but no brand; Microsoft identifies products by brand with either.',
  },
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
