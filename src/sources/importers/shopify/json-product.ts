import type { Origin } from '../../../model/diagnostic.js';
import type { ShopifyProductFacts, ShopifyVariantFacts } from './shopify-facts.js';
import { text } from './to-canonical.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The facts of one product of a storefront's products.json. The endpoint is not in Shopify's API reference;
 * its product object has the shape of the Admin REST product resource
 * (https://shopify.dev/docs/api/admin-rest/latest/resources/product) minus the private fields: id, title,
 * handle, body_html, vendor, product_type, tags, options[name, position, values], variants[id, title,
 * option1..3, sku, price, compare_at_price, available, grams, requires_shipping, featured_image…],
 * images[src, position, variant_ids…].
 */
export function productFacts(raw: unknown, origin: Origin): { facts: ShopifyProductFacts } | { problem: string } {
  if (!isObject(raw)) return { problem: 'The entry is not a JSON object.' };
  const handle = text(raw.handle);
  if (handle === undefined) return { problem: 'The product has no handle.' };
  const rawVariants = Array.isArray(raw.variants) ? raw.variants : [];
  if (!rawVariants.every(isObject)) return { problem: 'A variant of the product is not a JSON object.' };
  const images = byPosition(Array.isArray(raw.images) ? raw.images.filter(isObject) : []);
  const facts: ShopifyProductFacts = {
    handle,
    title: raw.title,
    bodyHtml: raw.body_html,
    vendor: raw.vendor,
    productType: raw.product_type,
    optionNames: optionNames(raw.options),
    images: images.map((image) => text(image.src)).filter((src): src is string => src !== undefined),
    google: {},
    variants: rawVariants.map((variant) => variantFacts(variant, images, origin)),
    origin,
  };
  return { facts };
}

function variantFacts(raw: Json, images: Json[], origin: Origin): ShopifyVariantFacts {
  const platformId = typeof raw.id === 'number' || typeof raw.id === 'string' ? String(raw.id) : undefined;
  const variant: ShopifyVariantFacts = {
    optionValues: [raw.option1, raw.option2, raw.option3].map((v) => (typeof v === 'string' ? v : undefined)),
    sku: raw.sku,
    price: raw.price,
    compareAtPrice: raw.compare_at_price,
    stock: { kind: 'available', available: raw.available },
    grams: raw.grams,
    requiresShipping: raw.requires_shipping,
    // products.json does not list barcodes today; a storefront that does is read the same way as the CSV.
    barcode: raw.barcode,
    google: {},
    origin,
  };
  const image = variantImage(raw, images, platformId);
  if (image !== undefined) variant.image = image;
  if (platformId !== undefined) variant.platformId = platformId;
  return variant;
}

/** The variant's featured image, else the first product image attached to it through variant_ids. */
function variantImage(raw: Json, images: Json[], platformId: string | undefined): string | undefined {
  if (isObject(raw.featured_image)) {
    const src = text(raw.featured_image.src);
    if (src !== undefined) return src;
  }
  if (platformId === undefined) return undefined;
  const attached = images.find((image) => Array.isArray(image.variant_ids) && image.variant_ids.some((id) => String(id) === platformId));
  return attached ? text(attached.src) : undefined;
}

/** Option names in position order (options[].position is 1-based). */
function optionNames(raw: unknown): Array<string | undefined> {
  const options = byPosition(Array.isArray(raw) ? raw.filter(isObject) : []);
  return [0, 1, 2].map((i) => text(options[i]?.name));
}

function byPosition(items: Json[]): Json[] {
  return items
    .map((item, order) => ({ item, order, position: typeof item.position === 'number' ? item.position : Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.position - b.position || a.order - b.order)
    .map((entry) => entry.item);
}
