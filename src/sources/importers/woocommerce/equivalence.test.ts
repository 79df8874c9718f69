import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../../model/html-text.js';
import { startLocalServer, type LocalServer } from '../../../test-support/local-server.js';
import { testReadContext } from '../../../test-support/read-context.js';
import type { SourceItem } from '../../source-item.js';
import { readWooCommerceStoreApi } from './store-api.js';
import { checkRecords, fixture, readCsv, recordsOf, STORE_API_PATH, storeApiHandler } from './woocommerce.fixtures.js';

type Record_ = Record<string, unknown> & { id: string; variants: Array<Record<string, unknown>> };

/**
 * What one source states and the other cannot, for the same products. Everything else must be equal.
 * - description: the Store API renders it (wpautop adds paragraphs, wptexturize curls quotes), so it is
 *   compared as text below, with typographic quotes made straight;
 * - isDigital: "virtual" is in the export's Type, the Store API does not say it;
 * - weight, dimensions, gtin: not in the Store API's product schema;
 * - saleStartsAt, saleEndsAt: the Store API only says whether a sale is on now (on_sale), not its window;
 * - stockQuantity, backorderPolicy: the Store API gives a quantity only when stock is low
 *   (low_stock_remaining, never below 0), and no backorder setting;
 * - url: the export has no permalinks at all (the config's defaults.productUrl builds them from the ID or the
 *   slug); the Store API gives each product's, and its variations' carry ?attribute_pa_…= values.
 */
const PRODUCT_ONLY_IN_ONE = ['description', 'isDigital', 'url'];
const VARIANT_ONLY_IN_ONE = ['weight', 'dimensions', 'gtin', 'saleStartsAt', 'saleEndsAt', 'stockQuantity', 'backorderPolicy', 'url'];

function comparable(record: Record_): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(record).filter(([k]) => !PRODUCT_ONLY_IN_ONE.includes(k)));
  out.variants = record.variants.map((v) => Object.fromEntries(Object.entries(v).filter(([k]) => !VARIANT_ONLY_IN_ONE.includes(k))));
  return out;
}

const plain = (html: unknown) =>
  htmlToText(String(html))
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('the CSV export and the Store API of the same shop', () => {
  let server: LocalServer;
  const context = testReadContext();
  let csv: Map<string, Record_>;
  let api: Map<string, Record_>;
  let apiItems: SourceItem[];

  beforeAll(async () => {
    server = await startLocalServer(storeApiHandler());
    apiItems = [];
    for await (const item of readWooCommerceStoreApi(`${server.url}${STORE_API_PATH}`, context)) apiItems.push(item);
    const byId = (items: SourceItem[]) => new Map(recordsOf(items).map((r) => [(r.value as Record_).id, r.value as Record_]));
    api = byId(apiItems);
    csv = byId(await readCsv(fixture('wc-product-export.csv')));
  });
  afterAll(async () => {
    await context.http.close();
    await server.close();
  });

  it('list the same products', () => {
    expect([...api.keys()].sort()).toEqual([...csv.keys()].sort());
    expect(api.size).toBe(5);
  });

  it('give the same canonical records but for the documented differences', () => {
    for (const [id, record] of csv) expect(comparable(api.get(id)!), id).toEqual(comparable(record));
  });

  it('give the same description text', () => {
    for (const [id, record] of csv) expect(plain(api.get(id)!.description), id).toBe(plain(record.description));
  });

  it('differ only where the table above says, and as it says', () => {
    const hoodie = { csv: csv.get('AP-HOODIE')!, api: api.get('AP-HOODIE')! };
    expect(hoodie.csv.variants.map((v) => v.stockQuantity)).toEqual([7, 12, 0, 2, -1, 5]);
    expect(hoodie.api.variants.map((v) => v.stockQuantity)).toEqual([undefined, undefined, 0, 2, 0, undefined]);
    expect(hoodie.api.variants[0]!.url).toBe('https://alder-and-pine.example/product/ridgeline-fleece-hoodie/?attribute_pa_color=forest-green&attribute_pa_size=s');
    expect([hoodie.csv.url, hoodie.api.url]).toEqual([undefined, 'https://alder-and-pine.example/product/ridgeline-fleece-hoodie/']);
    expect([hoodie.csv.platformId, hoodie.csv.slug]).toEqual([hoodie.api.platformId, hoodie.api.slug]);
    expect(csv.get('AP-BOTTLE-750')!.variants[0]).toMatchObject({ salePrice: '19.50', saleStartsAt: '2026-11-20', saleEndsAt: '2026-12-01', gtin: '4006381333931' });
    expect(api.get('AP-BOTTLE-750')!.variants[0]).not.toHaveProperty('saleStartsAt');
    expect(csv.get('AP-COURSE-NAV')!.isDigital).toBe(true);
    expect(api.get('AP-COURSE-NAV')!).not.toHaveProperty('isDigital');
  });

  it('both resolve without errors', async () => {
    const checked = await checkRecords(apiItems);
    expect(checked.schema).toEqual([]);
    expect(checked.errors).toEqual([]);
  });
});
