import type { Diagnostic } from '../../../model/diagnostic.js';
import { readCsvRows } from '../../csv/csv-rows.js';
import { malformedCsv } from '../../rules/malformed-csv.js';
import type { SourceItem } from '../../source-item.js';
import { missingRequired, readHeader, type WooColumns } from './csv-columns.js';
import { Findings, mapProductFields, mapVariantFields, measureCells, staticAttributes, type InheritedMeasures } from './csv-mapping.js';
import { WooRow } from './csv-row.js';
import { wooBufferFull } from './rules/buffer-full.js';
import { wooLateVariation } from './rules/late-variation.js';
import { wooNotAProductExport } from './rules/not-a-product-export.js';
import { wooNotPublished } from './rules/not-published.js';
import { wooOrphanVariation } from './rules/orphan-variation.js';
import { wooSkippedProductType } from './rules/skipped-product-type.js';
import { VariationBuffer } from './variation-buffer.js';

/**
 * Rows of variable products (a parent and its variations, and variations still waiting for their parent)
 * held at once. A buffered row is a parsed product or variant, about a kilobyte, so the default keeps
 * the buffer in the tens of megabytes while leaving room for thousands of variable products to wait.
 */
export const DEFAULT_MAX_BUFFERED_ROWS = 50_000;

export interface WooCsvOptions {
  maxBufferedRows?: number;
}

interface PendingParent {
  keys: string[];
  line: number;
  productId: string | undefined;
  product: Record<string, unknown>;
  variants: Array<Record<string, unknown>>;
  findings: Findings;
  inherited: InheritedMeasures;
  variantDefaults: Record<string, string>;
  allVirtual: boolean;
}

interface PendingOrphan {
  parentRef: string;
  line: number;
  row: WooRow;
}

/** Published: 1 published, 0 private, -1 draft, 2 pending (WC_Product_CSV_Exporter::get_column_value_published). */
function publishedState(row: WooRow): 'published' | 'not-published' {
  // An export without the column (a column selection) says nothing against it: published.
  const value = row.cell('published');
  return value === undefined || value === '1' ? 'published' : 'not-published';
}

const PUBLISHED_NAMES: Record<string, string> = { '0': 'private', '-1': 'a draft', '2': 'pending review' };

/**
 * Reads WooCommerce's product CSV export (https://github.com/woocommerce/woocommerce/wiki/Product-CSV-Import-Schema)
 * into canonical products: a simple product is one record with one variant; a variable product is its
 * parent row with its variation rows as variants.
 *
 * Order: simple products come out as they are read; variable products when the file ends, or earlier when
 * the variation buffer is full (see variation-buffer.ts). Keeping file order would mean holding every
 * simple product back behind the first variable product still open, and nothing in the file says a
 * variable product is complete before the end: with variations listed after all parents, that is the
 * whole file. Bounded memory wins over order: records are not in file order, but each keeps the line of
 * its row in `origin`, and every diagnostic names the line it is about.
 */
