import { defineRule } from '../../../../model/rule.js';

export const gmcNotAFeed = defineRule({
  id: 'gmc/not-a-feed',
  description: 'The input is not a Merchant Center feed: no RSS 2.0 or Atom 1.0 root with the Google namespace, or a TSV header without an id column.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/160567',
  fix: 'Declare the namespace on the root element (<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">), or give a TSV feed an id column. If the file is another format, name it with --format.',
  example: {
    input: '<rss version="2.0"><channel>...</channel></rss>, without xmlns:g="http://base.google.com/ns/1.0"',
    finding: 'The feed does not declare the Merchant Center namespace http://base.google.com/ns/1.0.',
  },
});
