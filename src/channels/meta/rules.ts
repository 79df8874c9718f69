import { defineRule } from '../../model/rule.js';

// Rule URLs point at the page that states the rule. The field tables are at META_FIELDS_URL (limits.ts); the
// constants are not imported here so this file stays a flat list of declarations.
const FIELDS = 'https://developers.facebook.com/docs/commerce-platform/catalog/fields';

export const metaIdTooLong = defineRule({
  id: 'meta/id-too-long',
  description: 'Meta content ids are at most 100 characters; ids cannot be shortened, so the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
});

export const metaItemGroupIdTooLong = defineRule({
  id: 'meta/item-group-id-too-long',
  description: 'Meta item_group_id is at most 100 characters; the variants are left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
});

export const metaIdConflictsWithGroup = defineRule({
  id: 'meta/id-conflicts-with-group',
  description: 'A variant id equal to its item_group_id (the product id) is refused by Meta ("ID conflicts with group ID"); the item is left out of the Meta feed.',
  severity: 'error',
  // The troubleshooting page lists the conflict; read through a third-party copy (UNCONFIRMED wording).
  url: 'https://www.facebook.com/business/help/2041876302542944',
  fix: 'Give the variant an id of its own, different from the product id.',
});

export const metaTitleTooLong = defineRule({
  id: 'meta/title-too-long',
  description: 'Meta titles are at most 200 characters; the title is cut at a word boundary.',
  severity: 'warning',
  url: FIELDS,
});

export const metaDescriptionMissing = defineRule({
  id: 'meta/description-missing',
  description: 'Meta requires a description; the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Add a description to the product in the shop (the export writes it into its description column).',
});

export const metaDescriptionTooLong = defineRule({
  id: 'meta/description-too-long',
  description: 'Meta descriptions are at most 9,999 characters; the description is cut at a word boundary.',
  severity: 'warning',
  url: FIELDS,
});

export const metaDescriptionTooShort = defineRule({
  id: 'meta/description-too-short',
  description: 'Meta asks for descriptions of at least 30 characters; a shorter one is published but may be flagged.',
  severity: 'warning',
  url: 'https://www.facebook.com/business/help/2302017289821154',
  fix: 'Write a description of at least 30 characters that says what the product is, beyond its title.',
});

export const metaImageMissing = defineRule({
  id: 'meta/image-missing',
  description: 'Meta requires an image_link; the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Add an image to the product in the shop; image URLs must be absolute or relative to the shop URL.',
});

export const metaImageFormat = defineRule({
  id: 'meta/image-format',
  description: 'Meta takes JPEG and PNG images only; an image URL ending in another format (.webp, .gif, …) is probably refused.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Link the original JPEG or PNG image rather than a converted WebP or AVIF copy.',
});

export const metaTooManyImages = defineRule({
  id: 'meta/too-many-images',
  description: 'Meta takes up to 20 additional images in at most 2,000 characters; the rest are left out.',
  severity: 'warning',
  url: FIELDS,
});

export const metaBrandMissing = defineRule({
  id: 'meta/brand-missing',
  description: 'Meta requires a brand for every item; without one the item is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Set "defaults.brand" in the config to the shop\'s own brand if it makes its products, or give each product its brand.',
});

export const metaConditionMissing = defineRule({
  id: 'meta/condition-missing',
  description: 'Meta requires a condition (new, refurbished or used) for every item; without one the item cannot be listed and is left out of the Meta feed.',
  severity: 'error',
  url: FIELDS,
  fix: 'Set "defaults.condition" in the config (e.g. "new") if every product is new, or give each product its condition.',
});

export const metaValueTooLong = defineRule({
  id: 'meta/value-too-long',
  description: 'A text field (brand, color, size, material, pattern, product_type) is longer than Meta allows; it is cut, or left out where cutting would change its meaning (mpn).',
  severity: 'warning',
  url: FIELDS,
});

export const metaXmlForbiddenCharacter = defineRule({
  id: 'meta/xml-forbidden-character',
  description: 'Characters XML 1.0 forbids were removed so the Meta feed stays well-formed.',
  severity: 'warning',
  kind: 'enriched',
  url: 'https://www.w3.org/TR/xml/#charsets',
});

export const metaAvailabilityUnlisted = defineRule({
  id: 'meta/availability-unlisted',
  description: 'Preorder and backorder items are written as "preorder" and "available for order", values of Meta\'s catalog API and country-feed template that its feed field table does not list; Meta may refuse them.',
  severity: 'warning',
  url: 'https://developers.facebook.com/docs/marketing-api/reference/product-item/',
});

export const metaSaleNotExpressible = defineRule({
  id: 'meta/sale-not-expressible',
  description: 'A sale that starts later and has no end cannot be written as sale_price_effective_date (start/end); it is left out of the Meta feed until it starts.',
  severity: 'info',
  url: FIELDS,
});

export const metaCurrencyMismatch = defineRule({
  id: 'meta/currency-mismatch',
  description: 'Meta takes one currency per feed file (the shop\'s); an item priced in another currency is left out of the Meta feed.',
  severity: 'error',
  // "Include only 1 currency per data file." Read through a third-party copy of this page (UNCONFIRMED wording).
  url: 'https://www.facebook.com/business/help/120325381656392',
});

export const metaSizeMissing = defineRule({
  id: 'meta/size-missing',
  description: 'Meta requires a size for clothing and shoes sold in Shops; the item is published but may not be sold there.',
  severity: 'warning',
  url: FIELDS,
  fix: 'Give clothing and shoe variants a size (e.g. "M", "US 10", "One size").',
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