export async function* readWooCommerceCsv(
  chunks: AsyncIterable<string>,
  file: string,
  options: WooCsvOptions = {},
): AsyncGenerator<SourceItem> {
  const buffer = new VariationBuffer<PendingParent, PendingOrphan>(options.maxBufferedRows ?? DEFAULT_MAX_BUFFERED_ROWS, (p) => 1 + p.variants.length);
  // Keys of variable products that are not offered (drafts, private): their variations go with them.
  const skippedParents = new Set<string>();
  let columns: WooColumns | undefined;
  let bufferFullReported = false;

  const unreadable = (diagnostic: Diagnostic): SourceItem => ({ type: 'unreadable', diagnostic });
  // Left out on purpose (not for sale here): counted apart from rows that could not be read.
  const skipped = (diagnostic: Diagnostic): SourceItem => ({ type: 'skipped', diagnostic });
  const origin = (line: number) => ({ file, line });

  const addVariation = (parent: PendingParent, row: WooRow): void => {
    const index = parent.variants.length;
    const variant = mapVariantFields(row, { at: `/variants/${index}`, productId: parent.productId, inherited: parent.inherited, variation: true }, parent.findings);
    if (!row.type().virtual) parent.allVirtual = false;
    parent.variants.push(variant);
    buffer.touch(parent);
  };

  const finish = (parent: PendingParent, early: boolean): SourceItem => {
    const mainImage = (parent.product.images as string[] | undefined)?.[0];
    for (const variant of parent.variants) {
      for (const [field, value] of Object.entries(parent.variantDefaults)) variant[field] ??= value;
      // A variation image that is the product's main image adds nothing (and the Store API shows that image
      // for every variation without its own, so both sources agree on variant images).
      const images = variant.images as string[] | undefined;
      if (images?.length === 1 && images[0] === mainImage) delete variant.images;
    }
    const product = { ...parent.product };
    if (parent.variants.length > 0 && parent.allVirtual) product.isDigital = true;
    product.variants = parent.variants;
    // Said once, on the first product written out early: in a large export by ID that is routine, and what
    // matters, a variation that comes too late, is reported on its own (woocommerce/late-variation).
    if (early && !bufferFullReported) {
      bufferFullReported = true;
      parent.findings.list.push(
        wooBufferFull.diagnostic(
          { productId: parent.productId, origin: origin(parent.line) },
          {
            message: `More than ${buffer.maxRows} rows of variable products waited at once; from this product on, variable products are written out before the end of the file with the variations read so far.`,
            pointer: '/variants',
            actual: parent.variants.length,
          },
        ),
      );
    }
    const item: SourceItem = { type: 'record', value: product, origin: origin(parent.line) };
    if (parent.findings.list.length > 0) item.diagnostics = parent.findings.list;
    return item;
  };

  const orphan = (o: PendingOrphan): SourceItem =>
    unreadable(
      wooOrphanVariation.diagnostic(
        { variantId: o.row.id(), origin: origin(o.line) },
        { message: `The variation's parent "${o.parentRef}" is not a variable product of this export; the variation is left out.`, actual: o.parentRef },
      ),
    );

  const overflow = (): SourceItem[] =>
    buffer.overflow().flatMap((e) => (e.kind === 'parent' ? [finish(e.parent, true)] : e.orphans.map(orphan)));

  for await (const row of readCsvRows(chunks)) {
    if (row.type === 'error') {
      yield unreadable(malformedCsv.diagnostic({ origin: origin(row.line) }, { message: row.message, actual: row.excerpt }));
      continue;
    }
    if (!columns) {
      const header = readHeader(row.fields);
      const missing = missingRequired(header);
      if (missing.length > 0) {
        yield unreadable(wooNotAProductExport.diagnostic({ origin: origin(row.line) }, { message: `The header has no ${missing.join(', ')} column.`, expected: missing }));
        return;
      }
      columns = header;
      continue;
    }
    if (row.fields.length !== columns.fieldCount) {
      yield unreadable(
        malformedCsv.diagnostic(
          { origin: origin(row.line) },
          { message: `The row has ${row.fields.length} fields; the header has ${columns.fieldCount}.`, actual: row.fields.length, expected: columns.fieldCount },
        ),
      );
      continue;
    }
    const woo = new WooRow(columns, row);
    // A missing type is a simple product, as WooCommerce's importer reads it.
    const type = woo.type().type ?? 'simple';
    const published = publishedState(woo);
    const notPublished = () =>
      wooNotPublished.diagnostic(
        { productId: woo.id(), origin: origin(woo.line) },
        { message: `The ${type === 'variation' ? 'variation' : 'product'} is ${PUBLISHED_NAMES[woo.cell('published') ?? ''] ?? `not published ("${woo.cell('published')}")`}; it is left out.`, actual: woo.cell('published'), expected: '1' },
      );

    if (type === 'variation') {
      const ref = woo.cell('parent');
      if (ref === undefined) {
        yield unreadable(wooOrphanVariation.diagnostic({ variantId: woo.id(), origin: origin(woo.line) }, { message: 'The variation names no parent; it is left out.', expected: 'Parent' }));
        continue;
      }
      if (skippedParents.has(ref)) continue;
      const parent = buffer.parentOf(ref);
      if (published !== 'published') {
        const diagnostic = notPublished();
        if (parent) parent.findings.list.push(diagnostic);
        else yield skipped(diagnostic);
        continue;
      }
      if (parent) addVariation(parent, woo);
      else if (buffer.wasFlushed(ref)) {
        yield unreadable(
          wooLateVariation.diagnostic(
            { variantId: woo.id(), origin: origin(woo.line) },
            { message: `The variation's product "${ref}" was already written out (the variation buffer was full); the variation is left out.`, actual: ref },
          ),
        );
      } else buffer.addOrphan({ parentRef: ref, line: woo.line, row: woo });
      yield* overflow();
      continue;
    }

    if (type !== 'simple' && type !== 'variable') {
      yield skipped(
        wooSkippedProductType.diagnostic(
          { productId: woo.id(), origin: origin(woo.line) },
          { message: `A product of type "${type}" is not an offer of this shop; it is left out.`, actual: type, expected: ['simple', 'variable'] },
        ),
      );
      continue;
    }
    if (published !== 'published') {
      if (type === 'variable') {
        for (const key of woo.keys()) skippedParents.add(key);
        // Variations listed before their unpublished product were waiting for it: they go with it.
        buffer.takeOrphans(woo.keys());
      }
      yield skipped(notPublished());
      continue;
    }

    const findings = new Findings(file);
    const product = mapProductFields(woo, findings);
    const statics = staticAttributes(woo);
    for (const [field, value] of Object.entries(statics.product)) product[field] ??= value;
    const productId = woo.id();

    if (type === 'simple') {
      const variant = mapVariantFields(woo, { at: '/variants/0', productId, variation: false }, findings);
      for (const [field, value] of Object.entries(statics.variant)) variant[field] ??= value;
      // Virtual: no shipping (https://woocommerce.com/document/managing-products/#virtual-products).
      if (woo.type().virtual) product.isDigital = true;
      product.variants = [variant];
      const item: SourceItem = { type: 'record', value: product, origin: origin(woo.line) };
      if (findings.list.length > 0) item.diagnostics = findings.list;
      yield item;
      continue;
    }

    const parent: PendingParent = {
      keys: woo.keys(),
      line: woo.line,
      productId,
      product,
      variants: [],
      findings,
      inherited: measureCells(woo),
      variantDefaults: statics.variant,
      allVirtual: true,
    };
    buffer.addParent(parent);
    for (const waiting of buffer.takeOrphans(parent.keys)) addVariation(parent, waiting.row);
    yield* overflow();
  }

  if (!columns) {
    yield unreadable(wooNotAProductExport.diagnostic({ origin: { file } }, { message: 'The file has no header row.', expected: ['ID', 'Type', 'Name'] }));
    return;
  }
  const rest = buffer.drain();
  for (const parent of rest.parents) yield finish(parent, false);
  for (const o of rest.orphans) yield orphan(o);
}
