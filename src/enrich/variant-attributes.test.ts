import { describe, expect, it } from 'vitest';
import type { Product, Variant } from '../model/generated/product.js';
import type { VaryingAttribute } from '../model/resolved.js';
import { attributeValue, composeVariantTitle, indistinctVariants, varyingAttributes } from './variant-attributes.js';

const v = (id: string, over: Partial<Variant> = {}): Variant => ({ id, price: '10.00', availability: 'in_stock', ...over });

const product = (variants: Variant[], over: Partial<Product> = {}): Product => ({
  id: 'p1',
  title: 'Summit Down Jacket',
  url: 'https://shop.example/p1',
  variants: variants as Product['variants'],
  ...over,
});

describe('attributeValue', () => {
  const record = product([], { gender: 'male', ageGroup: 'adult', material: 'Nylon', pattern: 'Solid' });
  it.each<[string, Variant, VaryingAttribute, string | undefined]>([
    ['the variant own color', v('a', { color: 'Black' }), 'color', 'Black'],
    ['no color anywhere', v('a'), 'color', undefined],
    ['the variant own size', v('a', { size: 'M' }), 'size', 'M'],
    ['material from the product', v('a'), 'material', 'Nylon'],
    ['material from the variant over the product', v('a', { material: 'Wool' }), 'material', 'Wool'],
    ['pattern from the product', v('a'), 'pattern', 'Solid'],
    ['gender from the product', v('a'), 'gender', 'male'],
    ['gender from the variant', v('a', { gender: 'female' }), 'gender', 'female'],
    ['ageGroup from the product', v('a'), 'ageGroup', 'adult'],
    ['an option', v('a', { options: { Storage: '256 GB' } }), 'option:Storage', '256 GB'],
    ['an option the variant lacks', v('a', { options: { Storage: '256 GB' } }), 'option:Finish', undefined],
    ['an option on a variant without options', v('a'), 'option:Storage', undefined],
  ])('%s', (_, variant, attribute, expected) => {
    expect(attributeValue(record, variant, attribute)).toBe(expected);
  });
});

describe('varyingAttributes: only the attributes that really differ', () => {
  it.each<[string, Partial<Product>, Variant[], VaryingAttribute[]]>([
    ['a single variant varies by nothing', {}, [v('a', { color: 'Black', size: 'M' })], []],
    ['no variants vary by nothing', {}, [], []],
    [
      'color and size in a 2×2 grid, in the fixed order',
      {},
      [v('a', { size: 'S', color: 'Black' }), v('b', { size: 'M', color: 'Black' }), v('c', { size: 'S', color: 'Red' }), v('d', { size: 'M', color: 'Red' })],
      ['color', 'size'],
    ],
    [
      'a color every variant shares is not varying',
      {},
      [v('a', { color: 'Black', size: 'S' }), v('b', { color: 'Black', size: 'M' })],
      ['size'],
    ],
    [
      'product-level gender and material apply to every variant',
      { gender: 'male', material: 'Nylon', ageGroup: 'adult' },
      [v('a', { size: 'S' }), v('b', { size: 'M' })],
      ['size'],
    ],
    [
      'a variant restating the product material does not vary',
      { material: 'Nylon' },
      [v('a', { size: 'S', material: 'Nylon' }), v('b', { size: 'M' })],
      ['size'],
    ],
    [
      'a variant overriding the product material varies',
      { material: 'Nylon' },
      [v('a', { material: 'Wool' }), v('b')],
      ['material'],
    ],
    [
      'gender set on some variants only',
      {},
      [v('a', { gender: 'female' }), v('b')],
      ['gender'],
    ],
    ['pattern and ageGroup', {}, [v('a', { pattern: 'Striped', ageGroup: 'kids' }), v('b', { pattern: 'Solid', ageGroup: 'adult' })], ['pattern', 'ageGroup']],
    [
      'options by name, after the named attributes',
      {},
      [v('a', { color: 'Silver', options: { Storage: '128 GB', Finish: 'Matte' } }), v('b', { color: 'Gold', options: { Storage: '256 GB', Finish: 'Matte' } })],
      ['color', 'option:Storage'],
    ],
    [
      'an option present on one variant only',
      {},
      [v('a', { options: { Engraving: 'Yes' } }), v('b')],
      ['option:Engraving'],
    ],
    ['identical variants vary by nothing', {}, [v('a', { color: 'Black' }), v('b', { color: 'Black' })], []],
  ])('%s', (_, over, variants, expected) => {
    expect(varyingAttributes(product(variants, over), variants)).toEqual(expected);
  });
});

describe('composeVariantTitle', () => {
  it.each<[string, string[], string]>([
    ['Summit Down Jacket', ['Black', 'M'], 'Summit Down Jacket - Black / M'],
    ['Summit Down Jacket', ['Black'], 'Summit Down Jacket - Black'],
    ['Summit Down Jacket', [], 'Summit Down Jacket'],
  ])('%s + %j → %s', (title, values, expected) => {
    expect(composeVariantTitle(title, values)).toBe(expected);
  });
});

describe('indistinctVariants', () => {
  it.each<[string, Partial<Product>, Variant[], number[]]>([
    ['distinct colors', {}, [v('a', { color: 'Black' }), v('b', { color: 'Red' })], []],
    ['a repeated color and size', {}, [v('a', { color: 'Black', size: 'M' }), v('b', { color: 'Red', size: 'M' }), v('c', { color: 'Black', size: 'M' })], [2]],
    ['two repeats of the first', {}, [v('a', { color: 'Black' }), v('b', { color: 'Red' }), v('c', { color: 'Black' }), v('d', { color: 'Black' })], [2, 3]],
    ['variants with nothing to tell them apart', {}, [v('a'), v('b')], [1]],
    ['same option values', {}, [v('a', { options: { Storage: '128 GB' } }), v('b', { options: { Storage: '256 GB' } }), v('c', { options: { Storage: '128 GB' } })], [2]],
    ['a single variant', {}, [v('a')], []],
  ])('%s', (_, over, variants, expected) => {
    const record = product(variants, over);
    // The orchestrator asks with the varying attributes of the same variants.
    const varying = varyingAttributes(record, variants);
    expect(indistinctVariants(record, variants, varying)).toEqual(expected);
  });

  it('a missing value is told apart from a present one', () => {
    const variants = [v('a', { color: 'Black', size: 'M' }), v('b', { color: 'Black' })];
    expect(indistinctVariants(product(variants), variants, ['color', 'size'])).toEqual([]);
  });
});
