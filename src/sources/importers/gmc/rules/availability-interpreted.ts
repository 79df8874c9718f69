import { defineRule } from '../../../../model/rule.js';

export const gmcAvailabilityInterpreted = defineRule({
  id: 'gmc/availability-interpreted',
  description: 'A retired or API-only availability value was read as the documented value closest to its definition; check it.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324448',
});
