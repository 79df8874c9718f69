import { defineRule } from '../../../../model/rule.js';

export const gmcUnknownValue = defineRule({
  id: 'gmc/unknown-value',
  description: 'An attribute holds a value outside the list Google documents for it (condition, gender, age_group, size_system, availability); it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/7052112',
});
