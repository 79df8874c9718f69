import { describe, expect, it } from 'vitest';
import type { Product } from '../../model/generated/product.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig } from '../../test-support/catalog-fixtures.js';
import { resolveDemoProducts } from '../../../test/support/demo-products.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../../../test/support/run-cli.js';
import { acpChannel, ACP_PRODUCTS_PATH } from '../../channels/acp/index.js';
import { toUcpLookupProduct, toUcpProduct, ucpSeller } from './catalog-product.js';

function resolved(records: Product[] = FIXTURE_PRODUCTS) {
  return resolveAll(records).products;
}

const [jacket, speaker, guide, coffee] = resolved();

describe('toUcpProduct', () => {
  it('maps a product with variants: options, a price range in minor units and the sale as list prices', () => {
    const product = toUcpProduct(jacket!);
    expect(product).toMatchObject({
      id: 'ap-summit-down-jacket',
      title: 'Summit Down Jacket',
      url: 'https://alder-and-pine.example/products/summit-down-jacket',
      categories: [{ value: '5598', taxonomy: 'google_product_category' }, { value: 'Apparel > Men > Jackets', taxonomy: 'merchant' }],
      price_range: { min: { amount: 17900, currency: 'USD' }, max: { amount: 22900, currency: 'USD' } },
      list_price_range: { min: { amount: 22900, currency: 'USD' }, max: { amount: 22900, currency: 'USD' } },
      options: [
        { name: 'Color', values: [{ label: 'Black' }, { label: 'Red' }] },
        { name: 'Size', values: [{ label: 'M' }, { label: 'L' }] },
      ],
      metadata: { brand: 'Alder & Pine' },
    });
    expect(product.description.plain).toContain('800-fill');
    expect(product.description.html).toContain('<strong>');
    const onSale = product.variants.find((v) => v.id === 'AP-SDJ-BLK-M')!;
    expect(onSale).toMatchObject({ price: { amount: 17900, currency: 'USD' }, list_price: { amount: 22900, currency: 'USD' }, options: [{ name: 'Color', label: 'Black' }, { name: 'Size', label: 'M' }] });
    const regular = product.variants.find((v) => v.id === 'AP-SDJ-RED-M')!;
    expect(regular.list_price).toBeUndefined();
  });

  it("carries each variant's purchase URL from the model", () => {
    for (const product of resolved()) {
      const ucp = toUcpProduct(product);
      for (const variant of product.variants) expect(ucp.variants.find((v) => v.id === variant.id)!.metadata).toEqual({ purchase_url: variant.purchaseUrl });
    }
  });

  it.each([
    ['in_stock', true],
    ['preorder', true],
    ['backorder', true],
    ['out_of_stock', false],
  ] as const)('maps availability %s to available %s', (status, available) => {
    const record: Product = { ...FIXTURE_PRODUCTS[1]!, id: `a-${status}`, variants: [{ id: `V-${status}`, price: '5.00', availability: status, ...(status === 'preorder' || status === 'backorder' ? { availabilityDate: '2027-01-01T00:00:00Z' } : {}) }] };
    expect(toUcpProduct(resolved([record])[0]!).variants[0]!.availability).toEqual({ available, status });
  });

  it('features the first variant a buyer can buy', () => {
    const record: Product = {
      ...FIXTURE_PRODUCTS[1]!,
      id: 'sold-out-first',
      variants: [
        { id: 'SO-1', color: 'Red', price: '5.00', availability: 'out_of_stock' },
        { id: 'SO-2', color: 'Blue', price: '6.00', availability: 'in_stock' },
        { id: 'SO-3', color: 'Green', price: '7.00', availability: 'in_stock' },
      ],
    };
    expect(toUcpProduct(resolved([record])[0]!).variants.map((v) => v.id)).toEqual(['SO-2', 'SO-1', 'SO-3']);
  });

  it('gives identifiers, images, unit price and a title for a missing description', () => {
    expect(toUcpProduct(speaker!).variants[0]).toMatchObject({ id: 'TS-BC2-GRY', barcodes: [{ type: 'GTIN', value: '0012345678905' }], availability: { available: true, status: 'preorder' } });
    expect(toUcpProduct(coffee!).variants[0]!.unit_price).toEqual({ amount: 485, currency: 'USD', measure: { value: 340, unit: 'g' }, reference: { value: 100, unit: 'g' } });
    expect(toUcpProduct(guide!).media).toEqual([{ type: 'image', url: 'https://alder-and-pine.example/images/guide.jpg' }]);
    const bare = resolved([{ ...FIXTURE_PRODUCTS[1]!, id: 'bare', description: undefined }])[0]!;
    expect(toUcpProduct(bare).description).toEqual({ plain: bare.title });
  });

  it("names the shop and its policy pages as every variant's seller", () => {
    const seller = ucpSeller(testConfig());
    expect(seller).toEqual({
      name: 'Alder & Pine Outfitters',
      links: [
        { type: 'privacy_policy', url: 'https://alder-and-pine.example/policies/privacy' },
        { type: 'terms_of_service', url: 'https://alder-and-pine.example/policies/terms' },
        { type: 'refund_policy', url: 'https://alder-and-pine.example/policies/returns' },
      ],
    });
    expect(toUcpProduct(speaker!, { seller }).variants[0]!.seller).toBe(seller);
    expect(toUcpProduct(speaker!).variants[0]!.seller).toBeUndefined();
  });
});

