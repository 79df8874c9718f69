import { pointer, type Diagnostic } from '../../../model/diagnostic.js';
import { AgentshelfError } from '../../../model/errors.js';
import type { RawRecord, SourceItem, UnreadableRecord } from '../../source-item.js';
import type { GmcItem } from './attributes.js';
import { mapItem, type Finding, type MappedItem, type ProductFacts } from './map-item.js';
import { gmcAttributeNotImported } from './rules/attribute-not-imported.js';
import { gmcGroupCurrencyMixed } from './rules/group-currency-mixed.js';
import { gmcGroupNotAdjacent } from './rules/group-not-adjacent.js';
import { gmcGroupValueConflict } from './rules/group-value-conflict.js';
import { gmcItemIdMissing } from './rules/item-id-missing.js';
import { gmcShippingIgnored } from './rules/shipping-ignored.js';

/** Attribute names noted as not imported are remembered to note each once; past this many, no more are noted. */
const MAX_NOTED_ATTRIBUTES = 500;

export interface AssembleOptions {
  file: string;
  shopCurrency: string;
}

/**
 * Turns a feed's items into canonical products, in input order, one product in memory at a time.
 *
 * Google items are variants; items sharing an item_group_id are one product
 * (https://support.google.com/merchants/answer/6324507), and an item without one is a simple product whose
 * id is the item id. Google does not require a group's items to be next to each other, but feeds list them
 * together in practice (they are written product by product), so items are grouped while they are adjacent:
 * a product is yielded as soon as an item of another product arrives. Buffering a whole feed to regroup it
 * would hold a million-variant feed in memory; instead, a group that reappears later becomes a second record
 * with the same product id, which the catalog's duplicate-id rule rejects, and gmc/group-not-adjacent says
 * why. Detecting that keeps one id per closed group, as the catalog's own duplicate check does.
 *
 * Throws E_SOURCE_EMPTY when a well-formed feed holds no item at all, so that a run never publishes an empty
 * catalog from a feed that came back empty.
 */
export async function* assembleProducts(entries: AsyncIterable<GmcItem | UnreadableRecord>, options: AssembleOptions): AsyncGenerator<SourceItem> {
  const notes = new FeedNotes();
  const closedGroups = new Set<string>();
  let pending: MappedItem[] = [];
  // Unreadable items met while a product is open wait for it, so items come out in input order.
  let waiting: SourceItem[] = [];
  let seen = 0;
  const flush = (): SourceItem[] => {
    const out: SourceItem[] = [];
    if (pending.length > 0) {
      out.push(buildProduct(pending, options, notes, closedGroups));
      const groupId = pending[0]!.groupId;
      if (groupId !== undefined) closedGroups.add(groupId);
      pending = [];
    }
    out.push(...waiting);
    waiting = [];
    return out;
  };
  for await (const entry of entries) {
    seen++;
    if ('type' in entry) {
      if (pending.length > 0) waiting.push(entry);
      else yield entry;
      continue;
    }
    const mapped = mapItem(entry, options.shopCurrency);
    if (mapped.id === undefined) {
      const skipped: SourceItem = {
        type: 'unreadable',
        diagnostic: gmcItemIdMissing.diagnostic({ origin: { file: options.file, line: entry.line } }, { message: 'The item has no id; it is skipped.', expected: 'id' }),
      };
      if (pending.length > 0) waiting.push(skipped);
      else yield skipped;
      continue;
    }
    const sameGroup = pending.length > 0 && mapped.groupId !== undefined && mapped.groupId === pending[0]!.groupId;
    if (pending.length > 0 && !sameGroup) yield* flush();
    pending.push(mapped);
  }
  yield* flush();
  if (seen === 0) throw new AgentshelfError('E_SOURCE_EMPTY', `The Merchant Center feed ${options.file} holds no item; an empty feed is not published.`);
}

/** What is reported once per feed. */
class FeedNotes {
  shippingNoted = false;
  readonly attributesNoted = new Set<string>();
}

const PRODUCT_FACTS: ReadonlyArray<{ key: keyof ProductFacts; attribute: string; severity?: 'info' }> = [
  // Variants may well have descriptions of their own; the product keeps the first, which is worth knowing only.
  { key: 'description', attribute: 'description', severity: 'info' },
  { key: 'brand', attribute: 'brand' },
  { key: 'googleProductCategory', attribute: 'google_product_category' },
  { key: 'productType', attribute: 'product_type' },
];

