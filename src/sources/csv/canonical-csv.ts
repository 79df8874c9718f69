import { pointer, type Diagnostic } from '../../model/diagnostic.js';
import { csvBadCell } from '../rules/csv-bad-cell.js';
import { csvProductFieldConflict } from '../rules/csv-product-field-conflict.js';
import { csvUnknownColumn } from '../rules/csv-unknown-column.js';
import { malformedCsv } from '../rules/malformed-csv.js';
import { notACatalog } from '../rules/not-a-catalog.js';
import type { SourceItem } from '../source-item.js';
import { CANONICAL_COLUMNS, readCell, type ColumnSpec } from './canonical-columns.js';
import { readCsvRows, type CsvRow } from './csv-rows.js';
import { HeldItems } from './held-items.js';

interface Column {
  index: number;
  name: string;
  spec: ColumnSpec;
}

interface Pending {
  product: Record<string, unknown>;
  variants: Array<Record<string, unknown>>;
  line: number;
  diagnostics: Diagnostic[];
}

/**
 * Reads the canonical CSV (or TSV) layout: one row per variant, the rows of a product next to each other.
 * Each product is yielded as soon as a row of the next product arrives, so memory holds one product.
 */
export async function* readCanonicalCsv(
  chunks: AsyncIterable<string>,
  file: string,
  options: { delimiter?: ',' | '\t' } = {},
): AsyncGenerator<SourceItem> {
  let columns: Column[] | undefined;
  let width = 0;
  let pending: Pending | undefined;
  const held = new HeldItems();
  const unreadable = (item: SourceItem): SourceItem[] => held.pass(item, pending !== undefined);
  for await (const row of readCsvRows(chunks, options)) {
    if (row.type === 'error') {
      yield* unreadable({
        type: 'unreadable',
        diagnostic: malformedCsv.diagnostic({ origin: { file, line: row.line } }, { message: row.message, actual: row.excerpt }),
      });
      continue;
    }
    if (!columns) {
      const header = readHeader(row, file);
      for (const d of header.diagnostics) yield { type: 'unreadable', diagnostic: d };
      if (!header.columns) return;
      columns = header.columns;
      width = row.fields.length;
      continue;
    }
    if (row.fields.length !== width) {
      yield* unreadable({
        type: 'unreadable',
        diagnostic: malformedCsv.diagnostic(
          { origin: { file, line: row.line } },
          { message: `The row has ${row.fields.length} fields; the header has ${width}.`, actual: row.fields.length, expected: width },
        ),
      });
      continue;
    }
    const id = cellOf(columns, row, 'id');
    if (pending && pending.product.id !== id) {
      yield finish(pending, file);
      pending = undefined;
      yield* held.release();
    }
    pending = addRow(pending, columns, row, file);
  }
  if (pending) yield finish(pending, file);
  yield* held.release();
  if (!columns) yield { type: 'unreadable', diagnostic: notACatalog.diagnostic({ origin: { file } }, { message: 'The CSV file has no header row.' }) };
}

function readHeader(row: CsvRow, file: string): { columns?: Column[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const columns: Column[] = [];
  row.fields.forEach((raw, index) => {
    const name = raw.trim();
    const spec = CANONICAL_COLUMNS[name];
    if (spec) columns.push({ index, name, spec });
    else if (name !== '')
      diagnostics.push(csvUnknownColumn.diagnostic({ origin: { file, line: row.line } }, { message: `The column "${name}" is not a canonical column and is ignored.`, actual: name }));
  });
  if (!columns.some((c) => c.name === 'id')) {
    diagnostics.push(notACatalog.diagnostic({ origin: { file, line: row.line } }, { message: 'The CSV header has no "id" column.', expected: 'id' }));
    return { diagnostics };
  }
  return { columns, diagnostics };
}

function cellOf(columns: Column[], row: CsvRow, name: string): string | undefined {
  const column = columns.find((c) => c.name === name);
  const value = column ? row.fields[column.index]?.trim() : undefined;
  return value === '' ? undefined : value;
}

function addRow(pending: Pending | undefined, columns: Column[], row: CsvRow, file: string): Pending {
  const first = pending === undefined;
  const target: Pending = pending ?? { product: {}, variants: [], line: row.line, diagnostics: [] };
  const variant: Record<string, unknown> = {};
  const variantIndex = target.variants.length;
  const productId = cellOf(columns, row, 'id');
  for (const column of columns) {
    const raw = row.fields[column.index]!.trim();
    if (raw === '') continue;
    const cell = readCell(column.spec.type, raw);
    const at = column.spec.level === 'product' ? pointer(column.spec.property) : pointer('variants', variantIndex, column.spec.property);
    const subject = { productId, variantId: cellOf(columns, row, 'variantId'), origin: { file, line: row.line } };
    if (!cell.ok) {
      target.diagnostics.push(
        csvBadCell.diagnostic(subject, { message: `The "${column.name}" cell must be ${cell.expected}.`, pointer: at, actual: raw, expected: cell.expected }),
      );
      continue;
    }
    if (column.spec.level === 'variant') variant[column.spec.property] = cell.value;
    else if (first) target.product[column.spec.property] = cell.value;
    else if (JSON.stringify(target.product[column.spec.property]) !== JSON.stringify(cell.value)) {
      target.diagnostics.push(
        csvProductFieldConflict.diagnostic(subject, {
          message: `The "${column.name}" cell differs from the product's first row; the first row's value is kept.`,
          pointer: at,
          actual: raw,
          expected: target.product[column.spec.property],
        }),
      );
    }
  }
  // A simple product may leave variantId empty: its one variant is the product itself, under the same id.
  if (variant.id === undefined && productId !== undefined) variant.id = productId;
  target.variants.push(variant);
  return target;
}

function finish(pending: Pending, file: string): SourceItem {
  const value = { ...pending.product, variants: pending.variants };
  const item: SourceItem = { type: 'record', value, origin: { file, line: pending.line } };
  if (pending.diagnostics.length > 0) item.diagnostics = pending.diagnostics;
  return item;
}
