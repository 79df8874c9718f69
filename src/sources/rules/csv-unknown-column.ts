import { defineRule } from '../../model/rule.js';

export const csvUnknownColumn = defineRule({
  id: 'input/csv-unknown-column',
  description: 'A CSV/TSV header names a column that is not in the canonical layout; the column is ignored.',
  severity: 'warning',
});
