import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Money, ResolvedProduct, ResolvedVariant, VaryingAttribute } from '../../model/resolved.js';
import type {
  UcpCategory,
  UcpDescription,
  UcpInputCorrelation,
  UcpLink,
  UcpLookupProduct,
  UcpLookupVariant,
  UcpMedia,
  UcpPrice,
  UcpProduct,
  UcpProductOption,
  UcpSelectedOption,
  UcpSeller,
  UcpVariant,
} from './catalog-types.js';

/**
 * The resolved model as UCP catalog JSON (schemas/shopping/types/product.json and variant.json, the same fields
 * in 2026-04-08 and 2026-08-25): what the catalog API returns for a product. The openapi channel uses it to check
 * its own schemas, and the API server (serve/) uses it to answer search, lookup and product requests. It formats
 * model values only: prices are the model's minor units, availability is the model's decision.
 *
 * The objects are in the 2026-04-08 shape, which validates against both releases except for one field:
 * 2026-08-25 gives `unit_price` measures as integers with a scale and a display_text. productForVersion
 * (product-version.ts) brings a product to the release an answer is in; call it on every product sent.
 * https://ucp.dev/2026-08-25/specification/shopping/catalog/, https://ucp.dev/2026-04-08/specification/catalog/
 */

export interface UcpMapOptions {
  /** Seller name and policy links, the same for every variant of the shop (variant.json seller); see ucpSeller. */
  seller?: UcpSeller;
}

/** Names of the varying attributes as option names agents show to buyers. */
const OPTION_NAMES: Record<Exclude<VaryingAttribute, `option:${string}`>, string> = {
  color: 'Color',
  size: 'Size',
  material: 'Material',
  pattern: 'Pattern',
  gender: 'Gender',
  ageGroup: 'Age group',
};

/** Policy link types UCP names as well-known values (types/link.json). */
const POLICY_LINKS = [
  ['privacy', 'privacy_policy'],
  ['terms', 'terms_of_service'],
  ['returns', 'refund_policy'],
  ['shipping', 'shipping_policy'],
] as const;

/** The shop as the seller of every variant: its name and its published policy pages. */
export function ucpSeller(config: ResolvedConfig): UcpSeller {
  const links: UcpLink[] = [];
  for (const [key, type] of POLICY_LINKS) {
    const url = config.policies[key];
    if (url !== undefined) links.push({ type, url });
  }
  return links.length > 0 ? { name: config.shop.name, links } : { name: config.shop.name };
}

function price(money: Money): UcpPrice {
  return { amount: money.minor, currency: money.currency };
}

function optionName(attribute: VaryingAttribute): string {
  return attribute.startsWith('option:') ? attribute.slice('option:'.length) : OPTION_NAMES[attribute as keyof typeof OPTION_NAMES];
}

function optionValue(variant: ResolvedVariant, attribute: VaryingAttribute): string | undefined {
  if (attribute.startsWith('option:')) return variant.options[attribute.slice('option:'.length)];
  return variant[attribute as keyof typeof OPTION_NAMES];
}

function images(urls: readonly string[]): UcpMedia[] {
  return urls.map((url) => ({ type: 'image', url }));
}

/**
 * The variant listings show first (product.json: "First item is the featured variant for listings"): the first
 * one a buyer can purchase, else the first one.
 */
export function featuredVariant(product: ResolvedProduct): ResolvedVariant {
  return product.variants.find((v) => v.availability !== 'out_of_stock') ?? product.variants[0]!;
}

/** The product's variants with the featured one first and the rest in catalog order. */
function listingOrder(product: ResolvedProduct): ResolvedVariant[] {
  const featured = featuredVariant(product);
  return [featured, ...product.variants.filter((v) => v !== featured)];
}

/** Fields are set in the order of variant.json, so the JSON reads like the spec's examples. */
export function toUcpVariant(variant: ResolvedVariant, product: ResolvedProduct, options: UcpMapOptions = {}): UcpVariant {
  const out: UcpVariant = { id: variant.id } as UcpVariant;
  if (variant.sku !== undefined) out.sku = variant.sku;
  if (variant.gtin !== undefined) out.barcodes = [{ type: 'GTIN', value: variant.gtin }];
  out.title = variant.title;
  // The product carries the full text; a variant's own description is its title (UCP requires one).
  out.description = { plain: variant.title };
  out.url = variant.url;
  out.price = price(variant.currentPrice);
  // A sale the buyer gets now shows the regular price struck through (variant.json list_price).
  if (variant.sale?.active) out.list_price = price(variant.price);
  if (variant.unitPrice) {
    const { price: unit, measure, reference } = variant.unitPrice;
    out.unit_price = { amount: unit.minor, currency: unit.currency, measure: { ...measure }, reference: { ...reference } };
  }
  // preorder and backorder can be bought now and ship later; status tells the agent which.
  out.availability = { available: variant.availability !== 'out_of_stock', status: variant.availability };
  const selected: UcpSelectedOption[] = [];
  for (const attribute of product.variesBy) {
    const label = optionValue(variant, attribute);
    if (label !== undefined) selected.push({ name: optionName(attribute), label });
  }
  if (selected.length > 0) out.options = selected;
  if (variant.images.length > 0) out.media = images(variant.images);
  if (variant.purchaseUrl !== undefined) out.metadata = { purchase_url: variant.purchaseUrl };
  if (options.seller) out.seller = options.seller;
  return out;
}

