import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectShop } from './detect-shop.js';

const fixture = (path: string) => fileURLToPath(new URL(`../../sources/importers/${path}`, import.meta.url));

describe('detectShop: what an export states about its shop', () => {
  it('a Shopify export: no shop URL (images are on Shopify’s CDN), no currency, URLs from handles', async () => {
    const facts = await detectShop({ path: fixture('shopify/fixtures/products_export.csv') });
    expect(facts).toMatchObject({ format: 'shopify-csv', records: 7, withoutUrl: 0, withPlatformId: 0 });
    expect(facts.shopUrl).toBeUndefined();
    expect(facts.currency).toBeUndefined();
    expect(facts.backorders).toBe(1);
  });

  it('a WooCommerce export: the WordPress site of its uploads, no URLs, post IDs and slugs', async () => {
    const facts = await detectShop({ path: fixture('woocommerce/fixtures/wc-product-export.csv') });
    expect(facts).toMatchObject({ format: 'woocommerce-csv', records: 5, withoutUrl: 5, withPlatformId: 5, withSlug: 5, withoutBrand: 5 });
    expect(facts.shopUrl).toEqual({ value: 'https://alder-and-pine.example/', from: 'the WordPress upload URLs of the product images' });
    expect(facts.currency).toBeUndefined();
  });

  it.each([
    ['gmc/fixtures/feed.rss.xml', 'gmc-xml'],
    ['gmc/fixtures/feed.tsv', 'gmc-tsv'],
  ])('a Merchant Center feed (%s): the shop from its links, the currency from its prices', async (path, format) => {
    const facts = await detectShop({ path: fixture(path) });
    expect(facts.format).toBe(format);
    expect(facts.shopUrl).toEqual({ value: 'https://alder-and-pine.example/', from: 'the product links in the export' });
    expect(facts.currency).toEqual({ value: 'USD', from: 'the prices in the export' });
    expect(facts.withoutUrl).toBe(0);
  });

  it('reads no more records than asked', async () => {
    const facts = await detectShop({ path: fixture('shopify/fixtures/products_export.csv') }, { maxRecords: 2 });
    expect(facts.records).toBe(2);
  });
});
