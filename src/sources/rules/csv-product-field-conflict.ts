import { defineRule } from '../../model/rule.js';

export const csvProductFieldConflict = defineRule({
  id: 'input/csv-product-field-conflict',
  description: 'Rows of the same product disagree on a product-level column; the first row wins.',
  severity: 'warning',
  fix: 'Give every row of a product the same product-level cells (title, description, brand, ...), or leave them empty on the rows after the first.',
  example: {
    input: 'Two rows of product tee-1: "title" is Classic Tee on the first, Classic T-Shirt on the second',
    finding: 'The "title" cell differs from the product\'s first row; the first row\'s value is kept.',
  },
});
