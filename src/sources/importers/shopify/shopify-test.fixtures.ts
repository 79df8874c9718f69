import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../../model/diagnostic.js';
import type { Product } from '../../../model/generated/product.js';
import { resolveCatalog, type CatalogEntry } from '../../../pipeline/resolve-catalog.js';
import { TEST_NOW, testConfig } from '../../../test-support/catalog-fixtures.js';
import type { SourceItem } from '../../source-item.js';

/** Test helpers shared by the Shopify importer tests (a .fixtures.ts file, so the build leaves it out). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

export async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function records(items: readonly SourceItem[]): Product[] {
  return items.flatMap((item) => (item.type === 'record' ? [item.value as Product] : []));
}

export function diagnosticsOf(items: readonly SourceItem[]): Diagnostic[] {
  return items.flatMap((item) => (item.type === 'record' ? (item.diagnostics ?? []) : [item.diagnostic]));
}

/** Builds a CSV text from rows given as column → cell, under the union of their columns. */
export function csvOf(rows: ReadonlyArray<Record<string, string>>): string {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [header.map(quote).join(','), ...rows.map((row) => header.map((h) => quote(row[h] ?? '')).join(','))].join('\n') + '\n';
}

export async function resolveItems(items: readonly SourceItem[]): Promise<CatalogEntry[]> {
  async function* replay(): AsyncGenerator<SourceItem> {
    yield* items;
  }
  const out: CatalogEntry[] = [];
  for await (const entry of resolveCatalog(replay(), { config: testConfig(), nowMs: Date.parse(TEST_NOW) })) out.push(entry);
  return out;
}
