import { defineRule } from '../../model/rule.js';

export const variantTitleComposed = defineRule({
  id: 'variant/title-composed',
  description: "Variants without a title were titled with the product title and their attribute values.",
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324415',
});

export const variantIndistinct = defineRule({
  id: 'variant/indistinct',
  description: 'Two variants of a product have the same attribute values, so a buyer cannot tell them apart.',
  severity: 'warning',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/product-variants',
});

export const duplicateProductId = defineRule({
  id: 'catalog/duplicate-product-id',
  description: 'Two products share an id; the later one is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
});

export const duplicateVariantId = defineRule({
  id: 'catalog/duplicate-variant-id',
  description: 'Two variants share an id (ids are unique across the catalog); the later one is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
});
