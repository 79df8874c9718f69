import { defineRule } from '../../../../model/rule.js';

export const gmcNotAFeed = defineRule({
  id: 'gmc/not-a-feed',
  description: 'The input is not a Merchant Center feed: no RSS 2.0 or Atom 1.0 root with the Google namespace, or a TSV header without an id column.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/160567',
});
