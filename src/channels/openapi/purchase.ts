import { expandPurchaseUrl } from '../../enrich/purchase-url.js';
import type { ResolvedProduct } from '../../model/resolved.js';

/**
 * The purchase hand-off in openapi.json: the `x-agentshelf-purchase` specification extension
 * (https://spec.openapis.org/oas/v3.1.0#specification-extensions) tells an agent how to send a buyer to buy a
 * variant it found through the catalog API: the config's URL template, what each placeholder stands for, and
 * the purchase URL of listed variants (each the model's variant.purchaseUrl, the URL the JSON-LD offer carries
 * as its BuyAction target and the API returns as variants[].metadata.purchase_url).
 *
 * How many variants to list is a trade-off. One entry per variant is the most direct for an agent, but a
 * 1M-variant catalog would make openapi.json some 200 MB: too big for the agents and tools that read API
 * descriptions whole, and the catalog API already returns every variant's URL. A template alone is small but
 * leaves an agent to trust its own expansion. So the document lists every variant of a catalog of up to
 * MAX_LISTED_VARIANTS (the demo shop's 155 fit), and for larger catalogs lists the first MAX_LISTED_VARIANTS
 * in catalog order as worked examples, with `complete: false`, the total, and the rule that builds any URL.
 * Memory stays O(MAX_LISTED_VARIANTS): the listed entries and a count are the only whole-catalog state.
 */
export const MAX_LISTED_VARIANTS = 200;

export interface PurchaseEntry {
  product_id: string;
  variant_id: string;
  sku?: string;
  /** The URL that buys one: the model's variant.purchaseUrl, as is. */
  purchase_url: string;
  /** The same URL with {quantity} left open, when the template has a quantity. */
  purchase_url_template?: string;
}

const PLACEHOLDERS = {
  variant_id: 'The variant id (variants[].id in catalog responses).',
  sku: 'The variant’s SKU (variants[].sku), or its variant id when it has no SKU.',
  product_id: 'The product id (products[].id).',
  quantity: 'How many to buy: a whole number, 1 or more.',
} as const;

export class PurchaseListing {
  private readonly entries: PurchaseEntry[] = [];
  private variants = 0;
  private readonly hasQuantity: boolean;

  constructor(
    private readonly template: string,
    private readonly limit: number = MAX_LISTED_VARIANTS,
  ) {
    this.hasQuantity = template.includes('{quantity}');
  }

  /** Counts the product's variants with a purchase URL and lists them while there is room. */
  add(product: ResolvedProduct): number {
    let added = 0;
    for (const variant of product.variants) {
      if (variant.purchaseUrl === undefined) continue;
      added++;
      this.variants++;
      if (this.entries.length >= this.limit) continue;
      const sku = variant.sku !== undefined ? { sku: variant.sku } : {};
      const entry: PurchaseEntry = { product_id: product.id, variant_id: variant.id, ...sku, purchase_url: variant.purchaseUrl };
      if (this.hasQuantity) {
        // The model's URL buys one; this is the same expansion with the quantity left to the agent.
        entry.purchase_url_template = expandPurchaseUrl(this.template, { variantId: variant.id, productId: product.id, ...sku }, { keepQuantity: true });
      }
      this.entries.push(entry);
    }
    return added;
  }

  get total(): number {
    return this.variants;
  }

  get listed(): number {
    return this.entries.length;
  }

  get complete(): boolean {
    return this.entries.length === this.variants;
  }

  /** The extension's value: the rule first, then the listed variants. */
  extension(): Record<string, unknown> {
    const placeholders: Record<string, string> = {};
    for (const [name, description] of Object.entries(PLACEHOLDERS)) {
      if (this.template.includes(`{${name}}`)) placeholders[name] = description;
    }
    return {
      description:
        'How to send a buyer to buy a variant found through this API: replace each placeholder of the template with its value, percent-encoded as a URI component (RFC 3986), and open the URL. ' +
        'The catalog API returns the URL that buys one of each variant as variants[].metadata.purchase_url. ' +
        (this.complete ? 'Every variant of the catalog is listed below.' : `The first ${this.entries.length} of the catalog's ${this.variants} variants are listed below as examples; build any other variant's URL from the template.`),
      template: this.template,
      placeholders,
      catalog_field: 'variants[].metadata.purchase_url',
      variant_count: this.variants,
      complete: this.complete,
      variants: this.entries,
    };
  }
}
