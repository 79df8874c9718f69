import { parseConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { Channel, ChannelAssets, ChannelSummary } from '../channels/channel.js';
import { channelContext, channelIds } from '../channels/registry.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Product } from '../model/generated/product.js';
import type { ResolvedProduct } from '../model/resolved.js';
import { ProductScope } from '../enrich/product-scope.js';
import { resolveProduct } from '../enrich/resolve-product.js';
import { MemoryWriter } from '../channels/memory-writer.js';

/** Every channel id: tests run one channel as if all were running, so links between outputs are complete. */
const CHANNEL_IDS = channelIds();

/** A fixed instant for tests: sale windows and dates are judged against it. */
export const TEST_NOW = '2026-11-22T12:00:00.000Z';

export const TEST_CONFIG_INPUT = {
  shop: {
    name: 'Alder & Pine Outfitters',
    url: 'https://alder-and-pine.example/',
    description: 'Outdoor goods made to last.',
    logo: 'https://alder-and-pine.example/logo.png',
    currency: 'USD',
    country: 'US',
    language: 'en',
  },
  policies: {
    privacy: 'https://alder-and-pine.example/policies/privacy',
    terms: 'https://alder-and-pine.example/policies/terms',
    returns: 'https://alder-and-pine.example/policies/returns',
  },
  shipping: [
    { country: 'US', service: 'Standard', price: '5.95', handlingDays: { min: 0, max: 1 }, transitDays: { min: 3, max: 5 } },
    { country: 'CA', service: 'Standard', price: '12.00', handlingDays: { min: 1, max: 2 }, transitDays: { min: 5, max: 9 } },
  ],
  returns: { countries: ['US', 'CA'], category: 'finite', days: 30, fees: 'free', method: 'mail' },
  agent: {
    catalog: { rest: 'https://alder-and-pine.example/api/ucp', mcp: 'https://alder-and-pine.example/api/mcp' },
    purchaseUrlTemplate: 'https://alder-and-pine.example/cart/{variant_id}:{quantity}',
  },
};

export function testConfig(overrides: Record<string, unknown> = {}): ResolvedConfig {
  return parseConfig({ ...TEST_CONFIG_INPUT, ...overrides }, { baseDir: '/tmp' }).config;
}

/** Resolves canonical records the way the pipeline does; throws if a record does not resolve. */
export function resolveAll(records: Product[], config: ResolvedConfig = testConfig()): { products: ResolvedProduct[]; diagnostics: Diagnostic[] } {
  const products: ResolvedProduct[] = [];
  const diagnostics: Diagnostic[] = [];
  records.forEach((record, i) => {
    const scope = new ProductScope(record.id, { file: 'fixture.json', line: i + 1 });
    const product = resolveProduct(record, scope, { config, nowMs: Date.parse(TEST_NOW) });
    diagnostics.push(...scope.diagnostics);
    if (!product) throw new Error(`fixture ${record.id} did not resolve: ${JSON.stringify(scope.diagnostics)}`);
    products.push(product);
  });
  return { products, diagnostics };
}

/** Runs one channel over resolved products into memory. */
export async function runChannel(
  channel: Channel,
  products: ResolvedProduct[],
  config: ResolvedConfig = testConfig(),
  assets: ChannelAssets = {},
): Promise<{ out: MemoryWriter; diagnostics: Diagnostic[]; summary: ChannelSummary }> {
  const out = new MemoryWriter();
  const diagnostics: Diagnostic[] = [];
  const run = channel.open(channelContext({
    config,
    assets,
    channels: new Set(CHANNEL_IDS),
    now: { iso: TEST_NOW, epochMs: Date.parse(TEST_NOW) },
    out,
    diagnostics: { report: (d) => diagnostics.push(d) },
  }));
  for (const product of products) await run.add(product);
  const summary = await run.close();
  return { out, diagnostics, summary };
}

/** Small realistic records covering the shapes channels must handle. */
export const FIXTURE_PRODUCTS: Product[] = [
  {
    id: 'ap-summit-down-jacket',
    title: 'Summit Down Jacket',
    description: '<p>Packable <strong>800-fill</strong> down &amp; a PFC-free shell.</p><ul><li>Two hand pockets</li><li>Stuffs into its pocket</li></ul>',
    url: 'https://alder-and-pine.example/products/summit-down-jacket',
    images: ['https://alder-and-pine.example/images/sdj-1.jpg', 'https://alder-and-pine.example/images/sdj-2.jpg'],
    brand: 'Alder & Pine',
    condition: 'new',
    googleProductCategory: 5598,
    productType: 'Apparel > Men > Jackets',
    gender: 'male',
    ageGroup: 'adult',
    material: 'Nylon, goose down',
    sizeSystem: 'US',
    variants: [
      { id: 'AP-SDJ-BLK-M', color: 'Black', size: 'M', price: '229.00', salePrice: '179.00', saleStartsAt: '2026-11-20T00:00:00-05:00', saleEndsAt: '2026-12-02T23:59:59-05:00', availability: 'in_stock', url: 'https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-BLK-M', images: ['https://alder-and-pine.example/images/sdj-black.jpg'], weight: { value: 13.6, unit: 'oz' } },
      { id: 'AP-SDJ-BLK-L', color: 'Black', size: 'L', price: '229.00', salePrice: '179.00', saleStartsAt: '2026-11-20T00:00:00-05:00', saleEndsAt: '2026-12-02T23:59:59-05:00', stockQuantity: 0, backorderPolicy: 'deny', url: 'https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-BLK-L' },
      { id: 'AP-SDJ-RED-M', color: 'Red', size: 'M', price: '229.00', availability: 'backorder', availabilityDate: '2026-12-18T00:00:00Z', url: 'https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-RED-M' },
    ],
  },
  {
    id: 'ap-tessellate-speaker',
    title: 'Tessellate Basecamp Speaker (Gen 2)',
    description: 'Waterproof Bluetooth speaker with a 24-hour battery. Ships from February.',
    url: 'https://alder-and-pine.example/products/tessellate-speaker',
    images: ['https://alder-and-pine.example/images/speaker.jpg'],
    brand: 'Tessellate Audio',
    condition: 'new',
    googleProductCategory: 249,
    variants: [{ id: 'TS-BC2-GRY', gtin: '0012345678905', mpn: 'BC2-GRY', price: '149.00', availability: 'preorder', availabilityDate: '2027-02-15T00:00:00Z', dimensions: { length: 18, width: 8, height: 8, unit: 'cm' } }],
  },
  {
    id: 'ap-trail-map-guide',
    title: 'Cascades Trail Map Guide (PDF)',
    description: 'A 120-page downloadable guide to 40 day hikes.',
    url: 'https://alder-and-pine.example/products/trail-map-guide',
    images: ['https://alder-and-pine.example/images/guide.jpg'],
    brand: 'Alder & Pine',
    isDigital: true,
    googleProductCategory: 'Media > Books',
    variants: [{ id: 'AP-GUIDE-PDF', price: 12, availability: 'in_stock' }],
  },
  {
    id: 'ap-campfire-coffee',
    title: 'Campfire Blend Coffee, Whole Bean',
    description: 'Medium-dark roast with cocoa notes. 340 g bag.',
    url: '/products/campfire-coffee',
    images: ['/images/coffee.jpg'],
    brand: 'Alder & Pine',
    condition: 'new',
    googleProductCategory: 1868,
    variants: [{ id: 'AP-CBC-340', mpn: 'CBC-340', price: '16.50', availability: 'in_stock', unitPricing: { measure: { value: 340, unit: 'g' }, baseMeasure: { value: 100, unit: 'g' } } }],
  },
];
