import { defineRule } from '../../../../model/rule.js';

export const gmcDateAssumedUtc = defineRule({
  id: 'gmc/date-assumed-utc',
  description: 'A date-time has no UTC offset; it is read as UTC.',
  severity: 'info',
  url: 'https://support.google.com/merchants/answer/6324460',
  fix: 'Nothing to do if the time is UTC. Otherwise add its UTC offset in the feed: 2025-04-01T09:00-0700.',
  example: {
    input: '<g:availability_date>2025-04-01T09:00</g:availability_date>',
    finding: 'The date-time has no UTC offset; it was read as 2025-04-01T09:00:00Z.',
  },
});
