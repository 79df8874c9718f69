import { defineRule } from '../../model/rule.js';

export const parityMismatch = defineRule({
  id: 'parity/mismatch',
  description:
    'Two outputs disagree about a variant\'s price, sale price, currency, availability or URL. Google disapproves items whose feed and page disagree, and agents stop trusting a shop whose surfaces do; the run fails.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/12159029',
});

export const parityUnreadable = defineRule({
  id: 'parity/unreadable',
  description: 'An output could not be read back to check it against the others; the run fails.',
  severity: 'error',
});

export const PARITY_RULES = [parityMismatch, parityUnreadable] as const;