function categories(product: ResolvedProduct): UcpCategory[] {
  const out: UcpCategory[] = [];
  if (product.googleCategory) out.push({ value: String(product.googleCategory.id), taxonomy: 'google_product_category' });
  if (product.productType) out.push({ value: product.productType.join(' > '), taxonomy: 'merchant' });
  return out;
}

function description(product: ResolvedProduct): UcpDescription {
  // UCP requires a description; a product without one is described by its title (openapi/description-missing).
  if (product.description === undefined) return { plain: product.title };
  const out: UcpDescription = { plain: product.description };
  // Platforms must sanitize HTML before rendering it (types/description.json); it is passed on as given.
  if (product.descriptionHtml !== undefined) out.html = product.descriptionHtml;
  return out;
}

function productOptions(product: ResolvedProduct): UcpProductOption[] {
  const out: UcpProductOption[] = [];
  for (const attribute of product.variesBy) {
    const labels = new Set<string>();
    for (const variant of product.variants) {
      const label = optionValue(variant, attribute);
      if (label !== undefined) labels.add(label);
    }
    if (labels.size > 0) out.push({ name: optionName(attribute), values: [...labels].map((label) => ({ label })) });
  }
  return out;
}

/** One product with all its variants, featured variant first: a search result or a product detail. Fields in product.json order. */
export function toUcpProduct(product: ResolvedProduct, options: UcpMapOptions = {}): UcpProduct {
  const variants = listingOrder(product);
  const currency = variants[0]!.currentPrice.currency;
  const out = { id: product.id, title: product.title, description: description(product), url: product.url } as UcpProduct;
  const cats = categories(product);
  if (cats.length > 0) out.categories = cats;
  // A price range cannot span currencies: it covers the variants priced in the featured variant's currency
  // (the openapi/mixed-currencies rule reports products where that leaves some out).
  const range = product.priceRanges.find((r) => r.currency === currency)!;
  out.price_range = { min: price(range.current.min), max: price(range.current.max) };
  // The regular prices, shown struck through, while a variant the range covers is on sale (variant.json list_price).
  if (range.onSale > 0) out.list_price_range = { min: price(range.regular.min), max: price(range.regular.max) };
  if (product.images.length > 0) out.media = images(product.images);
  const opts = productOptions(product);
  if (opts.length > 0) out.options = opts;
  out.variants = variants.map((v) => toUcpVariant(v, product, options));
  // UCP has no brand field; business-defined data goes in metadata (product.json).
  if (product.brand !== undefined) out.metadata = { brand: product.brand };
  return out;
}

/**
 * A product as a lookup result (catalog_lookup.json lookup_response): only the variants some requested id
 * resolved to, each with the ids that did. A variant id or SKU resolves `exact` to its variant; the product id
 * resolves `featured` to the featured variant (https://ucp.dev/2026-04-08/specification/catalog/lookup/,
 * "Resolution Behavior"). Undefined when no id resolves to the product.
 */
export function toUcpLookupProduct(product: ResolvedProduct, ids: readonly string[], options: UcpMapOptions = {}): UcpLookupProduct | undefined {
  const wanted = [...new Set(ids)];
  const featured = featuredVariant(product);
  const inputs = new Map<string, UcpInputCorrelation[]>();
  for (const id of wanted) {
    for (const variant of product.variants) {
      let match: UcpInputCorrelation['match'];
      if (id === variant.id || (variant.sku !== undefined && id === variant.sku)) match = 'exact';
      else if (id === product.id && variant === featured) match = 'featured';
      if (!match) continue;
      const list = inputs.get(variant.id) ?? [];
      list.push({ id, match });
      inputs.set(variant.id, list);
    }
  }
  if (inputs.size === 0) return undefined;
  const full = toUcpProduct(product, options);
  const variants: UcpLookupVariant[] = [];
  // Variants without an inputs entry must not appear in lookup responses (lookup page, "Client Correlation").
  for (const variant of full.variants) {
    const resolved = inputs.get(variant.id);
    if (resolved) variants.push({ ...variant, inputs: resolved });
  }
  return { ...full, variants };
}
