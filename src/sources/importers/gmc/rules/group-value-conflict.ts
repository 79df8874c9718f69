import { defineRule } from '../../../../model/rule.js';

export const gmcGroupValueConflict = defineRule({
  id: 'gmc/group-value-conflict',
  description: 'Items of one item group disagree on a product-level value (title, description, link, brand, category); the first item wins.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
});
