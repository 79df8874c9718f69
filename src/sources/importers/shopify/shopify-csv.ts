import type { Diagnostic } from '../../../model/diagnostic.js';
import { AgentshelfError } from '../../../model/errors.js';
import { readCsvRows, type CsvRow } from '../../csv/csv-rows.js';
import { HeldItems } from '../../csv/held-items.js';
import type { StreamFormat } from '../../formats.js';
import type { ReadContext } from '../../read-context.js';
import { malformedCsv } from '../../rules/malformed-csv.js';
import { notACatalog } from '../../rules/not-a-catalog.js';
import type { SourceItem } from '../../source-item.js';
import { cell, indexColumns, sniffShopifyCsv, type ColumnIndex } from './csv-columns.js';
import { shopifyMissingHandle, shopifyNotPublished, shopifyUnknownValue } from './rules.js';
import type { ShopifyProductFacts, ShopifyVariantFacts } from './shopify-facts.js';
import { readBoolean, toCanonical } from './to-canonical.js';

/**
 * Reads Shopify's product CSV export (https://help.shopify.com/en/manual/products/import-export/using-csv).
 *
 * Rows that share a Handle are one product, next to each other: the first row carries the product columns and
 * the first variant; later rows carry further variants (option values, price, inventory…) or only an image
 * (Image Src, Image Position, Image Alt Text). Each product is yielded as soon as the next handle starts, so
 * memory holds one product whatever the size of the export.
 *
 * Left out on purpose:
 * - SEO Title / SEO Description: snippet text written for search-result pages (length-trimmed, often keyword
 *   stuffed); the canonical title and description are the product's own, which every channel needs.
 * - Product Category: Shopify's Standard Product Taxonomy, not Google's; only "Google Shopping / Google Product
 *   Category" is a Google category.
 * - Tags, Google Shopping / Custom Label 0-4, Custom Product, AdWords columns: no canonical field. (Custom
 *   Product says the item has no GTIN/MPN, which the enrichment already concludes from the missing identifiers.)
 * - Variant Weight Unit: only the unit the admin shows; Variant Grams is the weight itself.
 * - Variant Taxable, Tax Code, Cost per item, Fulfillment Service, Gift Card, Image Alt Text, metafields, and
 *   the market columns (Included / Price / Compare At Price / <market>): no canonical field, or another market.
 * - Status draft/archived, Published FALSE: the product is not on sale in the online store, so it is skipped
 *   with a shopify/not-published note rather than published.
 */
export async function* readShopifyCsv(chunks: AsyncIterable<string>, file: string, context: ReadContext): AsyncGenerator<SourceItem> {
  let columns: ColumnIndex | undefined;
  let width = 0;
  let dataRows = 0;
  let pending: Pending | undefined;
  const held = new HeldItems();
  const later = (item: SourceItem): SourceItem[] => held.pass(item, pending !== undefined);
  for await (const row of readCsvRows(chunks)) {
    if (row.type === 'error') {
      if (columns) dataRows++;
      yield* later({ type: 'unreadable', diagnostic: malformedCsv.diagnostic({ origin: { file, line: row.line } }, { message: row.message, actual: row.excerpt }) });
      continue;
    }
    if (!columns) {
      columns = indexColumns(row.fields);
      width = row.fields.length;
      if (columns.handle === undefined) {
        yield { type: 'unreadable', diagnostic: notACatalog.diagnostic({ origin: { file, line: row.line } }, { message: 'The Shopify CSV header has no "Handle" column.', expected: 'Handle' }) };
        return;
      }
      continue;
    }
    dataRows++;
    if (row.fields.length !== width) {
      yield* later({
        type: 'unreadable',
        diagnostic: malformedCsv.diagnostic(
          { origin: { file, line: row.line } },
          { message: `The row has ${row.fields.length} fields; the header has ${width}.`, actual: row.fields.length, expected: width },
        ),
      });
      continue;
    }
    const handle = cell(row.fields, columns, 'handle');
    if (handle === undefined) {
      yield* later({ type: 'unreadable', diagnostic: shopifyMissingHandle.diagnostic({ origin: { file, line: row.line } }, { message: 'The row has no Handle, so it belongs to no product; it is skipped.', pointer: '/id' }) });
      continue;
    }
    if (pending && pending.handle !== handle) {
      yield finish(pending, columns, file, context);
      pending = undefined;
      yield* held.release();
    }
    pending ??= { handle, line: row.line, first: row.fields, variants: [], images: [] };
    addRow(pending, columns, row, file);
  }
  if (pending && columns) yield finish(pending, columns, file, context);
  yield* held.release();
  if (!columns) {
    yield { type: 'unreadable', diagnostic: notACatalog.diagnostic({ origin: { file } }, { message: 'The Shopify CSV file has no header row.' }) };
  } else if (dataRows === 0) {
    throw new AgentshelfError('E_SOURCE_EMPTY', `${file} is a Shopify product CSV with a header and no product rows; an empty catalog is never published.`);
  }
}

interface Pending {
  handle: string;
  /** The line of the product's first row, which carries the product columns. */
  line: number;
  first: readonly string[];
  variants: ShopifyVariantFacts[];
  images: Array<{ src: string; position: number | undefined }>;
}

