/**
 * The cells of the header line at the start of a sample, for telling formats apart before reading: a
 * leading BOM dropped, split on the delimiter outside double quotes ("" is a quote), each cell trimmed.
 * Header names never span lines, so the first line break ends the header.
 */
export function headerCells(sample: string, delimiter: ',' | '\t' = ','): string[] {
  const text = sample.charCodeAt(0) === 0xfeff ? sample.slice(1) : sample;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}
