import { defineRule } from '../../../../model/rule.js';

export const gmcGroupNotAdjacent = defineRule({
  id: 'gmc/group-not-adjacent',
  description: 'Items of an item group reappear after other items; they form a second product with the same id, which the catalog rejects as a duplicate. List a group together.',
  severity: 'warning',
  url: 'https://support.google.com/merchants/answer/6324507',
  fix: 'List all items of an item group one after another in the feed (sort it by item_group_id).',
  example: {
    input: 'Items in feed order: tee-s (item_group_id tee), mug-1, tee-l (item_group_id tee)',
    finding: 'Items of the group "tee" appeared earlier in the feed, apart from these; they are read as a second product with the same id.',
  },
});
