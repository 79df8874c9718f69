import { defineRule } from '../../../../model/rule.js';

export const gmcTruncatedFeed = defineRule({
  id: 'gmc/truncated-feed',
  description: 'An XML feed ends before its root element closes: the file may have been cut short, and the items after the cut are missing.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/14987622',
});
