import { defineRule } from '../../model/rule.js';

export const notAnObject = defineRule({
  id: 'input/not-an-object',
  description: 'A catalog record must be a JSON object describing one product.',
  severity: 'error',
});