function buildProduct(items: MappedItem[], options: AssembleOptions, notes: FeedNotes, closedGroups: ReadonlySet<string>): RawRecord {
  const head = items[0]!;
  const groupId = head.groupId;
  const productId = groupId ?? head.id!;
  const diagnostics: Diagnostic[] = [];
  const report = (at: MappedItem, index: number, f: Finding) => {
    const path = f.level === 'product' ? pointer(...f.path) : pointer('variants', index, ...f.path);
    diagnostics.push(
      f.rule.diagnostic(
        { productId, variantId: at.id, origin: { file: options.file, line: at.line } },
        { message: f.message, pointer: path, actual: f.actual, expected: f.expected, ...(f.severity ? { severity: f.severity } : {}) },
      ),
    );
  };

  const product: Record<string, unknown> = { id: productId };
  // A group's title is item_group_title (https://support.google.com/merchants/answer/17085146), else the
  // first item's title; each item keeps its own title as its variant's.
  const titled = groupId === undefined ? undefined : items.find((m) => m.groupTitle !== undefined);
  const title = titled?.groupTitle ?? head.title;
  if (title !== undefined) product.title = title;
  if (titled) {
    items.forEach((m, i) => {
      if (m.groupTitle !== undefined && m.groupTitle !== titled.groupTitle) {
        report(m, i, { rule: gmcGroupValueConflict, message: 'The item_group_title differs from an earlier item of the group; the first is kept.', level: 'product', path: ['title'], actual: m.groupTitle, expected: titled.groupTitle });
      }
    });
  }
  const factOf = (key: keyof ProductFacts) => items.find((m) => m.product[key] !== undefined)?.product[key];
  const description = factOf('description');
  if (description !== undefined) product.description = description;
  // The product page is the first item's link; each variant keeps its own.
  const url = items.find((m) => m.url !== undefined)?.url;
  if (url !== undefined) product.url = url;
  // The product's images are those every item shows; each variant keeps its own list, so no item gains an
  // image it did not have (the enrich stage appends the product's images to each variant's).
  const shared = head.images.filter((image) => items.every((m) => m.images.includes(image)));
  if (shared.length > 0) product.images = shared;
  for (const key of ['brand', 'googleProductCategory', 'productType'] as const) {
    const value = factOf(key);
    if (value !== undefined) product[key] = value;
  }
  for (const { key, attribute, severity } of PRODUCT_FACTS) {
    const kept = factOf(key);
    items.forEach((m, i) => {
      const value = m.product[key];
      if (value === undefined || value === kept) return;
      report(m, i, {
        rule: gmcGroupValueConflict,
        message: `The ${attribute} differs from an earlier item of the group; the product keeps the first.`,
        level: 'product',
        path: [key],
        actual: value,
        expected: kept,
        ...(severity ? { severity } : {}),
      });
    });
  }
  const productCurrency = items.find((m) => m.currency !== undefined)?.currency ?? options.shopCurrency;
  if (productCurrency !== options.shopCurrency) product.currency = productCurrency;

  product.variants = items.map((m, index) => {
    const variant: Record<string, unknown> = { id: m.id };
    // In a group every variant keeps its own title, even the one the product's was taken from: without one,
    // the enrich stage would compose a title from the product's and the variant's attributes.
    if (m.title !== undefined && (groupId !== undefined || m.title !== title)) variant.title = m.title;
    if (m.url !== undefined && m.url !== url) variant.url = m.url;
    if (m.images.length > 0 && !sameList(m.images, shared)) variant.images = m.images;
    Object.assign(variant, m.variant);
    if (m.currency !== undefined && m.currency !== productCurrency) {
      variant.currency = m.currency;
      report(m, index, {
        rule: gmcGroupCurrencyMixed,
        message: `This item is priced in ${m.currency}, an earlier item of the group in ${productCurrency}; the variant keeps its own currency.`,
        level: 'variant',
        path: ['currency'],
        actual: m.currency,
        expected: productCurrency,
      });
    }
    for (const f of m.findings) report(m, index, f);
    return variant;
  });

  const subject = (m: MappedItem) => ({ productId, variantId: m.id, origin: { file: options.file, line: m.line } });
  if (groupId !== undefined && closedGroups.has(groupId)) {
    diagnostics.push(
      gmcGroupNotAdjacent.diagnostic(subject(head), {
        message: `Items of the group "${groupId}" appeared earlier in the feed, apart from these; they are read as a second product with the same id.`,
        pointer: '/id',
        actual: groupId,
      }),
    );
  }
  for (const m of items) {
    if (m.hasShipping && !notes.shippingNoted) {
      notes.shippingNoted = true;
      diagnostics.push(gmcShippingIgnored.diagnostic(subject(m), { message: 'The feed has shipping attributes; they are not imported: shipping comes from the shop configuration.' }));
    }
    for (const name of m.notImported) {
      if (notes.attributesNoted.has(name) || notes.attributesNoted.size >= MAX_NOTED_ATTRIBUTES) continue;
      notes.attributesNoted.add(name);
      diagnostics.push(gmcAttributeNotImported.diagnostic(subject(m), { message: `The attribute "${name}" has no canonical field and is not imported.`, actual: name }));
    }
  }

  const record: RawRecord = { type: 'record', value: product, origin: { file: options.file, line: head.line } };
  if (diagnostics.length > 0) record.diagnostics = diagnostics;
  return record;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
