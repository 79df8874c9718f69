import { describe, expect, it } from 'vitest';
import { nextLink } from './link-header.js';

const BASE = 'https://shop.example/products.json?limit=250';

describe('nextLink', () => {
  it.each([
    ['no header', undefined, undefined],
    ['next only', '<https://shop.example/products.json?limit=250&page_info=abc>; rel="next"', 'https://shop.example/products.json?limit=250&page_info=abc'],
    ['previous and next', '<https://shop.example/p.json?page_info=a>; rel="previous", <https://shop.example/p.json?page_info=b>; rel="next"', 'https://shop.example/p.json?page_info=b'],
    ['previous only: the last page', '<https://shop.example/p.json?page_info=a>; rel="previous"', undefined],
    ['an unquoted rel, in capitals', '<https://shop.example/p.json?page_info=b>; REL=next', 'https://shop.example/p.json?page_info=b'],
    ['several relation types', '<https://shop.example/p.json?page_info=b>; rel="next last"', 'https://shop.example/p.json?page_info=b'],
    ['a relative target', '</products.json?page_info=c>; rel="next"', 'https://shop.example/products.json?page_info=c'],
    ['a comma inside the URL', '<https://shop.example/p.json?tags=a,b>; rel="next"', 'https://shop.example/p.json?tags=a,b'],
    ['a comma inside a quoted parameter', '<https://shop.example/a>; title="x, y"; rel="prev", <https://shop.example/b>; rel="next"', 'https://shop.example/b'],
  ])('%s', (_name, header, expected) => {
    expect(nextLink(header, BASE)).toBe(expected);
  });
});
