import { defineRule } from '../../model/rule.js';

export const notACatalog = defineRule({
  id: 'input/not-a-catalog',
  description: 'A JSON catalog must be an array of products or an object with a "products" array.',
  severity: 'error',
  fix: 'Give the file the layout of its format: a JSON array of products or {"products": [...]}, a CSV header with an "id" column. For a platform export, name its format with --format (e.g. --format shopify-csv).',
  example: {
    input: 'JSON file: {"items": [{"id": "tee-1", "title": "Classic Tee"}]}',
    finding: 'The object has no "products" array.',
  },
});
