import { defineRule } from '../../model/rule.js';

export const urlResolved = defineRule({
  id: 'url/resolved',
  description: 'A relative URL was resolved against the shop URL.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://www.rfc-editor.org/rfc/rfc3986#section-5',
});

export const urlInvalid = defineRule({
  id: 'url/invalid',
  description: 'A product or image URL must be an absolute http(s) URL without spaces (https://support.google.com/merchants/answer/6324416).',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324416',
});
