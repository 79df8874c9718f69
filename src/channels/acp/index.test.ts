import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { Product } from '../../model/generated/product.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { MemoryWriter } from '../memory-writer.js';
import type { AcpProduct, AcpVariant } from './feed-types.js';
import { ACP_METADATA_PATH, ACP_PRODUCTS_PATH, acpChannel } from './index.js';

const ALL_POLICIES = { ...TEST_CONFIG_INPUT.policies, shipping: 'https://alder-and-pine.example/policies/shipping' };

const resolved = (records: Product[] = FIXTURE_PRODUCTS, config?: ResolvedConfig) => resolveAll(records, config).products;

async function feed(products: ResolvedProduct[] = resolved(), config: ResolvedConfig = testConfig({ policies: ALL_POLICIES })) {
  const result = await runChannel(acpChannel, products, config);
  const text = result.out.text(ACP_PRODUCTS_PATH);
  const lines = text.split('\n');
  expect(lines.pop()).toBe('');
  const parsed = lines.map((l) => JSON.parse(l) as AcpProduct);
  const variants = new Map<string, AcpVariant>(parsed.flatMap((p) => p.variants.map((v) => [v.id, v] as const)));
  return { ...result, text, lines, products: parsed, variants, metadata: JSON.parse(result.out.text(ACP_METADATA_PATH)) as Record<string, unknown> };
}

