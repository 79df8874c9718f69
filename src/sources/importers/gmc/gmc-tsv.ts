import { headerCells } from '../../csv/header-cells.js';
import { readCsvRows } from '../../csv/csv-rows.js';
import type { ReadContext } from '../../read-context.js';
import { malformedCsv } from '../../rules/malformed-csv.js';
import type { SourceItem, UnreadableRecord } from '../../source-item.js';
import { REPEATED_ATTRIBUTES, TSV_SIGNATURE_COLUMNS, type GmcItem } from './attributes.js';
import { assembleProducts } from './group-items.js';
import { gmcNotAFeed } from './rules/not-a-feed.js';

/**
 * A header cell as an attribute name. Google's TSV header holds attribute names (https://support.google.com/merchants/answer/160567,
 * https://support.google.com/merchants/answer/160588); its help pages print them as "Title [title]", and older
 * feeds wrote "image link" with a space (XML needs the underscore). A group attribute's header may list its
 * sub-attributes, "shipping(country:service:price)". Canonical agentshelf columns (camelCase) stay camelCase,
 * which no Google name is.
 */
export function attributeName(header: string): string {
  let name = header.trim();
  const bracketed = /\[([^\]]+)\]\s*$/.exec(name);
  if (bracketed) name = bracketed[1]!;
  name = name.replace(/\(.*\)\s*$/, '').trim();
  if (/[a-z][A-Z]/.test(name)) return name;
  return name.toLowerCase().replace(/\s+/g, '_');
}

/**
 * Whether the start of a file is a Merchant Center TSV feed: a tab-separated header with an id column and a
 * Google-only column (link, image_link), and no camelCase column, so the canonical TSV layout (variantId, url…)
 * is never claimed.
 */
export function sniffGmcTsv(sample: string): boolean {
  const cells = headerCells(sample, '\t');
  if (cells.length < 2) return false;
  if (cells.some((c) => /[a-z][A-Z]/.test(c))) return false;
  const names = new Set(cells.map(attributeName));
  return names.has('id') && [...TSV_SIGNATURE_COLUMNS].some((c) => names.has(c));
}

/**
 * The values of a repeated attribute's cell: comma-separated, a value containing a comma in double quotes
 * (https://support.google.com/merchants/answer/14998273). The cell has already been unquoted by the TSV reader
 * (RFC 4180), so such values arrive as `"a, b",c` when the whole cell was quoted with its quotes doubled. A cell
 * that starts with a quote but is not quoted as a whole breaks the row's quoting and is reported by the reader.
 */
export function splitRepeated(cell: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= cell.length) {
    while (cell[i] === ' ') i++;
    let value = '';
    if (cell[i] === '"') {
      // A quoted value: "" is a quote, and the value ends at a lone quote; what follows up to the comma is kept.
      i++;
      while (i < cell.length) {
        if (cell[i] === '"' && cell[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (cell[i] === '"') {
          i++;
          break;
        } else value += cell[i++];
      }
    }
    // Unquoted (or the rest after a closing quote): a quote inside a value, as in 12" Skillet, is a quote.
    const comma = cell.indexOf(',', i);
    const end = comma === -1 ? cell.length : comma;
    value += cell.slice(i, end);
    out.push(value.trim());
    i = end + 1;
  }
  return out.filter((v) => v !== '');
}

/** Reads a Merchant Center TSV feed, one item per row, into canonical products. */
export async function* readGmcTsv(chunks: AsyncIterable<string>, file: string, context: ReadContext): AsyncGenerator<SourceItem> {
  yield* assembleProducts(tsvItems(chunks, file), { file, shopCurrency: context.shop.currency });
}

async function* tsvItems(chunks: AsyncIterable<string>, file: string): AsyncGenerator<GmcItem | UnreadableRecord> {
  let columns: string[] | undefined;
  for await (const row of readCsvRows(chunks, { delimiter: '\t' })) {
    if (row.type === 'error') {
      yield { type: 'unreadable', diagnostic: malformedCsv.diagnostic({ origin: { file, line: row.line } }, { message: row.message, actual: row.excerpt }) };
      continue;
    }
    if (!columns) {
      columns = row.fields.map(attributeName);
      if (!columns.includes('id')) {
        yield { type: 'unreadable', diagnostic: gmcNotAFeed.diagnostic({ origin: { file, line: row.line } }, { message: 'The TSV header has no id column.', expected: 'id' }) };
        return;
      }
      continue;
    }
    // Trailing empty cells may be left off (spreadsheets do), but an extra cell means a stray tab has moved
    // every value after it into the wrong column.
    if (row.fields.length > columns.length) {
      yield {
        type: 'unreadable',
        diagnostic: malformedCsv.diagnostic(
          { origin: { file, line: row.line } },
          { message: `The row has ${row.fields.length} fields; the header has ${columns.length}.`, actual: row.fields.length, expected: columns.length },
        ),
      };
      continue;
    }
    const item: GmcItem = { values: new Map(), groups: new Set(), line: row.line };
    row.fields.forEach((cell, index) => {
      const name = columns![index]!;
      const value = cell.trim();
      if (name === '' || value === '') return;
      const values = REPEATED_ATTRIBUTES.has(name) ? splitRepeated(value) : [value];
      const list = item.values.get(name);
      // A column may repeat in the header; its values add up.
      if (list) list.push(...values);
      else item.values.set(name, values);
    });
    yield item;
  }
  if (!columns) yield { type: 'unreadable', diagnostic: gmcNotAFeed.diagnostic({ origin: { file } }, { message: 'The TSV file has no header row.' }) };
}
