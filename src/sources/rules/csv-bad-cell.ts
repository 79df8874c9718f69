import { defineRule } from '../../model/rule.js';

export const csvBadCell = defineRule({
  id: 'input/csv-bad-cell',
  description: 'A CSV cell cannot be read as the type its canonical column needs (a number, a boolean, a measure).',
  severity: 'error',
});
