import { defineRule } from '../../model/rule.js';

export const variantTitleComposed = defineRule({
  id: 'variant/title-composed',
  description: "Variants without a title were titled with the product title and their attribute values.",
  severity: 'info',
  kind: 'enriched',
  url: 'https://support.google.com/merchants/answer/6324415',
  fix: 'Nothing to do if the composed titles read well. To choose them yourself, give each variant a title in the catalog.',
  example: {
    input: '{"title": "Cotton T-Shirt", "variants": [{"id": "tee-1-s", "size": "S"}, {"id": "tee-1-m", "size": "M"}]} (no variant titles)',
    finding: '2 variant title(s) were composed from the product title and the values of size.',
  },
});

export const variantIndistinct = defineRule({
  id: 'variant/indistinct',
  description: 'Two variants of a product have the same attribute values, so a buyer cannot tell them apart.',
  severity: 'warning',
  url: 'https://developers.google.com/search/docs/appearance/structured-data/product-variants',
  fix: 'Give each variant the value that tells it apart (a color, size or other option), or remove the duplicate variant.',
  example: {
    input: '"variants": [{"id": "tee-1-s", "size": "S"}, {"id": "tee-1-m", "size": "M"}, {"id": "tee-1-m2", "size": "M"}]',
    finding: 'This variant has the same size as another variant of the product.',
  },
});

export const duplicateProductId = defineRule({
  id: 'catalog/duplicate-product-id',
  description: 'Two products share an id; the later one is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
  fix: 'Give every product its own id. If the same product appears twice (in one export or in two inputs), remove the copy.',
  example: {
    input: 'Two products with "id": "tee-1" in the catalog',
    finding: 'The product id "tee-1" was used by an earlier product.',
  },
});

export const duplicateVariantId = defineRule({
  id: 'catalog/duplicate-variant-id',
  description: 'Two variants share an id (ids are unique across the catalog); the later one is left out.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
  fix: 'Give every variant an id that is unique across the whole catalog, such as its SKU; where the shop reuses a SKU, make the SKUs unique.',
  example: {
    input: 'Two variants, in the same or different products, with "id": "tee-1-m"',
    finding: 'The variant id "tee-1-m" was used by an earlier variant.',
  },
});
