import { defineRule } from '../../../../model/rule.js';

export const gmcBadDate = defineRule({
  id: 'gmc/bad-date',
  description: 'An availability date or sale window is not an ISO 8601 date-time (a sale window is two of them joined by "/"); it is left out, and a sale without its window with it.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324470',
  fix: 'Write ISO 8601 date-times, and a sale window as its start and end joined by "/": 2025-03-01T00:00-0800/2025-03-15T23:59-0800.',
  example: {
    input: '<g:sale_price_effective_date>2025-03-01 to 2025-03-15</g:sale_price_effective_date>, with a sale_price',
    finding: 'The sale window is not two ISO 8601 date-times joined by "/"; it is left out, and the sale price with it.',
  },
});
