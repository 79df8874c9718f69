import { defineRule } from '../../model/rule.js';

export const csvProductFieldConflict = defineRule({
  id: 'input/csv-product-field-conflict',
  description: 'Rows of the same product disagree on a product-level column; the first row wins.',
  severity: 'warning',
});
