import { tsvField } from '../../formats/tsv.js';
import { MICROSOFT_COLUMNS, type MicrosoftRow } from './columns.js';

/**
 * A value as one cell. Microsoft: "Do not include tabs or line breaks in the middle of offer attributes"
 * (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_bmcwhatiscatalog#create-a-feed-file):
 * breaks flattened to single spaces, no space left at either end.
 */
export function tsvCell(text: string): string {
  return tsvField(text).trim();
}

/**
 * Records end in LF. Microsoft names no line terminator (UNCONFIRMED): it asks for "tab delimited plain text"
 * with "Each product offer ... on a separate line", and imports Google's TSV feeds, which use LF. Quotes are
 * written as they are: TSV does not quote, and Microsoft asks titles and descriptions not to be enclosed in quotes.
 */
function record(cells: readonly string[]): string {
  return `${cells.join('\t')}\n`;
}

/** The single header row. */
export function tsvHeader(): string {
  return record(MICROSOFT_COLUMNS);
}

/** One item as a line, every column present. The last column (description) is never empty, so no trailing tab. */
export function tsvRow(row: MicrosoftRow): string {
  return record(MICROSOFT_COLUMNS.map((column) => tsvCell(row[column] ?? '')));
}
