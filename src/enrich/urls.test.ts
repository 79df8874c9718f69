import { describe, expect, it } from 'vitest';
import { resolveShopUrl } from './urls.js';

const BASE = 'https://shop.example/';

describe('resolveShopUrl: absolute http(s) URLs are kept as written', () => {
  it.each([
    'https://shop.example/products/x',
    'http://shop.example/products/x',
    'https://cdn.other.example/images/x.jpg?w=800&h=600',
    // WHATWG serialization would lower-case the host and add a path; the shop's spelling is kept.
    'HTTPS://Shop.Example',
    'https://shop.example/p/caf%C3%A9',
    'https://shop.example/products/x#reviews',
  ])('%s', (url) => {
    expect(resolveShopUrl(url, BASE)).toEqual({ ok: true, url, resolved: false });
  });

  it('surrounding white space is trimmed, not an error', () => {
    expect(resolveShopUrl('  https://shop.example/a  ', BASE)).toEqual({ ok: true, url: 'https://shop.example/a', resolved: false });
  });
});

describe('resolveShopUrl: relative URLs are resolved against the shop URL', () => {
  it.each([
    ['/products/x', BASE, 'https://shop.example/products/x'],
    ['products/x', BASE, 'https://shop.example/products/x'],
    ['//cdn.example/x.jpg', BASE, 'https://cdn.example/x.jpg'],
    ['?variant=2', 'https://shop.example/products/x', 'https://shop.example/products/x?variant=2'],
    ['x.jpg', 'https://shop.example/store/', 'https://shop.example/store/x.jpg'],
    ['/x.jpg', 'https://shop.example/store/', 'https://shop.example/x.jpg'],
  ])('%s against %s → %s', (raw, base, url) => {
    expect(resolveShopUrl(raw, base)).toEqual({ ok: true, url, resolved: true });
  });
});

describe('resolveShopUrl: not a usable URL', () => {
  it.each([
    ['an ftp URL', 'ftp://shop.example/x.jpg'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a mailto: URL', 'mailto:help@shop.example'],
    ['a data: URL', 'data:image/png;base64,AAAA'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a space in the host', 'https://exa mple.com/a'],
    ['a space in the path', 'https://example.com/a b'],
    ['a space in a relative path', '/products/a b'],
    ['a tab inside', 'https://example.com/a\tb'],
    ['http:// with no host', 'http://'],
    ['https:// with no host', 'https://'],
    // The scheme without "//" is not an absolute http(s) URL (Google: the URL must start with http:// or https://);
    // resolved against a base, WHATWG reads it as a relative path, yet it would be published as written.
    ['https: without "//"', 'https:products/x'],
    ['http: without "//"', 'http:shop.example/x'],
  ])('%s: %s', (_, raw) => {
    const result = resolveShopUrl(raw, BASE);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBeTypeOf('string');
  });
});
