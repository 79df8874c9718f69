import { describe, expect, it } from 'vitest';
import { expandPurchaseUrl } from './purchase-url.js';

describe('expandPurchaseUrl', () => {
  it.each([
    ['https://shop.example/cart/{variant_id}:{quantity}', { variantId: '40123', productId: 'p' }, 'https://shop.example/cart/40123:1'],
    ['https://shop.example/cart/{variant_id}:{quantity}', { variantId: '40123', productId: 'p', quantity: 3 }, 'https://shop.example/cart/40123:3'],
    ['https://shop.example/checkout?sku={sku}&qty={quantity}', { variantId: 'V1', productId: 'p', sku: 'A B/C' }, 'https://shop.example/checkout?sku=A%20B%2FC&qty=1'],
    ['https://shop.example/p/{product_id}?variant={variant_id}', { variantId: 'x&y', productId: 'tent 2p' }, 'https://shop.example/p/tent%202p?variant=x%26y'],
    // encodeURIComponent throws on a lone surrogate; it is read as U+FFFD, as the URL Standard reads it.
    ['https://shop.example/cart/{variant_id}:{quantity}', { variantId: 'V-\ud800-1', productId: 'p' }, 'https://shop.example/cart/V-%EF%BF%BD-1:1'],
    ['https://shop.example/p/{product_id}?sku={sku}', { variantId: 'V', productId: '\udfff', sku: 'S\ud83c' }, 'https://shop.example/p/%EF%BF%BD?sku=S%EF%BF%BD'],
    ['https://shop.example/cart/{variant_id}', { variantId: 'tent-\ud83c\udfd5', productId: 'p' }, 'https://shop.example/cart/tent-%F0%9F%8F%95'],
  ])('%s', (template, values, expected) => {
    expect(expandPurchaseUrl(template, values)).toBe(expected);
  });

  it('can leave {quantity} open for an API description', () => {
    expect(expandPurchaseUrl('https://shop.example/cart/{variant_id}:{quantity}', { variantId: '7', productId: 'p' }, { keepQuantity: true })).toBe('https://shop.example/cart/7:{quantity}');
  });
});
