import { defineRule } from '../../../../model/rule.js';

export const gmcDateAssumedUtc = defineRule({
  id: 'gmc/date-assumed-utc',
  description: 'A date-time has no UTC offset; it is read as UTC.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324460',
});
