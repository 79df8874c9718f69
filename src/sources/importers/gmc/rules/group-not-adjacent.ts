import { defineRule } from '../../../../model/rule.js';

export const gmcGroupNotAdjacent = defineRule({
  id: 'gmc/group-not-adjacent',
  description: 'Items of an item group reappear after other items; they form a second product with the same id, which the catalog rejects as a duplicate. List a group together.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
});
