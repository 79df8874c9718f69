import { defineRule } from '../../../../model/rule.js';

export const gmcAvailabilityInterpreted = defineRule({
  id: 'gmc/availability-interpreted',
  description: 'A retired or API-only availability value was read as the documented value closest to its definition; check it.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324448',
  fix: 'Check that the value read is right, then write a current value in the feed: in_stock, out_of_stock, preorder or backorder.',
  example: {
    input: '<g:availability>available for order</g:availability>',
    finding: 'The retired value "available for order" (orders taken, shipping in 4 or more business days) was read as backorder.',
  },
});
