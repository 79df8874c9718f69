import { defineRule } from '../../../../model/rule.js';

export const gmcGroupCurrencyMixed = defineRule({
  id: 'gmc/group-currency-mixed',
  description: 'Items of one item group are priced in different currencies; each variant keeps its own currency.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
});
