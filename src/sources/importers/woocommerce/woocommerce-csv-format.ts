import { headerCells } from '../../csv/header-cells.js';
import type { StreamFormat } from '../../formats.js';
import { readHeader } from './csv-columns.js';
import { readWooCommerceCsv } from './woocommerce-csv.js';

/**
 * WooCommerce's exporter always writes Type, Name and Regular price, and ID and SKU
 * (WC_Product_CSV_Exporter::get_default_column_names), in English or translated; the headers are read as the
 * importer reads them (csv-columns.ts). Shopify's export has "Type" but no "Name" or "Regular price"; the
 * canonical CSV has "title", not "name", and no "type".
 */
export function sniffWooCommerceCsv(sample: string): boolean {
  const { fields } = readHeader(headerCells(sample), { anyCase: false });
  return fields.type !== undefined && fields.name !== undefined && fields.regularPrice !== undefined && (fields.id !== undefined || fields.sku !== undefined);
}

export const woocommerceCsvFormat: StreamFormat = {
  kind: 'stream',
  name: 'woocommerce-csv',
  description: "WooCommerce's product CSV export (Products > Export): simple and variable products, variations linked by Parent",
  extensions: ['.csv'],
  sniff: sniffWooCommerceCsv,
  read: (chunks, file) => readWooCommerceCsv(chunks, file),
};
