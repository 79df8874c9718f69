import { defineRule } from '../../model/rule.js';

export const csvUnknownColumn = defineRule({
  id: 'input/csv-unknown-column',
  description: 'A CSV/TSV header names a column that is not in the canonical layout; the column is ignored.',
  severity: 'warning',
  fix: 'Rename the column to its canonical name (here "color"; the README lists the canonical columns), or remove it.',
  example: {
    input: 'Header column: colour',
    finding: 'The column "colour" is not a canonical column and is ignored.',
  },
});
