/**
 * WooCommerce attributes are free-form name/value pairs (global ones like "Color" are taxonomies, others are
 * typed per product): https://woocommerce.com/document/managing-product-taxonomies/#product-attributes.
 * Names that mean a canonical field are matched case-insensitively; every other attribute that tells
 * variations apart is kept as a variant option under its own name.
 */
export type AttributeField = 'color' | 'size' | 'material' | 'pattern' | 'brand';

const FIELDS: Record<string, AttributeField> = {
  color: 'color',
  colour: 'color',
  size: 'size',
  material: 'material',
  pattern: 'pattern',
  brand: 'brand',
};

export function attributeField(name: string): AttributeField | undefined {
  return FIELDS[name.trim().toLowerCase()];
}

/** One value of a variation attribute set on a variant: a canonical field, else an option. */
export function setVariantAttribute(variant: Record<string, unknown>, name: string, value: string): void {
  const field = attributeField(name);
  if (field === 'color' || field === 'size' || field === 'material' || field === 'pattern') {
    variant[field] = value;
    return;
  }
  const options = (variant.options as Record<string, string> | undefined) ?? {};
  options[name] = value;
  variant.options = options;
}

export interface ProductAttributeValues {
  /** Fields of the product record (material, pattern, brand). */
  product: Record<string, string>;
  /** Fields every variant takes unless it has its own (color, size). */
  variant: Record<string, string>;
}

/**
 * Attributes that do not tell variations apart, as shown on the product page. Only single-valued ones are
 * facts about the item: "Color: Red, Blue" on a simple product says nothing about which one is sold.
 */
export function productAttributeValues(attributes: ReadonlyArray<{ name: string; values: readonly string[] }>): ProductAttributeValues {
  const out: ProductAttributeValues = { product: {}, variant: {} };
  for (const { name, values } of attributes) {
    const field = attributeField(name);
    if (!field || values.length !== 1 || values[0]!.trim() === '') continue;
    const target = field === 'color' || field === 'size' ? out.variant : out.product;
    target[field] ??= values[0]!.trim();
  }
  return out;
}
