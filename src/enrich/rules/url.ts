import { defineRule } from '../../model/rule.js';

export const urlResolved = defineRule({
  id: 'url/resolved',
  description: 'A relative URL was resolved against the shop URL.',
  severity: 'info',
  kind: 'enriched',
  url: 'https://www.rfc-editor.org/rfc/rfc3986#section-5',
  fix: 'Nothing to do if shop.url in the config is the shop\'s address. To stop the finding, give absolute URLs (starting with https://) in the catalog.',
  example: {
    input: '"url": "/products/mug" with "shop": {"url": "https://shop.example/"} in the config',
    finding: 'The relative URL was resolved to https://shop.example/products/mug.',
  },
});

export const urlInvalid = defineRule({
  id: 'url/invalid',
  description: 'A product or image URL must be an absolute http(s) URL without spaces (https://support.google.com/merchants/answer/6324416).',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/6324416',
  fix: 'Give an absolute http or https URL without spaces, such as "https://shop.example/products/tee-1" (write a space as %20), or a path such as "/products/tee-1", which is resolved against shop.url.',
  example: {
    input: '"url": "https:shop.example/products/tee-1"',
    finding: '"https:shop.example/products/tee-1" is not a usable URL: it has no "//" after its scheme. The product cannot be linked and is left out.',
  },
});
