import type { Diagnostic } from '../model/diagnostic.js';
import { CompactIdSet } from '../model/compact-id-set.js';
import type { Product } from '../model/generated/product.js';
import type { ResolvedProduct } from '../model/resolved.js';
import { applyDefaults } from '../enrich/defaults.js';
import { checkRuleOverrides } from './rule-overrides.js';
import { ProductScope } from '../enrich/product-scope.js';
import { resolveProduct, type EnrichContext } from '../enrich/resolve-product.js';
import { duplicateProductId, duplicateVariantId } from '../enrich/rules/variant.js';
import { notAnObject } from '../sources/rules/not-an-object.js';
import type { SourceItem } from '../sources/source-item.js';
import { checkProductSchema } from '../validate/product-schema.js';

export interface CatalogEntry {
  /** The resolved product, when any of it can be published. */
  product?: ResolvedProduct;
  productId?: string;
  diagnostics: Diagnostic[];
  /** Variants in the record as read (0 for an unreadable record). */
  variantsRead: number;
  /** False for input that could not be read as a record at all. */
  readable: boolean;
  /** A record the source left out on purpose (a draft). */
  skipped?: boolean;
}

/**
 * Validates and resolves records one at a time. The only whole-catalog state is the set of ids seen so far,
 * which duplicate detection cannot do without: 64-bit hashes in typed arrays (CompactIdSet), about 16 bytes
 * an id instead of a string each.
 */
export async function* resolveCatalog(items: AsyncIterable<SourceItem>, context: EnrichContext): AsyncGenerator<CatalogEntry> {
  const productIds = new CompactIdSet();
  const variantIds = new CompactIdSet();
  const overrides = checkRuleOverrides(context.config.rules);
  for await (const item of items) {
    if (item.type === 'unreadable') {
      yield { diagnostics: [item.diagnostic], variantsRead: 0, readable: false };
      continue;
    }
    if (item.type === 'skipped') {
      yield { diagnostics: [item.diagnostic], variantsRead: 0, readable: true, skipped: true };
      continue;
    }
    const value = item.value as Partial<Product> | null;
    const productId = value && typeof value === 'object' && typeof value.id === 'string' ? value.id : undefined;
    const scope = new ProductScope(productId, item.origin, overrides);
    if (item.diagnostics) scope.adopt(item.diagnostics);
    const variantsRead = value && Array.isArray(value.variants) ? value.variants.length : 0;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      scope.product(notAnObject, { message: `A product record must be a JSON object, not ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}.`, pointer: '' });
      yield { diagnostics: scope.diagnostics, variantsRead, readable: true };
      continue;
    }
    applyDefaults(value as Record<string, unknown>, context.config.defaults, scope);
    scope.adopt(checkProductSchema(value, { origin: item.origin }));
    if (productId !== undefined) {
      if (!productIds.add(productId)) scope.product(duplicateProductId, { message: `The product id "${productId}" was used by an earlier product.`, pointer: '/id', actual: productId });
    }
    if (Array.isArray(value.variants)) {
      value.variants.forEach((variant, index) => {
        const id = (variant as { id?: unknown } | null)?.id;
        if (typeof id !== 'string' || scope.variantExcluded(index)) return;
        if (!variantIds.add(id)) scope.variant(index, id, duplicateVariantId, { message: `The variant id "${id}" was used by an earlier variant.`, pointer: `/variants/${index}/id`, actual: id });
      });
    }
    const product = scope.productExcluded ? undefined : resolveProduct(value as Product, scope, context);
    const entry: CatalogEntry = { diagnostics: scope.diagnostics, variantsRead, readable: true };
    if (productId !== undefined) entry.productId = productId;
    if (product) entry.product = product;
    yield entry;
  }
}
