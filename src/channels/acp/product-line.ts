import type { Diagnostic } from '../../model/diagnostic.js';
import type { Availability } from '../../model/generated/product.js';
import type { Money, ResolvedProduct, ResolvedVariant, VaryingAttribute } from '../../model/resolved.js';
import type {
  AcpAvailability,
  AcpAvailabilityStatus,
  AcpCategory,
  AcpMedia,
  AcpPrice,
  AcpProduct,
  AcpSeller,
  AcpVariant,
  AcpVariantOption,
} from './feed-types.js';
import { optionLabels } from './labels.js';

/** What every line shares, built once per run. */
export interface LineContext {
  seller: AcpSeller;
  /** The shop's language, for option names. */
  language: string;
}

export interface LineResult {
  product: AcpProduct;
  diagnostics: Diagnostic[];
}

/**
 * The model's availability as ACP `Availability` (schema.feed.json `$defs.Availability`: "available: whether
 * the variant is currently purchasable. Use status for fulfillment context"). A preorder or a backorder can be
 * bought now and ships later, so it is available; only out of stock is not. The status carries the when.
 * The model never decides limited_stock or discontinued, and a channel does not re-decide availability.
 */
const AVAILABILITY: Readonly<Record<Availability, AcpAvailability>> = {
  in_stock: { available: true, status: 'in_stock' },
  preorder: { available: true, status: 'preorder' },
  backorder: { available: true, status: 'backorder' },
  out_of_stock: { available: false, status: 'out_of_stock' },
} satisfies Record<Availability, { available: boolean; status: AcpAvailabilityStatus }>;

/** The feed's barcode scheme for a GTIN (any length), as in the schema's own Barcode example. */
const GTIN_BARCODE_TYPE = 'GTIN';

function price(money: Money): AcpPrice {
  return { amount: money.minor, currency: money.currency };
}

function media(urls: readonly string[]): AcpMedia[] {
  return urls.map((url) => ({ type: 'image', url }));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Google's category by id (locale-free) and the shop's own path (`$defs.Category` taxonomy names). */
function categories(product: ResolvedProduct): AcpCategory[] {
  const out: AcpCategory[] = [];
  if (product.googleCategory) out.push({ value: String(product.googleCategory.id), taxonomy: 'google_product_category' });
  if (product.productType && product.productType.length > 0) out.push({ value: product.productType.join(' > '), taxonomy: 'merchant' });
  return out;
}

/** The attributes that tell this product's variants apart, named in the shop's language (`$defs.VariantOption`). */
function variantOptions(variesBy: readonly VaryingAttribute[], variant: ResolvedVariant, labels: ReturnType<typeof optionLabels>): AcpVariantOption[] {
  const out: AcpVariantOption[] = [];
  for (const attribute of variesBy) {
    if (attribute.startsWith('option:')) {
      const name = attribute.slice('option:'.length);
      const value = variant.options[name];
      if (value !== undefined) out.push({ name, value });
      continue;
    }
    const key = attribute as Exclude<VaryingAttribute, `option:${string}`>;
    const value = variant[key];
    if (value !== undefined) out.push({ name: labels[key], value });
  }
  return out;
}

/**
 * One resolved product as one ACP `Product` line, its variants nested (schema.feed.json `$defs.Product`,
 * `$defs.Variant`). Values are the model's: `price` is `currentPrice`, `list_price` the regular price while a
 * sale is on, `availability` the model's decision. Fields ACP has no place for (brand, MPN, purchase URL,
 * availability date, shipping) are not written: every object is `additionalProperties: false`.
 */
export function buildProductLine(product: ResolvedProduct, context: LineContext): LineResult {
  const diagnostics: Diagnostic[] = [];
  const labels = optionLabels(context.language);
  const productCategories = categories(product);
  const variants = product.variants.map((variant): AcpVariant => {
    const out: AcpVariant = { id: variant.id, title: variant.title, url: variant.url };
    if (variant.gtin !== undefined) out.barcodes = [{ type: GTIN_BARCODE_TYPE, value: variant.gtin }];
    out.price = price(variant.currentPrice);
    if (variant.sale?.active) out.list_price = price(variant.price);
    if (variant.unitPrice) {
      const { price: unit, measure, reference } = variant.unitPrice;
      out.unit_price = { amount: unit.minor, currency: unit.currency, measure: { ...measure }, reference: { ...reference } };
    }
    out.availability = AVAILABILITY[variant.availability];
    if (productCategories.length > 0) out.categories = productCategories;
    if (variant.condition !== undefined) out.condition = [variant.condition];
    const options = variantOptions(product.variesBy, variant, labels);
    if (options.length > 0) out.variant_options = options;
    // The variant's images come first, then the product's; repeating the product's list adds nothing.
    if (variant.images.length > 0 && !sameList(variant.images, product.images)) out.media = media(variant.images);
    out.seller = context.seller;
    return out;
  });
  // Keys in the schema's order, so every line reads the same way.
  const line: Omit<AcpProduct, 'variants'> = { id: product.id, title: product.title };
  if (product.description !== undefined || product.descriptionHtml !== undefined) {
    line.description = {};
    if (product.description !== undefined) line.description.plain = product.description;
    if (product.descriptionHtml !== undefined) line.description.html = product.descriptionHtml;
  }
  line.url = product.url;
  if (product.images.length > 0) line.media = media(product.images);
  return { product: { ...line, variants }, diagnostics };
}
