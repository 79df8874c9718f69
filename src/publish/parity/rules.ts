import { defineRule } from '../../model/rule.js';

export const parityMismatch = defineRule({
  id: 'parity/mismatch',
  description:
    'Two outputs disagree about a variant\'s price, sale price, currency, availability or URL. Google disapproves items whose feed and page disagree, and agents stop trusting a shop whose surfaces do; the run fails.',
  severity: 'error',
  url: 'https://support.google.com/merchants/answer/12159029',
  fix: 'Run agentshelf build again and publish its whole output folder; do not edit the outputs by hand. A sale window that opened or closed since the build also makes the outputs disagree: build again when it does.',
  example: {
    input: 'In the published folder, the Google feed gives tee-1-m <g:price>12.00 USD</g:price>, while its JSON-LD and the Meta feed give 15.00 USD.',
    finding: 'feeds/google/products.xml gives the regular price 12.00 USD, but jsonld and meta give 15.00 USD.',
  },
});

export const parityUnreadable = defineRule({
  id: 'parity/unreadable',
  description: 'An output could not be read back to check it against the others; the run fails.',
  severity: 'error',
  fix: 'Run agentshelf build again to write the output anew, and copy its files unchanged when you deploy.',
  example: {
    input: 'feeds/openai/products.jsonl.gz in the published folder is not gzip data (it was replaced after the build).',
    finding: 'feeds/openai could not be read back: incorrect header check',
  },
});

export const PARITY_RULES = [parityMismatch, parityUnreadable] as const;