describe('acp channel', () => {
  it('writes FeedMetadata from the config, without a clock-dependent updated_at', async () => {
    const { metadata } = await feed();
    expect(metadata).toEqual({ id: 'alder-and-pine.example-US', target_country: 'US' });
    const custom = await feed(resolved(), testConfig({ feeds: { acp: { feedId: 'feed_8f3K2x', targetCountry: 'CA' } } }));
    expect(custom.metadata).toEqual({ id: 'feed_8f3K2x', target_country: 'CA' });
  });

  it('writes one nested product per line and counts variants', async () => {
    const { products, lines, summary } = await feed();
    expect(lines).toHaveLength(4);
    expect(products.map((p) => [p.id, p.variants.map((v) => v.id)])).toEqual([
      ['ap-summit-down-jacket', ['AP-SDJ-BLK-M', 'AP-SDJ-BLK-L', 'AP-SDJ-RED-M']],
      ['ap-tessellate-speaker', ['TS-BC2-GRY']],
      ['ap-trail-map-guide', ['AP-GUIDE-PDF']],
      ['ap-campfire-coffee', ['AP-CBC-340']],
    ]);
    expect(summary).toEqual({ items: 6, skipped: 0 });
  });

  it('matches the golden files', async () => {
    const { out } = await feed();
    for (const [path, name] of [
      [ACP_PRODUCTS_PATH, 'products.jsonl'],
      [ACP_METADATA_PATH, 'metadata.json'],
    ] as const) {
      const golden = new URL(`./fixtures/${name}`, import.meta.url);
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, out.text(path));
      expect(out.text(path), path).toBe(readFileSync(golden, 'utf8'));
    }
  });

  it('does not depend on the run clock', async () => {
    const products = resolved();
    const texts = await Promise.all(
      ['2026-11-22T12:00:00.000Z', '2031-01-01T00:00:00.000Z'].map(async (iso) => {
        const out = new MemoryWriter();
        const run = acpChannel.open({ links: () => [], config: testConfig({ policies: ALL_POLICIES }), assets: {}, channels: new Set(), now: { iso, epochMs: Date.parse(iso) }, out, diagnostics: { report() {} } });
        for (const product of products) await run.add(product);
        await run.close();
        return [...out.files.entries()].sort().map(([p, c]) => `${p}\n${c}`).join('\n');
      }),
    );
    expect(texts[0]).toBe(texts[1]);
  });

  it.each([
    // variant, price, list_price, availability
    ['AP-SDJ-BLK-M', { amount: 17900, currency: 'USD' }, { amount: 22900, currency: 'USD' }, { available: true, status: 'in_stock' }],
    ['AP-SDJ-BLK-L', { amount: 17900, currency: 'USD' }, { amount: 22900, currency: 'USD' }, { available: false, status: 'out_of_stock' }],
    ['AP-SDJ-RED-M', { amount: 22900, currency: 'USD' }, undefined, { available: true, status: 'backorder' }],
    ['TS-BC2-GRY', { amount: 14900, currency: 'USD' }, undefined, { available: true, status: 'preorder' }],
    ['AP-GUIDE-PDF', { amount: 1200, currency: 'USD' }, undefined, { available: true, status: 'in_stock' }],
  ])('writes %s at its current price in minor units, the regular price while on sale, and its availability', async (id, price, listPrice, availability) => {
    const { variants } = await feed();
    const variant = variants.get(id)!;
    expect(variant.price).toEqual(price);
    expect(variant.list_price).toEqual(listPrice);
    expect(variant.availability).toEqual(availability);
  });

  it('writes a sale that has not started as the regular price only', async () => {
    const [record] = FIXTURE_PRODUCTS;
    const later: Product = { ...record!, variants: [{ ...record!.variants[0]!, saleStartsAt: '2027-01-01T00:00:00Z', saleEndsAt: '2027-01-31T00:00:00Z' }] };
    const { variants } = await feed(resolved([later]));
    expect(variants.get('AP-SDJ-BLK-M')).toMatchObject({ price: { amount: 22900, currency: 'USD' } });
    expect(variants.get('AP-SDJ-BLK-M')!.list_price).toBeUndefined();
  });

  it('writes product content, barcodes, categories, condition, options, media and seller', async () => {
    const { products, variants } = await feed();
    expect(products[0]).toMatchObject({
      title: 'Summit Down Jacket',
      description: {
        plain: 'Packable 800-fill down & a PFC-free shell.\n\n- Two hand pockets\n- Stuffs into its pocket',
        html: '<p>Packable <strong>800-fill</strong> down &amp; a PFC-free shell.</p><ul><li>Two hand pockets</li><li>Stuffs into its pocket</li></ul>',
      },
      url: 'https://alder-and-pine.example/products/summit-down-jacket',
      media: [
        { type: 'image', url: 'https://alder-and-pine.example/images/sdj-1.jpg' },
        { type: 'image', url: 'https://alder-and-pine.example/images/sdj-2.jpg' },
      ],
    });
    expect(products[1]!.description).toEqual({ plain: 'Waterproof Bluetooth speaker with a 24-hour battery. Ships from February.' });
    expect(variants.get('AP-SDJ-BLK-M')).toMatchObject({
      title: 'Summit Down Jacket - Black / M',
      url: 'https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-BLK-M',
      categories: [
        { value: '5598', taxonomy: 'google_product_category' },
        { value: 'Apparel > Men > Jackets', taxonomy: 'merchant' },
      ],
      condition: ['new'],
      variant_options: [
        { name: 'Color', value: 'Black' },
        { name: 'Size', value: 'M' },
      ],
    });
    // The variant's own image first, then the product's; a variant without its own images inherits the product's.
    expect(variants.get('AP-SDJ-BLK-M')!.media!.map((m) => m.url)).toEqual([
      'https://alder-and-pine.example/images/sdj-black.jpg',
      'https://alder-and-pine.example/images/sdj-1.jpg',
      'https://alder-and-pine.example/images/sdj-2.jpg',
    ]);
    expect(variants.get('AP-SDJ-BLK-L')!.media).toBeUndefined();
    expect(variants.get('TS-BC2-GRY')).toMatchObject({ barcodes: [{ type: 'GTIN', value: '0012345678905' }], categories: [{ value: '249', taxonomy: 'google_product_category' }] });
    expect(variants.get('TS-BC2-GRY')!.variant_options).toBeUndefined();
    expect(variants.get('AP-GUIDE-PDF')!.condition).toBeUndefined();
    expect(variants.get('AP-SDJ-RED-M')!.seller).toEqual({
      name: 'Alder & Pine Outfitters',
      links: [
        { type: 'privacy_policy', title: 'Privacy Policy', url: 'https://alder-and-pine.example/policies/privacy' },
        { type: 'terms_of_service', title: 'Terms of Service', url: 'https://alder-and-pine.example/policies/terms' },
        { type: 'refund_policy', title: 'Refund Policy', url: 'https://alder-and-pine.example/policies/returns' },
        { type: 'shipping_policy', title: 'Shipping Policy', url: 'https://alder-and-pine.example/policies/shipping' },
      ],
    });
  });

  it('writes a unit price normalised to the base measure from the current price', async () => {
    const { variants } = await feed();
    // 16.50 USD for 340 g → 4.8529… per 100 g → 485 cents, half up.
    expect(variants.get('AP-CBC-340')!.unit_price).toEqual({ amount: 485, currency: 'USD', measure: { value: 340, unit: 'g' }, reference: { value: 100, unit: 'g' } });
    expect(variants.get('TS-BC2-GRY')!.unit_price).toBeUndefined();
  });

  it('names options and policy links in the shop language, and leaves link titles out where it has none', async () => {
    const japanese = testConfig({ policies: ALL_POLICIES, shop: { ...TEST_CONFIG_INPUT.shop, language: 'ja' } });
    const ja = await feed(resolved(FIXTURE_PRODUCTS, japanese), japanese);
    expect(ja.variants.get('AP-SDJ-BLK-M')!.variant_options).toEqual([
      { name: 'カラー', value: 'Black' },
      { name: 'サイズ', value: 'M' },
    ]);
    expect(ja.variants.get('AP-SDJ-BLK-M')!.seller!.links![1]).toEqual({ type: 'terms_of_service', title: '利用規約', url: 'https://alder-and-pine.example/policies/terms' });
    const german = testConfig({ policies: ALL_POLICIES, shop: { ...TEST_CONFIG_INPUT.shop, language: 'de-DE' } });
    const de = await feed(resolved(FIXTURE_PRODUCTS, german), german);
    expect(de.variants.get('AP-SDJ-BLK-M')!.variant_options![0]).toEqual({ name: 'Color', value: 'Black' });
    expect(de.variants.get('AP-SDJ-BLK-M')!.seller!.links![0]).toEqual({ type: 'privacy_policy', url: 'https://alder-and-pine.example/policies/privacy' });
  });

  it('names free-form options by their own names', async () => {
    const record: Product = {
      id: 'ap-stove',
      title: 'Trail Stove',
      url: 'https://alder-and-pine.example/products/stove',
      images: ['https://alder-and-pine.example/images/stove.jpg'],
      variants: [
        { id: 'ST-1', price: '50.00', availability: 'in_stock', options: { Fuel: 'Butane' } },
        { id: 'ST-2', price: '55.00', availability: 'in_stock', options: { Fuel: 'White gas' } },
      ],
    };
    const { variants } = await feed(resolved([record]));
    expect(variants.get('ST-2')!.variant_options).toEqual([{ name: 'Fuel', value: 'White gas' }]);
  });

  it('keeps every product on one line whatever its text holds', async () => {
    const [, speaker] = resolved();
    const product = { ...speaker!, title: 'Line\nbreak \u2028 and "quotes" </script>', description: 'a\r\nb' };
    const { lines, products } = await feed([product]);
    expect(lines).toHaveLength(1);
    expect(products[0]!.title).toBe(product.title);
  });

  const coffee = FIXTURE_PRODUCTS[3]!;
  const withUnitPricing = (measure: { value: number; unit: string }, baseMeasure: { value: number; unit: string }): Product =>
    ({ ...coffee, variants: [{ ...coffee.variants[0]!, unitPricing: { measure, baseMeasure } }] }) as Product;

  it.each([
    ['acp/seller-links-missing', () => feed(resolved(), testConfig())],
    ['acp/seller-links-missing', () => feed(resolved(), testConfig({ policies: {} }))],
  ])('%s', async (ruleId, run) => {
    const { diagnostics, summary, lines } = await run();
    expect(diagnostics.map((d) => d.ruleId)).toEqual([ruleId]);
    expect(diagnostics[0]).toMatchObject({ channel: 'acp' });
    // The rule leaves nothing out of the feed.
    expect(summary.skipped).toBe(0);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('publishes the unit price the model worked out, and none where it has none', async () => {
    const { variants, diagnostics } = await feed(resolved([withUnitPricing({ value: 1, unit: 'qt' }, { value: 1, unit: 'pt' })]));
    expect(diagnostics).toEqual([]);
    expect(variants.get('AP-CBC-340')!.unit_price).toEqual({ amount: 825, currency: 'USD', measure: { value: 1, unit: 'qt' }, reference: { value: 1, unit: 'pt' } });
    const inexact = await feed(resolved([withUnitPricing({ value: 12, unit: 'floz' }, { value: 100, unit: 'ml' })]));
    expect(inexact.variants.get('AP-CBC-340')).toMatchObject({ price: { amount: 1650, currency: 'USD' } });
    expect(inexact.variants.get('AP-CBC-340')!.unit_price).toBeUndefined();
  });

  it('lists the missing policy links once per run, and writes the ones it has', async () => {
    const { diagnostics, variants } = await feed(resolved(), testConfig({ policies: { privacy: 'https://alder-and-pine.example/policies/privacy' } }));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ ruleId: 'acp/seller-links-missing', expected: ['terms_of_service', 'refund_policy', 'shipping_policy'] });
    expect(variants.get('TS-BC2-GRY')!.seller!.links).toEqual([{ type: 'privacy_policy', title: 'Privacy Policy', url: 'https://alder-and-pine.example/policies/privacy' }]);
    const none = await feed(resolved(), testConfig({ policies: {} }));
    expect(none.variants.get('TS-BC2-GRY')!.seller).toEqual({ name: 'Alder & Pine Outfitters' });
  });
});
