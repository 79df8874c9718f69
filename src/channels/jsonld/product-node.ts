import type { Offer, PeopleAudience, Product, ProductGroup, QuantitativeValue, UnitPriceSpecification, WithContext } from 'schema-dts';
import { formatAmount } from '../../model/money.js';
import type { Money, ResolvedProduct, ResolvedVariant } from '../../model/resolved.js';
import type { OfferPolicies } from './offer-policies.js';
import { unitCode } from './units.js';

// One product page's JSON-LD: a Product for a simple product, a ProductGroup with hasVariant for a product
// with variants. Google's merchant listing profile decides what goes on the offer:
// https://developers.google.com/search/docs/appearance/structured-data/merchant-listing
// https://developers.google.com/search/docs/appearance/structured-data/product-variants
// Which shipping and return policies an offer carries is OfferPolicies' decision (offer-policies.ts).

const AVAILABILITY = {
  in_stock: 'https://schema.org/InStock',
  out_of_stock: 'https://schema.org/OutOfStock',
  preorder: 'https://schema.org/PreOrder',
  backorder: 'https://schema.org/BackOrder',
} as const;

const CONDITION = {
  new: 'https://schema.org/NewCondition',
  refurbished: 'https://schema.org/RefurbishedCondition',
  used: 'https://schema.org/UsedCondition',
} as const;

/** schema.org properties Google accepts in variesBy (product-variants page). */
const VARIES_BY = {
  color: 'https://schema.org/color',
  size: 'https://schema.org/size',
  material: 'https://schema.org/material',
  pattern: 'https://schema.org/pattern',
  gender: 'https://schema.org/suggestedGender',
  ageGroup: 'https://schema.org/suggestedAge',
} as const;

/** Google's mapping of age groups to suggested ages in years (merchant listing, audience). */
const AGE_RANGE = {
  newborn: { max: 0.25 },
  infant: { min: 0.25, max: 1 },
  toddler: { min: 1, max: 5 },
  kids: { min: 5, max: 13 },
  adult: { min: 13 },
} as const;

const GOOGLE_TAXONOMY = 'https://www.google.com/basepages/producttype/taxonomy-with-ids.en-US.txt';

function amount(money: Money): string {
  return formatAmount(money.minor, money.currency);
}

/** The calendar date of an RFC 3339 instant, in the offset it was written with (priceValidUntil is a Date). */
function dateOf(instant: string): string {
  return instant.slice(0, 10);
}

/**
 * Writes a shared node in full the first time a document uses it and as an @id reference after that: a
 * ProductGroup of 30 variants then carries its shipping and return policies once, not 30 times, and the
 * document stays self-contained.
 */
function once<T extends { '@id'?: string }>(node: T, placed: Set<string>): T | { '@id': string } {
  const id = node['@id'];
  if (id === undefined) return node;
  if (placed.has(id)) return { '@id': id };
  placed.add(id);
  return node;
}

export function buildOffer(variant: ResolvedVariant, product: ResolvedProduct, policies: OfferPolicies, placed: Set<string> = new Set()): Offer {
  const offer: Offer = {
    '@type': 'Offer',
    url: variant.url,
    price: amount(variant.currentPrice),
    priceCurrency: variant.currentPrice.currency,
    availability: AVAILABILITY[variant.availability],
  };
  if (variant.availabilityDate !== undefined && (variant.availability === 'preorder' || variant.availability === 'backorder')) {
    offer.availabilityStarts = variant.availabilityDate;
  }
  if (variant.condition) offer.itemCondition = CONDITION[variant.condition];
  const specifications: UnitPriceSpecification[] = [];
  if (variant.sale?.active) {
    // The regular price shown struck through; the offer's own price is the sale price.
    specifications.push({ '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/StrikethroughPrice', price: amount(variant.price), priceCurrency: variant.price.currency });
    if (variant.sale.startsAt !== undefined) offer.validFrom = variant.sale.startsAt;
    // priceValidUntil only when the data says when the price ends: the sale's end.
    if (variant.sale.endsAt !== undefined) offer.priceValidUntil = dateOf(variant.sale.endsAt);
  }
  if (variant.unitPricing) {
    const { measure, baseMeasure } = variant.unitPricing;
    specifications.push({
      '@type': 'UnitPriceSpecification',
      price: amount(variant.currentPrice),
      priceCurrency: variant.currentPrice.currency,
      referenceQuantity: {
        '@type': 'QuantitativeValue',
        value: measure.value,
        unitCode: unitCode(measure.unit),
        valueReference: { '@type': 'QuantitativeValue', value: baseMeasure.value, unitCode: unitCode(baseMeasure.unit) },
      },
    });
  }
  if (specifications.length > 0) offer.priceSpecification = specifications.length === 1 ? specifications[0]! : specifications;
  const shipping = policies.shippingFor(product, variant.currentPrice.currency);
  if (shipping.length > 0) {
    const nodes = shipping.map((node) => once(node, placed));
    offer.shippingDetails = (nodes.length === 1 ? nodes[0]! : nodes) as Offer['shippingDetails'];
  }
  const returnPolicy = policies.returnPolicyFor(product);
  if (returnPolicy) offer.hasMerchantReturnPolicy = once(returnPolicy, placed) as Offer['hasMerchantReturnPolicy'];
  offer.seller = { '@id': policies.sellerId };
  // The purchase hand-off: the same URL the feeds and the agent API give for buying this variant.
  if (variant.purchaseUrl !== undefined) offer.potentialAction = { '@type': 'BuyAction', target: variant.purchaseUrl };
  return offer;
}

