import { defineRule } from '../../../../model/rule.js';

export const gmcItemIdMissing = defineRule({
  id: 'gmc/item-id-missing',
  description: 'A feed item has no id (g:id, or the Atom entry id); it cannot be a variant and is skipped.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324405',
});
