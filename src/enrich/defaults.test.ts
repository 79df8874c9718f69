import { describe, expect, it } from 'vitest';
import type { ResolvedDefaults } from '../model/resolved-config.js';
import { testConfig } from '../test-support/catalog-fixtures.js';
import { applyDefaults } from './defaults.js';
import { ProductScope } from './product-scope.js';

function apply(record: Record<string, unknown>, defaults: ResolvedDefaults) {
  const scope = new ProductScope(record.id as string, { file: 'catalog.json', line: 1 });
  applyDefaults(record, defaults, scope);
  return { record, findings: scope.diagnostics.map((d) => [d.ruleId, d.severity, d.kind, d.pointer]) };
}

const base = () => ({ id: 'mug', title: 'Mug', variants: [{ id: 'mug-1', price: '9.00', availability: 'in_stock' }] });

describe('applyDefaults: the merchant’s shop-wide facts', () => {
  it.each<[string, ResolvedDefaults, Record<string, unknown>, Record<string, unknown>, unknown[]]>([
    ['a brand for a product that names none', { brand: 'Acme' }, {}, { brand: 'Acme' }, [['defaults/brand', 'info', 'enriched', '/brand']]],
    ['a blank brand counts as none', { brand: 'Acme' }, { brand: '  ' }, { brand: 'Acme' }, [['defaults/brand', 'info', 'enriched', '/brand']]],
    ['the catalog’s own brand wins', { brand: 'Acme' }, { brand: 'Other' }, { brand: 'Other' }, []],
    ['a condition', { condition: 'used' }, {}, { condition: 'used' }, [['defaults/condition', 'info', 'enriched', '/condition']]],
    ['no condition where a variant states one', { condition: 'used' }, { variants: [{ id: 'v', condition: 'new' }] }, { condition: undefined }, []],
    ['a URL from the post ID', { productUrl: 'https://shop.example/?post_type=product&p={platform_id}' }, { platformId: '17' }, { url: 'https://shop.example/?post_type=product&p=17' }, [['defaults/product-url', 'info', 'enriched', '/url']]],
    ['a URL from the id, encoded', { productUrl: 'https://shop.example/p/{id}' }, { id: 'a/b c' }, { url: 'https://shop.example/p/a%2Fb%20c' }, [['defaults/product-url', 'info', 'enriched', '/url']]],
    ['a URL from a slug', { productUrl: 'https://shop.example/product/{slug}/' }, { slug: 'tasse-à-café' }, { url: 'https://shop.example/product/tasse-%C3%A0-caf%C3%A9/' }, [['defaults/product-url', 'info', 'enriched', '/url']]],
    ['a URL from an id with a lone surrogate, which encodeURIComponent throws on', { productUrl: 'https://shop.example/p/{id}' }, { id: 'mug-\ud800' }, { url: 'https://shop.example/p/mug-%EF%BF%BD' }, [['defaults/product-url', 'info', 'enriched', '/url']]],
    ['an encoded slug kept as it is', { productUrl: 'https://shop.example/product/{slug}/' }, { slug: '%e5%b8%bd' }, { url: 'https://shop.example/product/%e5%b8%bd/' }, [['defaults/product-url', 'info', 'enriched', '/url']]],
    ['the catalog’s own URL wins', { productUrl: 'https://shop.example/p/{id}' }, { url: 'https://shop.example/mug' }, { url: 'https://shop.example/mug' }, []],
    ['a template needing what the product lacks', { productUrl: 'https://shop.example/product/{slug}/' }, {}, { url: undefined }, [['defaults/product-url-unfilled', 'warning', 'problem', '/slug']]],
    ['nothing without defaults', {}, {}, { brand: undefined, url: undefined, condition: undefined }, []],
  ])('%s', (_name, defaults, over, expected, findings) => {
    const result = apply({ ...base(), ...over }, defaults);
    for (const [key, value] of Object.entries(expected)) expect(result.record[key], key).toEqual(value);
    expect(result.findings).toEqual(findings);
  });

  it('resolves a relative template against the shop URL, braces kept', () => {
    const config = testConfig({ defaults: { productUrl: '?post_type=product&p={platform_id}' } });
    expect(config.defaults.productUrl).toBe('https://alder-and-pine.example/?post_type=product&p={platform_id}');
    const rooted = testConfig({ defaults: { productUrl: '/shop/{slug}' } });
    expect(rooted.defaults.productUrl).toBe('https://alder-and-pine.example/shop/{slug}');
    const folder = testConfig({ shop: { ...testConfig().shop, url: 'https://alder-and-pine.example/store/' }, defaults: { productUrl: '?p={platform_id}' } });
    expect(folder.defaults.productUrl).toBe('https://alder-and-pine.example/store/?p={platform_id}');
  });
});
