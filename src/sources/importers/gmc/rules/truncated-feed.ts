import { defineRule } from '../../../../model/rule.js';

export const gmcTruncatedFeed = defineRule({
  id: 'gmc/truncated-feed',
  description: 'An XML feed ends before its root element closes: the file may have been cut short, and the items after the cut are missing.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/14987622',
  fix: 'Download or export the feed again and check that it is complete: it ends with </rss> (an Atom feed with </feed>).',
  example: {
    input: 'An RSS feed file that stops after an </item>, without the closing </channel></rss>',
    finding: 'The file ends before the <rss> element is closed; it may have been cut short.',
  },
});
