import { OPENAI_COLUMNS } from './columns.js';
import type { OpenAiRow } from './columns.js';
import { hasTsvBreaks, tsvField } from '../../formats/tsv.js';

export type DelimitedFormat = 'csv' | 'tsv';

/**
 * The text of one cell, before the file format's quoting: "For boolean fields, use ... the lowercase strings
 * `true` and `false` in delimited files"; "JSON objects in CSV or TSV cells must be serialized as JSON"
 * (https://developers.openai.com/commerce/specs/file-upload/products#value-conventions). Lists are
 * comma-separated, the form the page gives for additional_image_urls in a CSV cell (…#media); commas inside an
 * item are already %2C. target_countries uses the same list form. A field with no value is an empty cell.
 */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((item) => String(item).replace(/,/g, '%2C')).join(',');
  return JSON.stringify(value);
}

/** OpenAI's page defines quoting for CSV only; TSV fields are flattened (formats/tsv.ts). A CSV field per RFC 4180 §2 (https://www.rfc-editor.org/rfc/rfc4180#section-2): quoted when it holds a comma, quote or line break, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Record terminators: CRLF for CSV as RFC 4180 §2.1 says; LF for TSV, which IANA leaves to the platform and
 * which every TSV reader accepts.
 */
const EOL: Readonly<Record<DelimitedFormat, string>> = { csv: '\r\n', tsv: '\n' };
const SEPARATOR: Readonly<Record<DelimitedFormat, string>> = { csv: ',', tsv: '\t' };

function record(cells: readonly string[], format: DelimitedFormat): string {
  const field = format === 'csv' ? csvField : tsvField;
  return cells.map(field).join(SEPARATOR[format]) + EOL[format];
}

/** The header row: every column in documented order, "one header row with ... lowercase, underscore-separated column names". */
export function delimitedHeader(format: DelimitedFormat): string {
  return record(OPENAI_COLUMNS, format);
}

/** One row as a delimited record, every column present (empty when the row has no value). */
export function delimitedRow(row: OpenAiRow, format: DelimitedFormat): string {
  return record(
    OPENAI_COLUMNS.map((column) => cellText(row[column])),
    format,
  );
}

/**
 * The id a TSV record would change: tsvField turns a line break into a space, which is right for text and
 * wrong for an id (the schema keeps tabs and C0 controls out of ids; U+0085, U+2028 and U+2029 remain).
 */
export function tsvIdProblem(row: Pick<OpenAiRow, 'item_id' | 'group_id'>): 'item_id' | 'group_id' | undefined {
  if (hasTsvBreaks(row.item_id)) return 'item_id';
  if (row.group_id !== undefined && hasTsvBreaks(row.group_id)) return 'group_id';
  return undefined;
}
