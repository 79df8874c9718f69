import type { Product, Variant } from '../model/generated/product.js';
import type { VaryingAttribute } from '../model/resolved.js';

type Attribute = 'color' | 'size' | 'material' | 'pattern' | 'gender' | 'ageGroup';

/** The attributes schema.org's variesBy and Google's variant rules know, in the order titles list them. */
const ATTRIBUTES: readonly Attribute[] = ['color', 'size', 'material', 'pattern', 'gender', 'ageGroup'];

/** A variant's value of a varying attribute: its own, else the product's. */
export function attributeValue(product: Product, variant: Variant, attribute: VaryingAttribute): string | undefined {
  if (attribute.startsWith('option:')) return variant.options?.[attribute.slice(7)];
  const own = variant[attribute as Attribute];
  if (own !== undefined) return own;
  return attribute === 'gender' || attribute === 'ageGroup' || attribute === 'material' || attribute === 'pattern'
    ? product[attribute]
    : undefined;
}

/**
 * The attributes whose values really differ between the given variants: only those tell variants apart
 * (https://developers.google.com/search/docs/appearance/structured-data/product-variants, variesBy).
 */
export function varyingAttributes(product: Product, variants: readonly Variant[]): VaryingAttribute[] {
  if (variants.length < 2) return [];
  const candidates: VaryingAttribute[] = [...ATTRIBUTES];
  const optionNames = new Set<string>();
  for (const v of variants) for (const name of Object.keys(v.options ?? {})) optionNames.add(name);
  for (const name of optionNames) candidates.push(`option:${name}`);
  return candidates.filter((attribute) => {
    const first = attributeValue(product, variants[0]!, attribute);
    return variants.some((v) => attributeValue(product, v, attribute) !== first);
  });
}

/** "Summit Down Jacket - Black / M": the product title and the variant's values of the varying attributes. */
export function composeVariantTitle(productTitle: string, values: readonly string[]): string {
  return values.length === 0 ? productTitle : `${productTitle} - ${values.join(' / ')}`;
}

/** Indexes of variants whose varying values repeat an earlier variant's, so a buyer cannot tell them apart. */
export function indistinctVariants(product: Product, variants: readonly Variant[], varying: readonly VaryingAttribute[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  variants.forEach((v, i) => {
    const key = JSON.stringify(varying.map((a) => attributeValue(product, v, a) ?? null));
    if (seen.has(key)) out.push(i);
    else seen.add(key);
  });
  return out;
}
