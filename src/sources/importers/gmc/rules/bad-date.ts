import { defineRule } from '../../../../model/rule.js';

export const gmcBadDate = defineRule({
  id: 'gmc/bad-date',
  description: 'An availability date or sale window is not an ISO 8601 date-time (a sale window is two of them joined by "/"); it is left out, and a sale without its window with it.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324470',
});
