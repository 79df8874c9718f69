import { describe, expect, it } from 'vitest';
import { detectApiFormat, registerImporter } from '../../formats.js';
import { woocommerceStoreApiFormat } from './store-api-format.js';
import { storeApiEndpoint } from './store-api-urls.js';

describe('woocommerce-store-api URLs', () => {
  it.each([
    ['https://shop.example/wp-json/wc/store/v1/products', true],
    ['https://shop.example/wp-json/wc/store/v1/products/', true],
    ['https://shop.example/wp-json/wc/store/products', true],
    ['https://shop.example/blog/wp-json/wc/store/v1/products?category=22', true],
    ['https://shop.example/?rest_route=/wc/store/v1/products', true],
    ['https://shop.example/wp-json/wc/store/v1/cart', false],
    ['https://shop.example/wp-json/wc/store/v1/products/34', false],
    ['https://shop.example/wp-json/wc/v3/products', false],
    ['https://shop.example/products.json', false],
  ])('%s matches: %s', (url, expected) => {
    expect(woocommerceStoreApiFormat.matchesUrl(new URL(url))).toBe(expected);
  });

  it('pages the list with the caller’s filters, ordered by id', () => {
    const endpoint = storeApiEndpoint('https://shop.example/wp-json/wc/store/v1/products?category=22&per_page=10#top');
    expect(endpoint.productsPage(3)).toBe('https://shop.example/wp-json/wc/store/v1/products?category=22&per_page=100&page=3&orderby=id&order=asc');
    expect(endpoint.variationsPage(101, 1)).toBe('https://shop.example/wp-json/wc/store/v1/products?type=variation&parent=101&per_page=100&page=1&orderby=id&order=asc');
    expect(endpoint.categories()).toBe('https://shop.example/wp-json/wc/store/v1/products/categories');
  });

  it('keeps an order the caller asked for', () => {
    expect(storeApiEndpoint('https://shop.example/wp-json/wc/store/v1/products?orderby=date').productsPage(1)).toBe('https://shop.example/wp-json/wc/store/v1/products?orderby=date&per_page=100&page=1');
  });

  it('speaks rest_route on a site without pretty permalinks', () => {
    const endpoint = storeApiEndpoint('https://shop.example/?rest_route=/wc/store/v1/products');
    expect(endpoint.variationsPage(7, 2)).toBe('https://shop.example/?rest_route=%2Fwc%2Fstore%2Fv1%2Fproducts&type=variation&parent=7&per_page=100&page=2&orderby=id&order=asc');
    expect(endpoint.categories()).toBe('https://shop.example/?rest_route=%2Fwc%2Fstore%2Fv1%2Fproducts%2Fcategories');
  });

  it('is picked by detectApiFormat once registered', () => {
    registerImporter(woocommerceStoreApiFormat);
    expect(detectApiFormat('https://shop.example/wp-json/wc/store/v1/products')?.name).toBe('woocommerce-store-api');
    expect(detectApiFormat('https://shop.example/products.json')).toBeUndefined();
  });
});
