import type { Diagnostic } from '../../model/diagnostic.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { openapiDescriptionMissing, openapiMixedCurrencies } from './rules.js';
import { featuredVariant } from '../../formats/ucp/catalog-product.js';

/**
 * What the catalog API this document describes will serve differently from the catalog, found per product
 * (O(variants)) while the channel reads the catalog. The API server maps products with the same mapper
 * (ucp-product.ts), so these are the facts of its answers.
 */
export function checkUcpProduct(product: ResolvedProduct, channel: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const subject = { productId: product.id, channel, origin: product.origin };
  if (product.description === undefined) {
    found.push(openapiDescriptionMissing.diagnostic(subject, { message: 'The product has no description; the catalog API gives its title as the description.', pointer: '/description' }));
  }
  const currency = featuredVariant(product).currentPrice.currency;
  const others = [...new Set(product.variants.map((v) => v.currentPrice.currency))].filter((c) => c !== currency);
  if (others.length > 0) {
    found.push(
      openapiMixedCurrencies.diagnostic(subject, {
        message: `Variants are priced in ${[currency, ...others].join(', ')}; the product's price range covers only the ${currency} prices.`,
        pointer: '/variants',
        actual: others,
        expected: currency,
      }),
    );
  }
  return found;
}
