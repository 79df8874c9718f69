import { describe, expect, it } from 'vitest';
import { detectFormat, registerImporter } from '../../formats.js';
import { fromChunks } from '../../../test-support/chunks.js';
import { testReadContext } from '../../../test-support/read-context.js';
import { fixture } from './woocommerce.fixtures.js';
import { sniffWooCommerceCsv, woocommerceCsvFormat } from './woocommerce-csv-format.js';

const SHOPIFY_HEADER =
  'Handle,Title,Body (HTML),Vendor,Product Category,Type,Tags,Published,Option1 Name,Option1 Value,Option2 Name,Option2 Value,Option3 Name,Option3 Value,Variant SKU,Variant Grams,Variant Inventory Tracker,Variant Inventory Qty,Variant Inventory Policy,Variant Fulfillment Service,Variant Price,Variant Compare At Price,Variant Requires Shipping,Variant Taxable,Variant Barcode,Image Src,Image Position,Image Alt Text,Gift Card,SEO Title,SEO Description,Status\n';
const CANONICAL_HEADER = 'id,variantId,title,description,brand,currency,images,sku,color,size,price,stockQuantity,weight,options\n';

describe('woocommerce-csv detection', () => {
  it.each([
    ['a WooCommerce export (BOM, quoted GTIN header)', fixture('wc-product-export.csv').slice(0, 4096), true],
    ['the exporter’s first columns only', 'ID,Type,SKU,Name,"Regular price"\n', true],
    ['an export without the ID column', 'Type,SKU,Name,"Regular price",Categories\r\n', true],
    ['a Shopify product export', SHOPIFY_HEADER, false],
    ['a canonical CSV', CANONICAL_HEADER, false],
    ['a WooCommerce order export', '"Order ID","Order Status","Order Date","Customer Name","Order Total"\n', false],
    ['a header with Type and Name but no Regular price', 'ID,Type,Name,Price\n', false],
    ['lower-case look-alikes', 'id,type,sku,name,regular price\n', false],
    ['an export from a Russian admin, with junk and a BOM before the header', '\n\t\ufeffID,Тип,Артикул,Имя,Опубликован,"Базовая цена"\n', true],
    ['empty input', '', false],
  ])('%s → %s', (_name, sample, expected) => {
    expect(sniffWooCommerceCsv(sample)).toBe(expected);
  });

  it('is a .csv stream format that reads with the shop of the read context', async () => {
    expect(woocommerceCsvFormat).toMatchObject({ kind: 'stream', name: 'woocommerce-csv', extensions: ['.csv'] });
    const context = testReadContext();
    try {
      const ids: unknown[] = [];
      for await (const item of woocommerceCsvFormat.read(fromChunks([fixture('wc-product-export.csv')]), 'export.csv', context)) {
        if (item.type === 'record') ids.push((item.value as { id: string }).id);
      }
      expect(ids).toEqual(['AP-BOTTLE-750', 'AP-MUG-ENAMEL', 'AP-BEANIE-WOOL', 'AP-COURSE-NAV', 'AP-HOODIE']);
    } finally {
      await context.http.close();
    }
  });

  it('is picked by detectFormat once registered, and leaves other CSVs to their formats', () => {
    registerImporter(woocommerceCsvFormat);
    expect(detectFormat('wc-product-export-2026-11-22.csv', fixture('wc-product-export.csv').slice(0, 65536)).name).toBe('woocommerce-csv');
    expect(detectFormat('catalog.csv', CANONICAL_HEADER).name).toBe('csv');
  });
});
