import { describe, expect, it } from 'vitest';
import { isDefaultVariant, variantIdFor } from './variant-id.js';

describe('variantIdFor', () => {
  it.each([
    ['the SKU when there is one', 'AP-1', ['Red', 'M'], 'AP-1'],
    ['handle and option values without a SKU', undefined, ['Forest Green', 'XL'], 'trail-tee/Forest Green/XL'],
    ['the handle for the default variant', undefined, [], 'trail-tee'],
  ])('%s', (_name, sku, values, expected) => {
    expect(variantIdFor('trail-tee', sku, values)).toBe(expected);
  });
});

describe('isDefaultVariant', () => {
  it.each([
    [['Title'], ['Default Title'], true],
    [[undefined], ['Default Title'], true],
    [['Size'], ['Default Title'], false],
    [['Title'], ['Red'], false],
    [['Title', 'Size'], ['Default Title', 'M'], false],
  ])('%j %j → %s', (names, values, expected) => {
    expect(isDefaultVariant(names, values)).toBe(expected);
  });
});
