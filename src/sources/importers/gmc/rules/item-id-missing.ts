import { defineRule } from '../../../../model/rule.js';

export const gmcItemIdMissing = defineRule({
  id: 'gmc/item-id-missing',
  description: 'A feed item has no id (g:id, or the Atom entry id); it cannot be a variant and is skipped.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
  fix: 'Give every item a unique <g:id> (in a TSV feed, an id cell).',
  example: {
    input: '<item><g:title>Classic Tee</g:title><g:price>25.00 USD</g:price></item>, without <g:id>',
    finding: 'The item has no id; it is skipped.',
  },
});
