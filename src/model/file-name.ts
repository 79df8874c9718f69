import { createHash } from 'node:crypto';

/**
 * Product ids become file names (jsonld/<name>.jsonld, products/<name>.md). The mapping is stable and
 * documented in the README:
 * - an id made only of ASCII letters, digits, ".", "_" and "-", starting with a letter or digit, not ending
 *   with "." and at most 100 characters long, is used as it is, unless it is a reserved name ("site",
 *   "index", in any case);
 * - any other id becomes a slug of its safe characters (other runs become "-", at most 60 characters)
 *   followed by "~" and the first 12 hex digits of the SHA-256 of the id, so distinct ids never share a name
 *   and no id can climb out of its folder ("../x" becomes "x~…").
 */
const SAFE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** Names agentshelf writes beside per-product files (jsonld/site.jsonld, products/index.md); such ids get a hash. */
const RESERVED = new Set(['site', 'index']);

export function productFileName(id: string): string {
  if (SAFE.test(id) && !id.endsWith('.') && !RESERVED.has(id.toLowerCase())) return id;
  const slug = id
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-._]+/, '')
    .slice(0, 60)
    .replace(/[-.]+$/, '');
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 12);
  return `${slug === '' ? 'product' : slug}~${hash}`;
}
