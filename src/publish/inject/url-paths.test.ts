import { describe, expect, it } from 'vitest';
import { normalizePagePath, pageCandidates, sitePathOf } from './url-paths.js';

describe('sitePathOf', () => {
  it.each<[string, string, string | undefined]>([
    ['https://shop.example/p/mug/', '/', 'p/mug/'],
    ['https://shop.example/p/mug', '/', 'p/mug'],
    ['https://shop.example/p/mug?variant=1#x', '/', 'p/mug'],
    ['https://shop.example/p/caf%C3%A9-mug', '/', 'p/café-mug'],
    ['https://shop.example/p/a%2Fb', '/', 'p/a%2Fb'],
    ['https://shop.example/p/%E0%A4%A', '/', 'p/%E0%A4%A'],
    ['https://shop.example/shop/p/mug', '/shop/', 'p/mug'],
    ['https://shop.example/shop', '/shop/', ''],
    ['https://shop.example/other/p/mug', '/shop/', undefined],
    ['not a url', '/', undefined],
  ])('%s under %s is %s', (url, base, expected) => {
    expect(sitePathOf(url, base)).toBe(expected);
  });
});

describe('pageCandidates', () => {
  it.each<[string, string[]]>([
    ['', ['index.html']],
    ['p/mug/', ['p/mug/index.html', 'p/mug.html']],
    ['p/mug', ['p/mug.html', 'p/mug/index.html']],
    ['p/mug.html', ['p/mug.html']],
    ['p/mug.HTM', ['p/mug.HTM']],
  ])('%s may be %j', (path, expected) => {
    expect(pageCandidates(path)).toEqual(expected);
  });
});

describe('normalizePagePath', () => {
  it.each([
    ['/p/mug.html', 'p/mug.html'],
    ['./p/mug.html', 'p/mug.html'],
    ['p\\mug.html', 'p/mug.html'],
    ['p/cafe\u0301.html', 'p/caf\u00e9.html'],
  ])('%s is %s', (path, expected) => {
    expect(normalizePagePath(path)).toBe(expected);
  });
});