function audience(variant: ResolvedVariant): PeopleAudience | undefined {
  if (!variant.gender && !variant.ageGroup) return undefined;
  const node: PeopleAudience = { '@type': 'PeopleAudience' };
  if (variant.gender) node.suggestedGender = variant.gender;
  if (variant.ageGroup) {
    const range: { min?: number; max?: number } = AGE_RANGE[variant.ageGroup];
    if (range.min !== undefined) node.suggestedMinAge = range.min;
    if (range.max !== undefined) node.suggestedMaxAge = range.max;
  }
  return node;
}

function quantity(value: number, unit: Parameters<typeof unitCode>[0]): QuantitativeValue {
  return { '@type': 'QuantitativeValue', value, unitCode: unitCode(unit) };
}

/** The properties a purchasable item carries, whether it stands alone or is a variant of a group. */
function itemProperties(id: string, variant: ResolvedVariant, product: ResolvedProduct, policies: OfferPolicies, placed: Set<string>): Product {
  const node: Product = { '@type': 'Product', '@id': id, name: variant.title, url: variant.url };
  // The variant id is the shop's own identifier of the item (its SKU or platform variant id), not a made-up one.
  node.sku = variant.sku ?? variant.id;
  if (variant.gtin) node.gtin = variant.gtin;
  if (variant.mpn) node.mpn = variant.mpn;
  if (variant.images.length > 0) node.image = variant.images.length === 1 ? variant.images[0]! : variant.images;
  if (variant.color) node.color = variant.color;
  if (variant.size) node.size = variant.size;
  if (variant.material) node.material = variant.material;
  if (variant.pattern) node.pattern = variant.pattern;
  const people = audience(variant);
  if (people) node.audience = people;
  if (variant.weight) node.weight = quantity(variant.weight.value, variant.weight.unit);
  if (variant.dimensions) {
    node.depth = quantity(variant.dimensions.length, variant.dimensions.unit);
    node.width = quantity(variant.dimensions.width, variant.dimensions.unit);
    node.height = quantity(variant.dimensions.height, variant.dimensions.unit);
  }
  node.offers = buildOffer(variant, product, policies, placed);
  return node;
}

function describe(node: Product | ProductGroup, product: ResolvedProduct): void {
  if (product.description !== undefined) node.description = product.description;
  if (product.brand !== undefined) node.brand = { '@type': 'Brand', name: product.brand };
  const categories: Array<string | { '@type': 'CategoryCode'; inCodeSet: string; codeValue: string; name: string }> = [];
  if (product.googleCategory) {
    categories.push({ '@type': 'CategoryCode', inCodeSet: GOOGLE_TAXONOMY, codeValue: String(product.googleCategory.id), name: product.googleCategory.path });
  }
  if (product.productType) categories.push(product.productType.join(' > '));
  if (categories.length > 0) node.category = categories.length === 1 ? categories[0]! : categories;
}

/** `<product url>#variant-<variant id>`: variants may share the product's page, so the id is made from the variant id. */
export function variantNodeId(product: ResolvedProduct, variant: ResolvedVariant): string {
  return `${product.url}#variant-${encodeURIComponent(variant.id)}`;
}

/** A product's document with the policies already built (the channel builds them once per run). */
export function productDocument(product: ResolvedProduct, policies: OfferPolicies): WithContext<Product> | WithContext<ProductGroup> {
  const placed = new Set<string>();
  if (!product.isGroup) {
    // The node id names the variant, as in groups, so a reader of the markup can tell which item it describes.
    const variant = product.variants[0]!;
    const item = itemProperties(variantNodeId(product, variant), variant, product, policies, placed);
    const node = { '@context': 'https://schema.org', ...item, url: product.url } as WithContext<Product>;
    describe(node, product);
    return node;
  }
  const groupId = `${product.url}#group`;
  const group: WithContext<ProductGroup> = {
    '@context': 'https://schema.org',
    '@type': 'ProductGroup',
    '@id': groupId,
    name: product.title,
    url: product.url,
    productGroupID: product.id,
  };
  describe(group, product);
  if (product.images.length > 0) group.image = product.images.length === 1 ? product.images[0]! : product.images;
  const variesBy = product.variesBy.flatMap((a) => (a in VARIES_BY ? [VARIES_BY[a as keyof typeof VARIES_BY]] : []));
  if (variesBy.length > 0) group.variesBy = variesBy;
  group.hasVariant = product.variants.map((variant) => {
    const item = itemProperties(variantNodeId(product, variant), variant, product, policies, placed);
    item.inProductGroupWithID = product.id;
    item.isVariantOf = { '@id': groupId };
    return item;
  });
  return group;
}
