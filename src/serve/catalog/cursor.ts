import { CatalogError } from './errors.js';

/**
 * Stateless page cursors (catalog search, "Pagination": cursors are opaque and MAY be stateless keyset tokens,
 * https://ucp.dev/2026-04-08/specification/catalog/search/): the offset of the next page and a digest of the
 * query and the snapshot it pages through. A cursor from another query or from an older catalog is refused, so
 * an agent never gets a page of one list spliced onto another. Base64url without padding, from ASCII only, so
 * it needs no Buffer (edge runtimes).
 */

/** FNV-1a over UTF-16 code units, twice with different offsets: 64 bits, to tell queries apart, not to sign. */
export function queryDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
    b = (b ^ (b >>> 13)) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export function encodeCursor(offset: number, digest: string): string {
  return btoa(`${offset}.${digest}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The offset a cursor names; throws E_CATALOG_CURSOR when it is malformed or was made for another query. */
export function decodeCursor(cursor: string, digest: string): number {
  let text: string;
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new CatalogError('E_CATALOG_CURSOR', 'The cursor is not one this server made.');
  }
  const match = /^(0|[1-9]\d{0,15})\.([0-9a-f]{16})$/.exec(text);
  if (!match) throw new CatalogError('E_CATALOG_CURSOR', 'The cursor is not one this server made.');
  if (match[2] !== digest) throw new CatalogError('E_CATALOG_CURSOR', 'The cursor belongs to another query or to an earlier version of the catalog; start again without a cursor.');
  return Number(match[1]);
}
