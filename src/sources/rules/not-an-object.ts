import { defineRule } from '../../model/rule.js';

export const notAnObject = defineRule({
  id: 'input/not-an-object',
  description: 'A catalog record must be a JSON object describing one product.',
  severity: 'error',
  fix: 'Write each product as one JSON object, e.g. {"id": "tee-1", "title": "Classic Tee", "variants": [...]} (see schemas/product.schema.json).',
  example: {
    input: 'A line of an NDJSON catalog: ["tee-1", "Classic Tee"]',
    finding: 'A product record must be a JSON object, not an array.',
  },
});
