import type { CsvRow } from '../../csv/csv-rows.js';
import { unescapeCell } from './csv-cells.js';
import type { ColumnKey, WooColumns } from './csv-columns.js';

/** One data row of a WooCommerce export, read by column: trimmed, un-escaped, empty cells as undefined. */
export class WooRow {
  constructor(
    readonly columns: WooColumns,
    readonly row: CsvRow,
  ) {}

  get line(): number {
    return this.row.line;
  }

  at(index: number | undefined): string | undefined {
    if (index === undefined) return undefined;
    const raw = this.row.fields[index];
    if (raw === undefined) return undefined;
    const value = unescapeCell(raw.trim());
    return value === '' ? undefined : value;
  }

  cell(key: ColumnKey): string | undefined {
    return this.at(this.columns.fields[key]);
  }

  /** "simple, downloadable, virtual": the product type and its flags (WC_Product_CSV_Exporter::get_column_value_type). */
  type(): { type: string | undefined; virtual: boolean; downloadable: boolean } {
    const parts = (this.cell('type') ?? '')
      .split(',')
      .map((p) => p.trim().toLowerCase())
      .filter((p) => p !== '');
    const type = parts.find((p) => p !== 'virtual' && p !== 'downloadable');
    return { type, virtual: parts.includes('virtual'), downloadable: parts.includes('downloadable') };
  }

  /** The id a product or variation is published under: its SKU, else its WooCommerce ID. */
  id(): string | undefined {
    return this.cell('sku') ?? this.cell('id');
  }

  /** The references "Parent" may use for this row: "id:<ID>" and its SKU. */
  keys(): string[] {
    const keys: string[] = [];
    const id = this.cell('id');
    const sku = this.cell('sku');
    if (id !== undefined) keys.push(`id:${id}`);
    if (sku !== undefined) keys.push(sku);
    return keys;
  }
}
