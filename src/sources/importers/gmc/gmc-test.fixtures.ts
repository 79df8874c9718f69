import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { Product } from '../../../model/generated/product.js';
import { resolveCatalog, type CatalogEntry } from '../../../pipeline/resolve-catalog.js';
import { TEST_NOW, testConfig } from '../../../test-support/catalog-fixtures.js';
import { cut, fromChunks } from '../../../test-support/chunks.js';
import { testReadContext } from '../../../test-support/read-context.js';
import type { ReadContext } from '../../read-context.js';
import type { SourceItem } from '../../source-item.js';
import type { StreamFormat } from '../../formats.js';

/** Test helpers shared by the Merchant Center importer tests (a .fixtures.ts file, so the build leaves it out). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** A read context whose HTTP client is never used by these file formats. */
export function fileContext(currency = 'USD'): ReadContext {
  const context = testReadContext();
  return { ...context, shop: { ...context.shop, currency } };
}

export async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Reads a text with a format, cut into chunks of `size` characters (the whole text at once by default). */
export async function readText(format: StreamFormat, text: string, options: { size?: number; file?: string; currency?: string } = {}): Promise<SourceItem[]> {
  const chunks = options.size === undefined ? [text] : cut(text, options.size);
  return collect(format.read(fromChunks(chunks), options.file ?? 'feed', fileContext(options.currency)));
}

export function records(items: readonly SourceItem[]): Product[] {
  return items.flatMap((item) => (item.type === 'record' ? [item.value as Product] : []));
}

export function diagnosticsOf(items: readonly SourceItem[]): Diagnostic[] {
  return items.flatMap((item) => (item.type === 'record' ? (item.diagnostics ?? []) : [item.diagnostic]));
}

export function ruleIds(items: readonly SourceItem[]): string[] {
  return diagnosticsOf(items).map((d) => d.ruleId);
}

export async function resolveItems(items: readonly SourceItem[], config = testConfig(), nowMs = Date.parse(TEST_NOW)): Promise<CatalogEntry[]> {
  async function* replay(): AsyncGenerator<SourceItem> {
    yield* items;
  }
  const out: CatalogEntry[] = [];
  for await (const entry of resolveCatalog(replay(), { config, nowMs })) out.push(entry);
  return out;
}

/** A minimal RSS 2.0 feed around item bodies, with the Google namespace as `g`. */
export function rss(...items: string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n<title>Shop</title>\n' +
    items.map((body) => `<item>\n${body}\n</item>\n`).join('') +
    '</channel>\n</rss>\n'
  );
}

/** An item body with the attributes a valid item needs, and any given. */
export function gItem(id: string, extra: Record<string, string> = {}): string {
  const attributes: Record<string, string> = {
    id,
    title: `Item ${id}`,
    description: 'A sturdy thing.',
    link: `https://alder-and-pine.example/products/${id.toLowerCase()}`,
    image_link: `https://alder-and-pine.example/images/${id.toLowerCase()}.jpg`,
    availability: 'in_stock',
    price: '10.00 USD',
    ...extra,
  };
  return Object.entries(attributes)
    .map(([name, value]) => `<g:${name}>${value}</g:${name}>`)
    .join('\n');
}
