/**
 * Characters that would end a TSV cell or record. Tab-separated values have no quoting or escape: IANA's
 * text/tab-separated-values (https://www.iana.org/assignments/media-types/text/tab-separated-values) says
 * fields cannot contain tabs, and a line break ends the record. Besides TAB, CR and LF, the vertical tab, form
 * feed, file/group/record separators, NEL and the Unicode line and paragraph separators are included because
 * common line splitters (Python's str.splitlines among them) break lines at them too.
 */
const BREAKS = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+/g;
const BREAK = /[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]/;

/** A value as a TSV field: each run of breaks becomes one space, so a description's paragraphs become one line. */
export function tsvField(text: string): string {
  return text.replace(BREAKS, ' ');
}

/** Whether a value would change as a TSV field (an id cannot be changed, so it is refused instead). */
export function hasTsvBreaks(text: string): boolean {
  return BREAK.test(text);
}
