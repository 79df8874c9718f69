import { compileTemplate, encodeTemplateValue, expandTemplate } from './url-template.js';

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

const PLACEHOLDERS = ['variant_id', 'sku', 'product_id', 'quantity'] as const;

export function expandPurchaseUrl(template: string, values: PurchaseUrlValues, options: { keepQuantity?: boolean } = {}): string {
  const result = expandTemplate(compileTemplate(template, PLACEHOLDERS), (name) => {
    switch (name) {
      case 'variant_id':
        return encodeTemplateValue(values.variantId);
      case 'sku':
        return encodeTemplateValue(values.sku ?? values.variantId);
      case 'product_id':
        return encodeTemplateValue(values.productId);
      default:
        return options.keepQuantity ? '{quantity}' : String(values.quantity ?? 1);
    }
  });
  // Every placeholder of a purchase template has a value.
  return 'url' in result ? result.url : template;
}
