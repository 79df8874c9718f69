import { describe, expect, it } from 'vitest';
import { GOOGLE_TAXONOMY_DATA, GOOGLE_TAXONOMY_DATA_COUNT } from './google-taxonomy-data.js';
import {
  GOOGLE_TAXONOMY_URL,
  GOOGLE_TAXONOMY_VERSION,
  findCategoryById,
  findCategoryByPath,
  findParentCategory,
  listGoogleCategories,
  resolveGoogleCategory,
} from './google-taxonomy.js';

// Ids and paths below were read from the official file (../shared/data/google-product-taxonomy), version 2021-09-21;
// 10 is one of the gaps in its ids.
const DRESSES = 'Apparel & Accessories > Clothing > Dresses';

describe('the shipped table', () => {
  it('is the 2021-09-21 version, from Google', () => {
    expect(GOOGLE_TAXONOMY_VERSION).toBe('2021-09-21');
    expect(GOOGLE_TAXONOMY_URL).toBe('https://www.google.com/basepages/producttype/taxonomy-with-ids.en-US.txt');
  });

  it('holds 5,595 categories, one a line', () => {
    expect(GOOGLE_TAXONOMY_DATA_COUNT).toBe(5595);
    expect(GOOGLE_TAXONOMY_DATA.split('\n')).toHaveLength(5595);
    expect(listGoogleCategories()).toHaveLength(5595);
  });

  it('lists parents before their children, and every path is its segments joined', () => {
    const seen = new Set<string>();
    const wrong: string[] = [];
    for (const category of listGoogleCategories()) {
      const parent = category.segments.slice(0, -1).join(' > ');
      if (category.path !== category.segments.join(' > ') || (parent && !seen.has(parent))) wrong.push(category.path);
      seen.add(category.path);
    }
    expect(wrong).toEqual([]);
  });

  it('has unique ids and paths', () => {
    const categories = listGoogleCategories();
    expect(new Set(categories.map((c) => c.id)).size).toBe(categories.length);
    expect(new Set(categories.map((c) => c.path.toLowerCase())).size).toBe(categories.length);
  });

  it('hands out frozen categories, so no caller can change the shared index', () => {
    const category = findCategoryById(2271)!;
    expect(Object.isFrozen(category)).toBe(true);
    expect(Object.isFrozen(category.segments)).toBe(true);
    expect(Object.isFrozen(listGoogleCategories())).toBe(true);
  });

  it('keeps names with accents as Google writes them (the mirror in ../shared mis-encodes them)', () => {
    expect(findCategoryById(3994)?.segments.at(-1)).toBe('Piñatas');
    expect(findCategoryById(6100)?.segments.at(-1)).toBe('Corsage & Boutonnière Pins');
    expect(findCategoryById(4423)?.segments.at(-1)).toBe('Sauté Pans');
    expect(GOOGLE_TAXONOMY_DATA).not.toMatch(/[\u0400-\u04ff]/);
  });
});

describe('findCategoryById', () => {
  it.each([
    [2271, DRESSES, ['Apparel & Accessories', 'Clothing', 'Dresses']],
    [1, 'Animals & Pet Supplies', ['Animals & Pet Supplies']],
    [209, 'Apparel & Accessories > Clothing > Underwear & Socks > Socks', undefined],
    [543626, 'Electronics > Audio > Audio Components > Headphones & Headsets > Headphones', undefined],
    [5644, 'Vehicles & Parts > Vehicles > Watercraft > Yachts', undefined],
  ])('finds %i', (id, path, segments) => {
    const category = findCategoryById(id);
    expect(category?.id).toBe(id);
    expect(category?.path).toBe(path);
    if (segments) expect(category?.segments).toEqual(segments);
  });

  it.each([0, -1, 10, 99_999_999, 2271.5, Number.NaN, Number.POSITIVE_INFINITY])('has no category %d', (id) => {
    expect(findCategoryById(id)).toBeUndefined();
  });
});

