import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import { codePointLength } from '../../model/text.js';
import type { RowBuilder } from './builder.js';
import type { MicrosoftRow } from './columns.js';
import {
  APPAREL_CATEGORY_ID,
  APPAREL_COUNTRIES,
  APPAREL_PATH_PREFIX,
  GROUP_ATTRIBUTES,
  MICROSOFT_AGE_GROUPS,
  MICROSOFT_CONDITIONS,
  MICROSOFT_GENDERS,
  MICROSOFT_LIMITS,
  MICROSOFT_SIZE_SYSTEMS,
  MICROSOFT_UNITS,
  OTHER_IMAGE_EXTENSIONS,
} from './limits.js';
import {
  microsoftApparelAttributes,
  microsoftBrandMissing,
  microsoftGroupWithoutVariantAttribute,
  microsoftImageFormat,
  microsoftLinkOutsideShop,
  microsoftLinkTooLong,
  microsoftTooManyImages,
  microsoftValueNotSupported,
  microsoftValueTooLong,
} from './rules.js';

// Every limit and enum below is in limits.ts with its section of
// https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_aboutbingmerchantcentercatalogfile.

/** The lower-case extension of a URL's last path segment, if it has one. */
function extension(url: string): string | undefined {
  try {
    const name = new URL(url).pathname.split('/').pop() ?? '';
    const dot = name.lastIndexOf('.');
    return dot === -1 ? undefined : name.slice(dot + 1).toLowerCase();
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** "The Product URL domain must match the Store URL domain" (#required-fields, link): the shop host or a subdomain of it. */
function onShopDomain(link: string, shopUrl: string): boolean {
  const shop = hostOf(shopUrl)?.replace(/^www\./, '');
  const host = hostOf(link);
  return shop === undefined || host === undefined || host === shop || host.endsWith(`.${shop}`);
}

/** The optional attributes of a row: images, identifiers, categories, variant and apparel attributes, unit pricing. */
export function addAttributes(b: RowBuilder, row: MicrosoftRow, product: ResolvedProduct, variant: ResolvedVariant, config: ResolvedConfig): void {
  if (!onShopDomain(variant.url, config.shop.url)) {
    b.report(microsoftLinkOutsideShop, `The link ${variant.url} is not on the shop's domain (${config.shop.url}); Microsoft rejects offers outside the store URL.`, { actual: variant.url, expected: config.shop.url });
  }

  // additional_image_link: up to 10, comma-separated, a comma inside a URL written %2C (#optional-fields-product-variants).
  const extra = variant.images.slice(1).filter((url) => {
    if (codePointLength(url) <= MICROSOFT_LIMITS.link) return true;
    b.report(microsoftLinkTooLong, `An additional image link is longer than ${MICROSOFT_LIMITS.link} characters and was left out.`, { actual: url, severity: 'warning' });
    return false;
  });
  if (extra.length > MICROSOFT_LIMITS.additionalImages) {
    b.report(microsoftTooManyImages, `The item has ${extra.length} additional images; Microsoft takes ${MICROSOFT_LIMITS.additionalImages}.`, { actual: extra.length, expected: MICROSOFT_LIMITS.additionalImages });
  }
  const kept = extra.slice(0, MICROSOFT_LIMITS.additionalImages);
  if (kept.length > 0) row.additional_image_link = kept.map((url) => url.replace(/,/g, '%2C')).join(',');
  const odd = [row.image_link!, ...kept].filter((url) => OTHER_IMAGE_EXTENSIONS.has(extension(url) ?? ''));
  if (odd.length > 0) b.report(microsoftImageFormat, `${odd.length} image(s) name a format Microsoft does not list (bmp, gif, exif, jpg, png, tiff).`, { actual: odd });

  if (variant.condition && MICROSOFT_CONDITIONS.includes(variant.condition)) row.condition = variant.condition;

  // Identifiers (#required-if-value-is-assigned-by-the-manufacturer-item-identification). A brand is not cut:
  // a shorter brand names another brand.
  if (product.brand !== undefined) {
    const brand = b.text(product.brand, 'brand');
    const words = brand.split(/\s+/).filter(Boolean).length;
    if (codePointLength(brand) > MICROSOFT_LIMITS.brand || words > MICROSOFT_LIMITS.brandWords) {
      b.report(microsoftValueTooLong, `The brand has ${words} words and ${codePointLength(brand)} characters; Microsoft allows ${MICROSOFT_LIMITS.brandWords} words and ${MICROSOFT_LIMITS.brand} characters, so it was left out.`, { actual: product.brand });
    } else row.brand = brand;
  }
  if (variant.gtin !== undefined) row.gtin = variant.gtin;
  if (variant.mpn !== undefined) {
    const mpn = b.text(variant.mpn, 'mpn');
    if (codePointLength(mpn) <= MICROSOFT_LIMITS.mpn) row.mpn = mpn;
    else b.report(microsoftValueTooLong, `The MPN is longer than ${MICROSOFT_LIMITS.mpn} characters and was left out; a cut MPN would name another part.`, { actual: variant.mpn });
  }
  if ((row.gtin !== undefined || row.mpn !== undefined) && row.brand === undefined) {
    b.report(microsoftBrandMissing, 'The item has a GTIN or MPN but no brand; Microsoft identifies products by brand with either.', { expected: 'brand' });
  }
  // "Boolean: TRUE or FALSE", example FALSE; written only where the model found no identifiers.
  if (!variant.identifierExists) row.identifier_exists = 'FALSE';

  // product_category is "equivalent to google_product_category" and "IDs, instead of string values, are now
  // supported"; Microsoft's own examples use Google's ids (267 Mobile Phones, 4745 Tablet Computers). UNCONFIRMED:
  // that every id of the 2021-09-21 Google taxonomy shipped here is in Microsoft's taxonomy file.
  if (product.googleCategory) row.product_category = String(product.googleCategory.id);
  if (product.productType) row.product_type = b.limited(product.productType.join(' > '), 'product_type', MICROSOFT_LIMITS.productType, microsoftValueTooLong);
  if (product.isGroup) {
    row.item_group_id = product.id;
    if (GROUP_ATTRIBUTES.every((key) => variant[key] === undefined)) {
      b.report(microsoftGroupWithoutVariantAttribute, 'This variant of a group states none of size, color, material, pattern, age_group or gender.', { expected: GROUP_ATTRIBUTES });
    }
  }

  const attribute = (key: 'color' | 'size' | 'material' | 'pattern', max: number) => {
    const value = variant[key];
    if (value !== undefined) row[key] = b.limited(value, key, max, microsoftValueTooLong);
  };
  attribute('color', MICROSOFT_LIMITS.color);
  attribute('size', MICROSOFT_LIMITS.size);
  if (variant.sizeSystem) {
    if (MICROSOFT_SIZE_SYSTEMS.includes(variant.sizeSystem)) row.size_system = variant.sizeSystem;
    else b.report(microsoftValueNotSupported, `size_system ${variant.sizeSystem} is not one Microsoft takes (${MICROSOFT_SIZE_SYSTEMS.join(', ')}); it was left out.`, { actual: variant.sizeSystem, expected: MICROSOFT_SIZE_SYSTEMS });
  }
  if (variant.gender && MICROSOFT_GENDERS.includes(variant.gender)) row.gender = variant.gender;
  if (variant.ageGroup && MICROSOFT_AGE_GROUPS.includes(variant.ageGroup)) row.age_group = variant.ageGroup;
  attribute('material', MICROSOFT_LIMITS.material);
  attribute('pattern', MICROSOFT_LIMITS.pattern);

  const apparel = product.googleCategory && (product.googleCategory.id === APPAREL_CATEGORY_ID || product.googleCategory.path.startsWith(APPAREL_PATH_PREFIX));
  if (apparel && APPAREL_COUNTRIES.has(config.shop.country)) {
    const missing = (['ageGroup', 'color', 'gender', 'size'] as const).filter((key) => variant[key] === undefined);
    if (missing.length > 0) b.report(microsoftApparelAttributes, `This apparel item has no ${missing.join(', ')}.`, { expected: missing });
  }

  // Unit pricing: "Numeric, plus unit", example "1.5 kg", in Microsoft's list of units (#optional-fields-other).
  if (variant.unitPricing) {
    const { measure, baseMeasure } = variant.unitPricing;
    if (MICROSOFT_UNITS.has(measure.unit) && MICROSOFT_UNITS.has(baseMeasure.unit)) {
      row.unit_pricing_measure = `${measure.value} ${measure.unit}`;
      row.unit_pricing_base_measure = `${baseMeasure.value} ${baseMeasure.unit}`;
    } else {
      b.report(microsoftValueNotSupported, `Unit pricing in ${measure.unit} per ${baseMeasure.unit} uses a unit Microsoft does not list; it was left out.`, { actual: [measure.unit, baseMeasure.unit] });
    }
  }
}
