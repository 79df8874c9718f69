import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openCatalog, type CatalogSnapshot } from './catalog-snapshot.js';

/** The catalog index of a published output folder, on Node. */
export function openCatalogDir(dir: string): Promise<CatalogSnapshot> {
  return openCatalog((relativePath) => readFile(join(dir, ...relativePath.split('/')), 'utf8'));
}
