import type { StreamFormat } from '../../formats.js';
import { COLUMN } from './csv-columns.js';
import { readWooCommerceCsv } from './woocommerce-csv.js';

/** The header cells of the first line, split on commas outside quotes (header cells never span lines). */
function headerCells(sample: string): string[] {
  const text = sample.replace(/^\ufeff/, '');
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
    else if (c === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') break;
    else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * WooCommerce's exporter always writes Type, Name and Regular price, and ID and SKU, with these exact English
 * headers (WC_Product_CSV_Exporter::get_default_column_names). Shopify's export has "Type" but no "Name"
 * or "Regular price"; the canonical CSV's columns are lower-case.
 */
export function sniffWooCommerceCsv(sample: string): boolean {
  const cells = new Set(headerCells(sample));
  return cells.has(COLUMN.type) && cells.has(COLUMN.name) && cells.has(COLUMN.regularPrice) && (cells.has(COLUMN.id) || cells.has(COLUMN.sku));
}

export const woocommerceCsvFormat: StreamFormat = {
  kind: 'stream',
  name: 'woocommerce-csv',
  description: "WooCommerce's product CSV export (Products > Export): simple and variable products, variations linked by Parent",
  extensions: ['.csv'],
  sniff: sniffWooCommerceCsv,
  read: (chunks, file, context) => readWooCommerceCsv(chunks, file, context),
};