describe('toUcpLookupProduct', () => {
  it.each<[string, string[], Array<[string, Array<{ id: string; match: string }>]>]>([
    ['a product id: its featured variant', ['ap-summit-down-jacket'], [['AP-SDJ-BLK-M', [{ id: 'ap-summit-down-jacket', match: 'featured' }]]]],
    ['a variant id: that variant', ['AP-SDJ-RED-M'], [['AP-SDJ-RED-M', [{ id: 'AP-SDJ-RED-M', match: 'exact' }]]]],
    [
      'the product and its featured variant: one variant, both inputs',
      ['ap-summit-down-jacket', 'AP-SDJ-BLK-M', 'AP-SDJ-BLK-M'],
      [['AP-SDJ-BLK-M', [{ id: 'ap-summit-down-jacket', match: 'featured' }, { id: 'AP-SDJ-BLK-M', match: 'exact' }]]],
    ],
    [
      'two variant ids',
      ['AP-SDJ-RED-M', 'AP-SDJ-BLK-L'],
      [
        ['AP-SDJ-BLK-L', [{ id: 'AP-SDJ-BLK-L', match: 'exact' }]],
        ['AP-SDJ-RED-M', [{ id: 'AP-SDJ-RED-M', match: 'exact' }]],
      ],
    ],
  ])('resolves %s', (_name, ids, expected) => {
    const product = toUcpLookupProduct(jacket!, ids)!;
    expect(product.variants.map((v) => [v.id, v.inputs])).toEqual(expected);
    expect(product.price_range).toEqual(toUcpProduct(jacket!).price_range);
  });

  it('resolves a SKU exactly and nothing for unknown ids', () => {
    const record: Product = { ...FIXTURE_PRODUCTS[1]!, id: 'with-sku', variants: [{ id: 'WS-1', sku: 'SKU-123', price: '5.00', availability: 'in_stock' }] };
    const product = resolved([record])[0]!;
    expect(toUcpLookupProduct(product, ['SKU-123'])!.variants[0]!.inputs).toEqual([{ id: 'SKU-123', match: 'exact' }]);
    expect(toUcpLookupProduct(product, ['nope', 'WS-2'])).toBeUndefined();
  });
});

describe('unit prices: one value, whichever channel publishes it', () => {
  it.each([
    ['the US demo shop', DEMO_CONFIG],
    ['the Japanese demo shop', DEMO_JP_CONFIG],
  ])('%s: the ACP feed and the UCP catalog give every unit-priced variant the same unit price', async (_name, path) => {
    const { config, products } = await resolveDemoProducts(path);
    const priced = products.filter((p) => p.variants.some((v) => v.unitPricing));
    expect(priced.length).toBeGreaterThan(0);
    const { out } = await runChannel(acpChannel, priced, config);
    const acp = new Map(
      out
        .text(ACP_PRODUCTS_PATH)
        .trimEnd()
        .split('\n')
        .flatMap((line) => (JSON.parse(line) as { variants: Array<{ id: string; unit_price?: unknown }> }).variants.map((v) => [v.id, v.unit_price] as const)),
    );
    for (const product of priced) {
      for (const variant of toUcpProduct(product).variants) {
        expect(variant.unit_price, variant.id).toBeDefined();
        expect(variant.unit_price, variant.id).toEqual(acp.get(variant.id));
      }
    }
  });
});
