import { defineRule } from '../../../../model/rule.js';

export const gmcUnknownValue = defineRule({
  id: 'gmc/unknown-value',
  description: 'An attribute holds a value outside the list Google documents for it (condition, gender, age_group, size_system, availability); it is left out.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/7052112',
  fix: 'Use a value Google documents for the attribute: condition new, refurbished or used; availability in_stock, out_of_stock, preorder or backorder; gender male, female or unisex; age_group newborn, infant, toddler, kids or adult.',
  example: {
    input: '<g:condition>brand new</g:condition>',
    finding: '"brand new" is not a condition value Google documents; it is left out.',
  },
});
