import { defineRule } from '../../model/rule.js';

export const malformedCsv = defineRule({
  id: 'input/malformed-csv',
  description: 'A CSV/TSV row cannot be parsed (RFC 4180 quoting, or a wrong number of fields); it is skipped.',
  severity: 'error',
  url: 'https://www.rfc-editor.org/rfc/rfc4180',
  fix: 'Correct the row at the line the finding names: close every quoted field, double a quote inside one (""), and give the row as many fields as the header.',
  example: {
    input: 'CSV row: mug-1,"Camp Mug"x,12.00',
    finding: 'A quoted field is followed by "x" instead of a delimiter or the end of the line.',
  },
});
