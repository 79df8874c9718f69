import { MICROSOFT_COLUMNS, type MicrosoftRow } from './columns.js';

/**
 * Characters that would end a cell or a line. Microsoft: "Do not include tabs or line breaks in the middle of
 * offer attributes" (https://learn.microsoft.com/en-us/advertising/msa-help/hlp_ba_conc_bmcwhatiscatalog#create-a-feed-file);
 * tab-separated values have no quoting or escape at all (IANA text/tab-separated-values,
 * https://www.iana.org/assignments/media-types/text/tab-separated-values). Besides TAB, CR and LF, the vertical
 * tab, form feed, file/group/record separators, NEL and U+2028/U+2029 are included because common line splitters
 * break lines at them too. Each run becomes one space, so a description's paragraphs become one line.
 */
const BREAKS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;
const BREAK = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** A value as one TSV cell: breaks flattened to single spaces, no space left at either end. */
export function tsvCell(text: string): string {
  return text.replace(BREAKS, ' ').trim();
}

/** Whether a value would change as a cell (ids cannot be changed, so they are refused instead). */
export function hasBreaks(text: string): boolean {
  return BREAK.test(text);
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
