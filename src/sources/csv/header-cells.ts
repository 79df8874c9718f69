/**
 * The cells of the header line at the start of a sample, for telling formats apart before reading: blank
 * lines, white space and a BOM before it dropped (a real WooCommerce export carries "\n\t" and then the BOM,
 * printed by a plugin ahead of the file), split on the delimiter outside double quotes ("" is a quote), each
 * cell trimmed. Header names never span lines, so the first line break after the header starts ends it.
 */
export function headerCells(sample: string, delimiter: ',' | '\t' = ','): string[] {
  const text = sample.replace(/^[\s\ufeff]+/, '');
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
