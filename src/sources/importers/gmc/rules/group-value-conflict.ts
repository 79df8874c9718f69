import { defineRule } from '../../../../model/rule.js';

export const gmcGroupValueConflict = defineRule({
  id: 'gmc/group-value-conflict',
  description: "Items of one item group disagree on a product-level value (item_group_title, description, brand, category, product type); the first item wins. Links are each variant's own.",
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
  fix: 'Give every item of the group the same value for the attribute, or state it on the first item only.',
  example: {
    input: 'Two items of group tee: <g:brand>Trailhead</g:brand>, then <g:brand>Trailhead Co.</g:brand>',
    finding: 'The brand differs from an earlier item of the group; the product keeps the first.',
  },
});