function addRow(pending: Pending, columns: ColumnIndex, row: CsvRow, file: string): void {
  const get = (key: Parameters<typeof cell>[2]) => cell(row.fields, columns, key);
  const src = get('imageSrc');
  if (src !== undefined) {
    const position = get('imagePosition');
    pending.images.push({ src, position: position !== undefined && /^[0-9]+$/.test(position) ? Number(position) : undefined });
  }
  // A row with no option value, price or SKU is an image-only row: it adds an image and no variant.
  const isVariant = get('option1Value') !== undefined || get('price') !== undefined || get('sku') !== undefined;
  if (!isVariant) return;
  const variant: ShopifyVariantFacts = {
    optionValues: [get('option1Value'), get('option2Value'), get('option3Value')],
    sku: get('sku'),
    price: get('price'),
    compareAtPrice: get('compareAtPrice'),
    stock: { kind: 'inventory', trackerColumn: columns.tracker !== undefined, tracker: get('tracker'), quantity: get('quantity'), policy: get('policy') },
    grams: get('grams'),
    requiresShipping: get('requiresShipping'),
    barcode: get('barcode'),
    google: { gender: get('googleGender'), ageGroup: get('googleAgeGroup'), condition: get('googleCondition') },
    unitPrice: { totalMeasure: get('unitTotalMeasure'), totalUnit: get('unitTotalUnit'), baseMeasure: get('unitBaseMeasure'), baseUnit: get('unitBaseUnit') },
    origin: { file, line: row.line },
  };
  const image = get('variantImage');
  if (image !== undefined) variant.image = image;
  const mpn = get('googleMpn');
  if (mpn !== undefined) variant.mpn = mpn;
  pending.variants.push(variant);
}

/**
 * Status values (https://help.shopify.com/en/manual/products/import-export/using-csv, Status;
 * https://shopify.dev/docs/api/admin-graphql/latest/enums/ProductStatus). UNLISTED is "active, but you need a
 * direct link to view it": the merchant keeps it out of discovery, so it stays out of the feeds too.
 */
const STATUSES = new Set(['active', 'draft', 'archived', 'unlisted']);

function finish(pending: Pending, columns: ColumnIndex, file: string, context: ReadContext): SourceItem {
  const get = (key: Parameters<typeof cell>[2]) => cell(pending.first, columns, key);
  const origin = { file, line: pending.line };
  const skip = notOnSale(get('status'), get('published'), pending.handle, origin);
  if (skip) return skipped(skip);
  const facts: ShopifyProductFacts = {
    handle: pending.handle,
    title: get('title'),
    bodyHtml: get('body'),
    vendor: get('vendor'),
    productType: get('type'),
    optionNames: [get('option1Name'), get('option2Name'), get('option3Name')],
    images: orderImages(pending.images),
    google: { category: get('googleCategory'), gender: get('googleGender'), ageGroup: get('googleAgeGroup'), condition: get('googleCondition') },
    variants: pending.variants,
    origin,
  };
  const { value, diagnostics } = toCanonical(facts, context.shop.url);
  const item: SourceItem = { type: 'record', value, origin };
  if (diagnostics.length > 0) item.diagnostics = diagnostics;
  return item;
}

/**
 * Only active products that are published to the online store can be bought there. An export without a Status
 * column predates drafts; an empty Published cell publishes the product on import, so it counts as published.
 */
function notOnSale(status: string | undefined, published: string | undefined, productId: string, origin: { file: string; line: number }): Diagnostic | undefined {
  const subject = { productId, origin };
  if (status !== undefined) {
    const value = status.toLowerCase();
    if (!STATUSES.has(value)) {
      return shopifyUnknownValue.diagnostic(subject, { message: 'The Status must be active, draft, archived or unlisted; a product in an unknown state is not published.', pointer: '', actual: status, expected: [...STATUSES] });
    }
    if (value !== 'active') return shopifyNotPublished.diagnostic(subject, { message: `The product's status is "${value}": it is not on sale, so it is left out.`, pointer: '', actual: status });
  }
  if (published !== undefined) {
    const value = readBoolean(published);
    if (value === undefined) {
      return shopifyUnknownValue.diagnostic(subject, { message: 'Published must be TRUE or FALSE; a product that may be hidden is not published.', pointer: '', actual: published, expected: ['TRUE', 'FALSE'] });
    }
    if (!value) return shopifyNotPublished.diagnostic(subject, { message: 'The product is hidden from the online store (Published is FALSE), so it is left out.', pointer: '', actual: published });
  }
  return undefined;
}

/** A product left out on purpose (a draft, an archived or hidden product), carrying its note. */
function skipped(diagnostic: Diagnostic): SourceItem {
  return { type: 'skipped', diagnostic };
}

/** Images by Image Position; rows without a position keep their order after the positioned ones. */
function orderImages(images: Pending['images']): string[] {
  const ordered = images
    .map((image, order) => ({ ...image, order }))
    .sort((a, b) => (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) || a.order - b.order);
  return [...new Set(ordered.map((i) => i.src))];
}

export const shopifyCsvFormat: StreamFormat = {
  kind: 'stream',
  name: 'shopify-csv',
  description: "Shopify's product CSV export (Products > Export): rows of a product share its Handle",
  extensions: ['.csv'],
  sniff: sniffShopifyCsv,
  read: (chunks, file, context) => readShopifyCsv(chunks, file, context),
};
