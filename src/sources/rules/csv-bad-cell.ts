import { defineRule } from '../../model/rule.js';

export const csvBadCell = defineRule({
  id: 'input/csv-bad-cell',
  description: 'A CSV cell cannot be read as the type its canonical column needs (a number, a boolean, a measure).',
  severity: 'error',
  fix: 'Write the cell as its column needs: a number and a unit for weight ("1.2 kg"), "30 x 20 x 10 cm" for dimensions, "340 g / 100 g" for unitPricing, true or false for isDigital, a whole number for stockQuantity.',
  example: {
    input: '"weight" cell: 1,2 kg',
    finding: 'The "weight" cell must be a weight such as "1.2 kg".',
  },
});
