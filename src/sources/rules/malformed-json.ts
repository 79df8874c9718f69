import { defineRule } from '../../model/rule.js';

export const malformedJson = defineRule({
  id: 'input/malformed-json',
  description: 'A record is not valid JSON (RFC 8259); it is skipped and the run goes on with the next record.',
  severity: 'error',
  url: 'https://www.rfc-editor.org/rfc/rfc8259',
  fix: 'Correct the JSON of the record at the line the finding names (here, add the comma between the two fields).',
  example: {
    input: 'NDJSON line: {"id": "tee-1" "title": "Classic Tee"}',
    finding: "This line is not valid JSON: Expected ',' or '}' after property value in JSON at position 15.",
  },
});
