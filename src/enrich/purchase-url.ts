/**
 * A variant's purchase hand-off URL, from the config's template: {variant_id}, {sku}, {product_id} and
 * {quantity} are replaced, each value percent-encoded. The resolved model carries the URL that buys one;
 * the template itself (with {quantity} left open) goes into the agent API description.
 */
export interface PurchaseUrlValues {
  variantId: string;
  productId: string;
  sku?: string;
  quantity?: number;
}

type Placeholder = 'variant_id' | 'sku' | 'product_id' | 'quantity';
type Part = { literal: string } | { placeholder: Placeholder };

/** Templates are split once into literal parts and placeholders: expansion runs for every variant of the catalog. */
const compiled = new Map<string, Part[]>();

function compile(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const match of template.matchAll(/\{(variant_id|sku|product_id|quantity)\}/g)) {
      if (match.index > last) parts.push({ literal: template.slice(last, match.index) });
      parts.push({ placeholder: match[1] as Placeholder });
      last = match.index + match[0].length;
    }
    if (last < template.length) parts.push({ literal: template.slice(last) });
    compiled.set(template, parts);
  }
  return parts;
}

export function expandPurchaseUrl(template: string, values: PurchaseUrlValues, options: { keepQuantity?: boolean } = {}): string {
  let out = '';
  for (const part of compile(template)) out += 'literal' in part ? part.literal : value(part.placeholder, values, options);
  return out;
}

function value(name: Placeholder, values: PurchaseUrlValues, options: { keepQuantity?: boolean }): string {
  switch (name) {
    case 'variant_id':
      return encodeURIComponent(values.variantId);
    case 'sku':
      return encodeURIComponent(values.sku ?? values.variantId);
    case 'product_id':
      return encodeURIComponent(values.productId);
    case 'quantity':
      return options.keepQuantity ? '{quantity}' : String(values.quantity ?? 1);
  }
}
