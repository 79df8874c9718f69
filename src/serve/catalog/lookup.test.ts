import { describe, expect, it } from 'vitest';
import { toUcpLookupProduct, toUcpProduct, ucpSeller } from '../../formats/ucp/catalog-product.js';
import { FIXTURE_PRODUCTS, resolveAll } from '../../test-support/catalog-fixtures.js';
import { resolveDemoProducts } from '../../../test/support/demo-products.js';
import { DEMO_CONFIG } from '../../../test/support/run-cli.js';
import { detailProduct, lookupProduct } from './lookup.js';

describe('lookupProduct', () => {
  it('gives what toUcpLookupProduct gives from the model, for every demo product and every kind of id', async () => {
    const { config, products } = await resolveDemoProducts(DEMO_CONFIG);
    const seller = ucpSeller(config);
    let compared = 0;
    for (const product of products) {
      const stored = JSON.parse(JSON.stringify(toUcpProduct(product, { seller })));
      const variantIds = product.variants.map((v) => v.id);
      const skus = product.variants.flatMap((v) => (v.sku ? [v.sku] : []));
      const cases = [[product.id], ...variantIds.map((id) => [id]), [...variantIds].reverse(), [product.id, ...variantIds, product.id], [...skus, 'unknown'], ['unknown']];
      for (const ids of cases) {
        expect(lookupProduct(stored, ids), `${product.id} ${ids.join(',')}`).toEqual(toUcpLookupProduct(product, ids, { seller }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(products.length * 4);
  });
});

describe('detailProduct', () => {
  const [jacket] = resolveAll(FIXTURE_PRODUCTS).products;
  const stored = toUcpProduct(jacket!);
  it.each<[string, string, string]>([
    ['the product id: featured variant first', 'ap-summit-down-jacket', stored.variants[0]!.id],
    ['a variant id: that variant first', 'AP-SDJ-RED-M', 'AP-SDJ-RED-M'],
  ])('%s', (_name, id, first) => {
    const detail = detailProduct(stored, id);
    expect(detail.variants[0]!.id).toBe(first);
    expect(detail.variants.map((v) => v.id).sort()).toEqual(stored.variants.map((v) => v.id).sort());
    expect(detail.selected).toEqual(detail.variants[0]!.options);
  });
});
