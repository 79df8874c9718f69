import { defineRule } from '../../../../model/rule.js';

export const gmcGroupValueConflict = defineRule({
  id: 'gmc/group-value-conflict',
  description: "Items of one item group disagree on a product-level value (item_group_title, description, brand, category, product type); the first item wins. Links are each variant's own.",
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
});
