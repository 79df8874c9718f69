import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Product, Variant } from '../../../model/generated/product.js';
import { fromChunks } from '../../../test-support/chunks.js';
import { startLocalServer, type LocalServer } from '../../../test-support/local-server.js';
import { testReadContext } from '../../../test-support/read-context.js';
import { readShopifyCsv } from './shopify-csv.js';
import { readShopifyJson } from './shopify-json.js';
import { collect, fixture, records } from './shopify-test.fixtures.js';

/**
 * The same seven published products, exported as Shopify's product CSV and served as a storefront's products.json
 * pages, must map to the same canonical records, except where the two sources genuinely state different things.
 * Those differences, and only those, are normalised away here:
 *
 * 1. Stock. The CSV states a count and a policy (stockQuantity, backorderPolicy); products.json states only
 *    whether the variant can be bought now (`available` → availability). A CSV count is turned into what the
 *    storefront shows for it: purchasable when the count is positive or backorders are allowed. A variant whose
 *    inventory Shopify does not track has no count in the CSV and is in stock in both, as Shopify sells it
 *    without limit.
 * 2. Variant URLs. Only products.json carries Shopify's numeric variant ids, so only it gives `?variant=` URLs.
 * 3. CSV-only columns. Variant Barcode (gtin), the Google Shopping columns (googleProductCategory, gender,
 *    ageGroup, condition, mpn) and the unit price columns (unitPricing) have no products.json counterpart.
 *
 * Ids agree: both take the SKU, or the handle and option values when there is none (variant-id.ts).
 */
const CSV_ONLY_PRODUCT = ['googleProductCategory', 'gender', 'ageGroup', 'condition'] as const;
const CSV_ONLY_VARIANT = ['gtin', 'mpn', 'gender', 'ageGroup', 'condition', 'unitPricing'] as const;

function fromCsv(product: Product): Product {
  const out: Record<string, unknown> = { ...product };
  for (const key of CSV_ONLY_PRODUCT) delete out[key];
  out.variants = product.variants.map((variant) => {
    const v: Record<string, unknown> = { ...variant };
    for (const key of CSV_ONLY_VARIANT) delete v[key];
    delete v.stockQuantity;
    delete v.backorderPolicy;
    if (variant.stockQuantity !== undefined) v.availability = variant.stockQuantity > 0 || variant.backorderPolicy === 'allow' ? 'in_stock' : 'out_of_stock';
    return v;
  });
  return out as unknown as Product;
}

function fromJson(product: Product): Product {
  return {
    ...product,
    variants: product.variants.map((variant) => {
      const v: Record<string, unknown> = { ...variant };
      delete v.url;
      return v as unknown as Variant;
    }) as Product['variants'],
  };
}

describe('the CSV export and products.json of the same products', () => {
  const context = testReadContext();
  let server: LocalServer;
  let csv: Product[];
  let json: Product[];

  beforeAll(async () => {
    const pages = [1, 2, 3].map((n) => fixture(`products-page-${n}.json`));
    server = await startLocalServer((req, res) => {
      const page = Number(new URL(req.url!, 'http://x').searchParams.get('page'));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(pages[page - 1] ?? '{"products":[]}');
    });
    csv = records(await collect(readShopifyCsv(fromChunks([fixture('products_export.csv')]), 'products_export.csv', context)));
    json = records(await collect(readShopifyJson(`${server.url}/products.json`, context)));
  });
  afterAll(async () => {
    await context.http.close();
    await server.close();
  });

  it('list the same products, in the same order, with the same variant ids', () => {
    expect(json.map((p) => p.id)).toEqual(csv.map((p) => p.id));
    expect(json.map((p) => p.variants.map((v) => v.id))).toEqual(csv.map((p) => p.variants.map((v) => v.id)));
  });

  it('still differ where the sources do, so the list of differences is not stale', () => {
    const csvVariants = csv.flatMap((p) => p.variants);
    const jsonVariants = json.flatMap((p) => p.variants);
    expect(csvVariants.some((v) => v.stockQuantity !== undefined && v.availability === undefined)).toBe(true);
    expect(jsonVariants.every((v) => v.stockQuantity === undefined && v.availability !== undefined && v.url !== undefined)).toBe(true);
    expect(csvVariants.every((v) => v.url === undefined)).toBe(true);
    for (const key of CSV_ONLY_VARIANT.filter((k) => k !== 'gender' && k !== 'ageGroup' && k !== 'condition')) {
      expect(csvVariants.some((v) => v[key] !== undefined), key).toBe(true);
      expect(jsonVariants.some((v) => v[key] !== undefined), key).toBe(false);
    }
    for (const key of CSV_ONLY_PRODUCT) {
      expect(csv.some((p) => p[key] !== undefined), key).toBe(true);
      expect(json.some((p) => p[key] !== undefined), key).toBe(false);
    }
    const guide = (products: Product[]) => products.find((p) => p.id === 'cascade-trail-guide-pdf')!.variants[0]!;
    expect([guide(csv).availability, guide(csv).stockQuantity, guide(json).availability]).toEqual(['in_stock', undefined, 'in_stock']);
  });

  it('map to the same canonical records once the documented differences are set aside', () => {
    expect(json.map(fromJson)).toEqual(csv.map(fromCsv));
  });
});
