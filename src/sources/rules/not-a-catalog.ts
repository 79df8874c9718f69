import { defineRule } from '../../model/rule.js';

export const notACatalog = defineRule({
  id: 'input/not-a-catalog',
  description: 'A JSON catalog must be an array of products or an object with a "products" array.',
  severity: 'error',
});
