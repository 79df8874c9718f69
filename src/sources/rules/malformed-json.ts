import { defineRule } from '../../model/rule.js';

export const malformedJson = defineRule({
  id: 'input/malformed-json',
  description: 'A record is not valid JSON (RFC 8259); it is skipped and the run goes on with the next record.',
  severity: 'error',
  url: 'https://www.rfc-editor.org/rfc/rfc8259',
});
