import { defineRule } from '../../../../model/rule.js';

export const gmcMalformedItem = defineRule({
  id: 'gmc/malformed-item',
  description: 'An XML feed item (RSS <item> or Atom <entry>) is not well-formed XML; it is skipped and the items after it are still read.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/14987622',
});
