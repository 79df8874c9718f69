import { beforeAll, describe, expect, it } from 'vitest';
import { catalogIndexChannel } from '../../channels/catalog-index/index.js';
import { CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH } from '../../formats/search-index/search-index-format.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { runChannel } from '../../test-support/catalog-fixtures.js';
import { resolveDemoProducts } from '../../../test/support/demo-products.js';
import { DEMO_CONFIG } from '../../../test/support/run-cli.js';
import { openCatalog, type CatalogSnapshot } from './catalog-snapshot.js';
import { CatalogError } from './errors.js';
import type { CatalogSearchQuery } from './search.js';

let catalog: CatalogSnapshot;
let files: Map<string, string>;
let products: ResolvedProduct[];

beforeAll(async () => {
  const demo = await resolveDemoProducts(DEMO_CONFIG);
  products = demo.products;
  const { out } = await runChannel(catalogIndexChannel, products, demo.config);
  files = out.files;
  catalog = await openCatalog(async (path) => out.text(path));
});

/** Every product id a query lists, page by page, checking each cursor is taken. */
function allPages(q: Omit<CatalogSearchQuery, 'limit' | 'cursor'>, limit: number): { ids: string[]; pages: number; total: number } {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  let total = -1;
  do {
    const page = catalog.search({ ...q, limit, ...(cursor ? { cursor } : {}) });
    if (total !== -1) expect(page.total).toBe(total);
    total = page.total;
    ids.push(...page.products.map((p) => p.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor);
  return { ids, pages, total };
}

const ids = (q: Omit<CatalogSearchQuery, 'limit'>) => catalog.search({ ...q, limit: 100 }).products.map((p) => p.id);

describe('openCatalog', () => {
  it('loads the two files and names the snapshot by their digest', async () => {
    expect(catalog.size).toBe(products.length);
    expect(catalog.currency).toBe('USD');
    expect(catalog.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(catalog.etag).toBe(`"${catalog.digest}"`);
    const again = await openCatalog(async (path) => files.get(path)!);
    expect(again.digest).toBe(catalog.digest);
    const changed = await openCatalog(async (path) => (path === CATALOG_PRODUCTS_PATH ? files.get(path)!.replace('"Alder & Pine"', '"Alder and Pine"') : files.get(path)!));
    expect(changed.digest).not.toBe(catalog.digest);
  });

  it.each<[string, (path: string) => string]>([
    ['an index that is not JSON', (path) => (path === CATALOG_SEARCH_INDEX_PATH ? '{' : files.get(path)!)],
    ['an index of another format', (path) => (path === CATALOG_SEARCH_INDEX_PATH ? files.get(path)!.replace('"format":1', '"format":99') : files.get(path)!)],
    ['a products file with a line missing', (path) => (path === CATALOG_PRODUCTS_PATH ? files.get(path)!.split('\n').slice(1).join('\n') : files.get(path)!)],
  ])('refuses %s with E_CATALOG_UNREADABLE', async (_name, read) => {
    await expect(openCatalog(async (path) => read(path))).rejects.toMatchObject({ code: 'E_CATALOG_UNREADABLE' });
  });
});

describe('search', () => {
  it.each<[string, string, string]>([
    ['a word', 'binoculars', 'ap-merlinbrook-8x42-binoculars'],
    ['a word in any case', 'SKILLET', 'ap-cinderholm-cast-iron-skillet'],
    ['two words', 'wool blanket', 'ap-highland-wool-camp-blanket'],
    ['a brand', 'kestrelvolt', 'ap-kestrelvolt-powercell-power-bank'],
    ['a prefix', 'binoc', 'ap-merlinbrook-8x42-binoculars'],
    ['a prefix of a second word', 'camp lant', 'ap-firefly-camp-lantern'],
    ['a typo (swapped letters)', 'binocluars', 'ap-merlinbrook-8x42-binoculars'],
    ['a typo (missing letter)', 'skilet', 'ap-cinderholm-cast-iron-skillet'],
    ['a typo (wrong letter)', 'hammack', 'ap-ridge-hammock-single'],
    ['an option value', 'tenmoku', 'ap-hand-thrown-camp-mug'],
    ['a category path word', 'headlamps', 'ap-lumenfell-beacon-400-headlamp'],
  ])('finds %s (%s) first', (_name, query, first) => {
    expect(ids({ query })[0]).toBe(first);
  });

  it.each(['zzzzqqq', '!!!'])('finds nothing for %s, which is not an error', (query) => {
    expect(catalog.search({ query, limit: 10 })).toEqual({ products: [], total: 0 });
  });

  it('ranks a title match above a description match, and breaks ties by catalog order', () => {
    const found = ids({ query: 'jacket' });
    expect(found.length).toBeGreaterThan(3);
    const titled = products.filter((p) => /jacket/i.test(p.title)).map((p) => p.id);
    expect(found.slice(0, titled.length).sort()).toEqual([...titled].sort());
    expect(ids({ query: 'jacket' })).toEqual(found);
  });

  it('browses in catalog order without a query', () => {
    expect(allPages({}, 10).ids).toEqual(products.map((p) => p.id));
  });

  const jackets = 'Apparel > Men > Jackets';
  const headphones = 'Electronics > Audio > Headphones';
  const inCategory = (p: ResolvedProduct, cats: string[]) => cats.some((c) => p.productType?.join(' > ') === c || String(p.googleCategory?.id) === c);
  const priceIn = (p: ResolvedProduct, min: number, max: number) => p.variants.some((v) => v.currentPrice.minor >= min && v.currentPrice.minor <= max);
  it.each<[string, Omit<CatalogSearchQuery, 'limit'>, (p: ResolvedProduct) => boolean]>([
    ['one category', { categories: [jackets] }, (p) => inCategory(p, [jackets])],
    ['two categories (OR)', { categories: [jackets, headphones] }, (p) => inCategory(p, [jackets, headphones])],
    ['an unknown category', { categories: ['Nope'] }, () => false],
    ['a price range', { price: { min: 2000, max: 5000 } }, (p) => priceIn(p, 2000, 5000)],
    ['a minimum price', { price: { min: 20000 } }, (p) => priceIn(p, 20000, Infinity)],
    ['a maximum price', { price: { max: 1500 } }, (p) => priceIn(p, 0, 1500)],
    ['available only', { available: true }, (p) => p.variants.some((v) => v.availability !== 'out_of_stock')],
    ['unavailable only', { available: false }, (p) => p.variants.every((v) => v.availability === 'out_of_stock')],
    ['category AND price', { categories: ['Apparel > Women > Jackets', jackets], price: { max: 25000 } }, (p) => inCategory(p, ['Apparel > Women > Jackets', jackets]) && priceIn(p, 0, 25000)],
    ['query AND category', { query: 'hiking', categories: ['Apparel > Men > Footwear'] }, (p) => p.id === 'ap-talus-waterproof-hiking-boots-mens'],
    ['price in the catalog currency', { price: { min: 2000, max: 5000 }, currency: 'USD' }, (p) => priceIn(p, 2000, 5000)],
  ])('filters by %s', (_name, q, expected) => {
    const result = catalog.search({ ...q, limit: 100 });
    const want = products.filter(expected).map((p) => p.id);
    expect(result.total).toBe(want.length);
    if (!q.query) expect(result.products.map((p) => p.id)).toEqual(want);
    else expect(result.products.map((p) => p.id).sort()).toEqual([...want].sort());
    expect(result.priceFilterIgnored).toBeUndefined();
  });

  it('ignores a price filter in another currency, and says so', () => {
    const result = catalog.search({ price: { max: 1 }, currency: 'EUR', limit: 100 });
    expect(result.total).toBe(products.length);
    expect(result.priceFilterIgnored).toBe(true);
  });

  it.each<[string, Omit<CatalogSearchQuery, 'limit'>, number]>([
    ['browse', {}, 7],
    ['browse', {}, 1],
    ['a query', { query: 'camp' }, 3],
    ['a prefix query with a filter', { query: 'tre', available: true }, 2],
    ['a filter', { categories: ['Camping > Tents', 'Apparel > Men > Jackets', 'Bags > Backpacks'] }, 1],
  ])('pages through %s, %i at a time, with no duplicates or gaps', (_name, q, limit) => {
    const whole = catalog.search({ ...q, limit: 100 });
    const paged = allPages(q, limit);
    expect(paged.total).toBe(whole.total);
    expect(paged.ids).toEqual(whole.products.map((p) => p.id));
    expect(new Set(paged.ids).size).toBe(paged.ids.length);
    expect(paged.pages).toBe(Math.max(1, Math.ceil(whole.total / limit)));
  });

  it('clamps the page size to 100', () => {
    expect(catalog.search({ limit: 1000 }).products).toHaveLength(Math.min(100, products.length));
  });

  it.each<[string, () => unknown, string]>([
    ['a cursor from another query', () => catalog.search({ query: 'wool', limit: 2, cursor: catalog.search({ query: 'camp', limit: 2 }).nextCursor! }), 'E_CATALOG_CURSOR'],
    ['a cursor from the same query with other filters', () => catalog.search({ limit: 2, available: true, cursor: catalog.search({ limit: 2 }).nextCursor! }), 'E_CATALOG_CURSOR'],
    ['a malformed cursor', () => catalog.search({ limit: 2, cursor: '%%%' }), 'E_CATALOG_CURSOR'],
    ['a cursor someone made up', () => catalog.search({ limit: 2, cursor: btoa('10.0123456789abcdef') }), 'E_CATALOG_CURSOR'],
    ['a page size of 0', () => catalog.search({ limit: 0 }), 'E_CATALOG_LIMIT'],
    ['a fractional page size', () => catalog.search({ limit: 2.5 }), 'E_CATALOG_LIMIT'],
  ])('refuses %s with a typed error', (_name, run, code) => {
    expect(run).toThrow(CatalogError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it('takes a cursor for the same query with another page size', () => {
    const first = catalog.search({ query: 'camp', limit: 2 });
    const next = catalog.search({ query: ' camp ', limit: 5, cursor: first.nextCursor! });
    expect(next.products.map((p) => p.id)).toEqual(ids({ query: 'camp' }).slice(2, 7));
  });
});

describe('lookup and product', () => {
  it('resolves product ids, variant ids and SKUs, and names the ids it did not find', () => {
    const result = catalog.lookup(['ap-basin-28l-daypack', 'nope', 'ap-summit-down-jacket', 'nope', 'also-nope']);
    expect(result.products.map((p) => p.id)).toEqual(['ap-basin-28l-daypack', 'ap-summit-down-jacket']);
    expect(result.notFound).toEqual(['nope', 'also-nope']);
    expect(result.products.every((p) => p.variants.length === 1 && p.variants[0]!.inputs[0]!.match === 'featured')).toBe(true);
  });

  it('returns a product once when several ids name it', () => {
    const jacket = products[0]!;
    const result = catalog.lookup([jacket.variants[1]!.id, jacket.id, jacket.variants[2]!.id]);
    expect(result.products).toHaveLength(1);
    expect(result.notFound).toEqual([]);
  });

  it.each<[string, (p: ResolvedProduct) => string, number]>([
    ['product id: the featured variant first', (p) => p.id, 0],
    ['variant id: that variant first', (p) => p.variants[p.variants.length - 1]!.id, -1],
  ])('gives a product in detail by %s', (_name, idOf) => {
    for (const p of products) {
      const id = idOf(p);
      const detail = catalog.product(id)!;
      expect(detail.id).toBe(p.id);
      expect(new Set(detail.variants.map((v) => v.id))).toEqual(new Set(p.variants.map((v) => v.id)));
      if (id !== p.id) expect(detail.variants[0]!.id).toBe(id);
      if (p.variesBy.length > 0) expect(detail.selected).toEqual(detail.variants[0]!.options);
      else expect(detail.selected).toBeUndefined();
    }
  });

  it('has no product for an unknown id', () => {
    expect(catalog.product('nope')).toBeUndefined();
    expect(catalog.product('')).toBeUndefined();
  });
});
