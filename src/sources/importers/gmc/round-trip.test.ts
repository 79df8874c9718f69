import { describe, expect, it } from 'vitest';
import { resolveDemoProducts } from '../../../../test/support/demo-products.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG, DEMO_NOW } from '../../../../test/support/run-cli.js';
import { googleChannel, GOOGLE_FEED_PATH } from '../../../channels/google/index.js';
import type { ResolvedVariant } from '../../../model/resolved.js';
import { runChannel } from '../../../test-support/catalog-fixtures.js';
import { checkProductSchema } from '../../../validate/product-schema.js';
import { readText, records, resolveItems } from './gmc-test.fixtures.js';
import { gmcXmlFormat } from './index.js';

/** What a shopper and an agent act on: the offer and where it is. */
function offer(v: ResolvedVariant) {
  return { title: v.title, price: v.price, currentPrice: v.currentPrice, salePrice: v.sale?.price, availability: v.availability, availabilityDate: v.availabilityDate, url: v.url, gtin: v.gtin };
}

describe("agentshelf's own Google feed, read back by gmc-xml", () => {
  it.each([
    ['the US demo shop', DEMO_CONFIG],
    ['the Japanese demo shop (JPY)', DEMO_JP_CONFIG],
  ])('%s: the records resolve and carry the demo products’ prices, availability and URLs', async (_, configPath) => {
    const { config, products } = await resolveDemoProducts(configPath);
    const { out, summary } = await runChannel(googleChannel, products, config);
    const xml = out.text(GOOGLE_FEED_PATH);
    expect(summary.items).toBeGreaterThan(10);

    const items = await readText(gmcXmlFormat, xml, { size: 4096, currency: config.shop.currency, file: GOOGLE_FEED_PATH });
    expect(items.filter((i) => i.type === 'unreadable')).toEqual([]);
    for (const record of records(items)) expect(checkProductSchema(record, {}), record.id).toEqual([]);
    const entries = await resolveItems(items, config, Date.parse(DEMO_NOW));
    expect(entries.flatMap((e) => e.diagnostics).filter((d) => d.severity === 'error')).toEqual([]);

    const original = new Map(products.flatMap((p) => p.variants.map((v) => [v.id, v] as const)));
    const reread = entries.flatMap((e) => e.product?.variants ?? []);
    expect(reread).toHaveLength(summary.items);
    for (const variant of reread) expect(offer(variant), variant.id).toEqual(offer(original.get(variant.id)!));

    // Groups come back as groups, under the demo's product ids.
    const groups = products.filter((p) => p.isGroup);
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      const back = entries.find((e) => e.product?.id === group.id)?.product;
      expect(back?.variants.map((v) => v.id), group.id).toEqual(group.variants.map((v) => v.id));
    }
  });
});
