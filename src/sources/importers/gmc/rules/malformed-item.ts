import { defineRule } from '../../../../model/rule.js';

export const gmcMalformedItem = defineRule({
  id: 'gmc/malformed-item',
  description: 'An XML feed item (RSS <item> or Atom <entry>) is not well-formed XML; it is skipped and the items after it are still read.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/14987622',
  fix: "Correct the item's XML at the line the finding names: close every element, and write & and < in text as &amp; and &lt;.",
  example: {
    input: '<item><g:id>tee-1</g:id><g:title>Classic Tee</item>',
    finding: "The item is not well-formed XML: Expected closing tag 'g:title' instead of closing tag 'item'.",
  },
});