describe('findParentCategory', () => {
  it.each([
    [2271, 'Apparel & Accessories > Clothing'],
    [543626, 'Electronics > Audio > Audio Components > Headphones & Headsets'],
    [1, undefined],
    [10, undefined],
  ])('of %i is %s', (id, parentPath) => {
    expect(findParentCategory(id)?.path).toBe(parentPath);
  });

  it('links every category to the one whose path is its path minus the last level', () => {
    const wrong = listGoogleCategories().filter(
      (category) => findParentCategory(category.id)?.path !== (category.segments.slice(0, -1).join(' > ') || undefined),
    );
    expect(wrong).toEqual([]);
  });
});

describe('findCategoryByPath', () => {
  it.each([
    ['the exact path', DRESSES],
    ['lowercase', 'apparel & accessories > clothing > dresses'],
    ['uppercase', 'APPAREL & ACCESSORIES > CLOTHING > DRESSES'],
    ['no spaces around >', 'Apparel & Accessories>Clothing>Dresses'],
    ['uneven spaces around >', 'Apparel & Accessories  >Clothing >   Dresses'],
    ['surrounding whitespace', '  \tApparel & Accessories > Clothing > Dresses\n'],
    ['doubled inner whitespace', 'Apparel  &  Accessories > Clothing > Dresses'],
    ['a non-breaking space', 'Apparel &\u00a0Accessories > Clothing > Dresses'],
  ])('accepts %s', (_, path) => {
    expect(findCategoryByPath(path)?.id).toBe(2271);
  });

  it('accepts decomposed accents as the composed ones Google writes', () => {
    const decomposed = 'Arts & Entertainment > Party & Celebration > Party Supplies > Pin\u0303atas';
    expect(findCategoryByPath(decomposed)?.id).toBe(3994);
  });

  it.each([
    ['"and" for "&"', 'Apparel and Accessories > Clothing > Dresses'],
    ['a singular', 'Apparel & Accessories > Clothing > Dress'],
    ['the last level alone', 'Dresses'],
    ['a missing level', 'Apparel & Accessories > Dresses'],
    ['an empty level', 'Apparel & Accessories > > Clothing > Dresses'],
    ['a trailing >', 'Apparel & Accessories > Clothing > Dresses >'],
    ['another separator', 'Apparel & Accessories / Clothing / Dresses'],
    ['the accent dropped', 'Arts & Entertainment > Party & Celebration > Party Supplies > Pinatas'],
    ['the id', '2271'],
    ['an empty string', ''],
  ])('rejects %s', (_, path) => {
    expect(findCategoryByPath(path)).toBeUndefined();
  });

  it('finds every shipped path, whatever its case', () => {
    for (const category of listGoogleCategories()) {
      expect(findCategoryByPath(category.path)).toBe(category);
      expect(findCategoryByPath(category.path.toUpperCase())).toBe(category);
    }
  });
});

describe('resolveGoogleCategory', () => {
  it.each<[string, number | string, number]>([
    ['a number', 2271, 2271],
    ['a numeric string', '2271', 2271],
    ['a numeric string with whitespace', ' 2271\n', 2271],
    ['a path', DRESSES, 2271],
    ['a path in another case and spacing', 'apparel & accessories>clothing>dresses', 2271],
    ['a top-level path', 'Electronics', 222],
  ])('resolves %s', (_, input, id) => {
    const result = resolveGoogleCategory(input);
    expect(result).toEqual({ ok: true, category: findCategoryById(id) });
  });

  it.each<[string, number | string, 'unknown-id' | 'unknown-path']>([
    ['an unknown number', 99_999_999, 'unknown-id'],
    ['an unknown numeric string', '99999999', 'unknown-id'],
    ['zero', 0, 'unknown-id'],
    ['a negative number', -2271, 'unknown-id'],
    ['a fraction', 2271.5, 'unknown-id'],
    ['NaN', Number.NaN, 'unknown-id'],
    ['an id beyond safe integers', '90071992547409931', 'unknown-id'],
    ['an unknown path', 'Apparel & Accessories > Clothing > Ball Gowns', 'unknown-path'],
    ['a decimal string', '2271.0', 'unknown-path'],
    ['"id - path", the file format', `2271 - ${DRESSES}`, 'unknown-path'],
    ['an empty string', '', 'unknown-path'],
    ['whitespace', '   ', 'unknown-path'],
  ])('rejects %s', (_, input, reason) => {
    expect(resolveGoogleCategory(input)).toEqual({ ok: false, reason });
  });
});
