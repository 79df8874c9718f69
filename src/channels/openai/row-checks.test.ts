import { describe, expect, it } from 'vitest';
import type { OpenAiRow } from './columns.js';
import { checkRow, checkRowMoney } from './row-checks.js';

const BASE = { item_id: 'X', price: '79.99 USD' } as OpenAiRow;
const subject = { productId: 'p', variantId: 'X', channel: 'openai' };

describe('checkRowMoney', () => {
  it.each([
    ['no sale', {}],
    ['a sale below price', { sale_price: '59.99 USD' }],
    ['a sale one cent below', { sale_price: '79.98 USD' }],
    ['shipping in the row currency', { shipping: 'US::Standard:5.00 USD,CA::Standard:12.00 USD:1:2:5:9' }],
    ['a malformed amount, left to the schema', { sale_price: 'cheap' }],
  ])('accepts %s', (_name, changes) => {
    expect(checkRowMoney({ ...BASE, ...changes }, subject)).toEqual([]);
  });

  it.each([
    ['sale_price with another currency', { sale_price: '59.99 EUR' }, [['openai/currency-mismatch', '/sale_price']]],
    ['a sale equal to price', { sale_price: '79.99 USD' }, [['openai/sale-price-not-below-price', '/sale_price']]],
    ['a sale above price', { sale_price: '80.00 USD' }, [['openai/sale-price-not-below-price', '/sale_price']]],
    ['a sale above price, written with more digits', { sale_price: '79.990 USD' }, [['openai/sale-price-not-below-price', '/sale_price']]],
    ['a shipping price in another currency', { shipping: 'US::Standard:5.00 USD,CA::Standard:15.00 CAD' }, [['openai/currency-mismatch', '/shipping']]],
  ])('refuses %s', (_name, changes, expected) => {
    const found = checkRowMoney({ ...BASE, ...changes }, subject);
    expect(found.map((d) => [d.ruleId, d.pointer])).toEqual(expected);
    expect(found[0]).toMatchObject({ ...subject, severity: 'error' });
  });
});

describe('checkRow: the bad rows a feed must never carry', () => {
  const GOOD: OpenAiRow = {
    item_id: 'TRAIL-BLK-10',
    title: 'Trail running shoes, black, size 10',
    description: 'Waterproof trail shoes with a rubber outsole.',
    url: 'https://example.com/products/trail?size=10',
    brand: 'Northline',
    seller_name: 'Northline Outdoor',
    image_url: 'https://example.com/images/trail-black.jpg',
    availability: 'in_stock',
    price: '79.99 USD',
    sale_price: '59.99 USD',
    is_eligible_search: true,
    is_eligible_checkout: true,
    seller_privacy_policy: 'https://example.com/privacy',
    seller_tos: 'https://example.com/terms',
  };
  const bad = (changes: Record<string, unknown>, drop?: string): OpenAiRow => {
    const row: Record<string, unknown> = { ...GOOD, ...changes };
    if (drop) delete row[drop];
    return row as unknown as OpenAiRow;
  };

  it('passes the good row', () => {
    expect(checkRow(GOOD, subject)).toEqual([]);
  });

  it.each([
    ['missing price', bad({}, 'price'), 'openai/row-invalid', '/price'],
    ['a bad money format', bad({ price: '79,99 USD' }), 'openai/row-invalid', '/price'],
    ['sale_price in another currency', bad({ sale_price: '59.99 EUR' }), 'openai/currency-mismatch', '/sale_price'],
    ['sale_price not below price', bad({ sale_price: '99.00 USD' }), 'openai/sale-price-not-below-price', '/sale_price'],
    ['checkout true with search false', bad({ is_eligible_search: false }), 'openai/row-invalid', '/is_eligible_search'],
    ['an unknown field', bad({ shipping_weight: '1 kg' }), 'openai/row-invalid', '/shipping_weight'],
  ])('catches %s', (_name, row, ruleId, pointer) => {
    expect(checkRow(row, subject).map((d) => [d.ruleId, d.pointer])).toEqual([[ruleId, pointer]]);
  });
});
