import { headerCells } from '../../csv/header-cells.js';
import type { StreamFormat } from '../../formats.js';
import { COLUMN } from './csv-columns.js';
import { readWooCommerceCsv } from './woocommerce-csv.js';

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
  read: (chunks, file) => readWooCommerceCsv(chunks, file),
};
