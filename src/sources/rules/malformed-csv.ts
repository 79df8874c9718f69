import { defineRule } from '../../model/rule.js';

export const malformedCsv = defineRule({
  id: 'input/malformed-csv',
  description: 'A CSV/TSV row cannot be parsed (RFC 4180 quoting, or a wrong number of fields); it is skipped.',
  severity: 'error',
  url: 'https://www.rfc-editor.org/rfc/rfc4180',
});
