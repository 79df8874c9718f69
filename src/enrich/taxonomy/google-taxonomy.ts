// The Google product taxonomy, shipped with the package (users have no ../shared): lookups by id and by path.
// google_product_category accepts either the numeric id or the full path:
// https://support.google.com/merchants/answer/6324436
import {
  GOOGLE_TAXONOMY_DATA,
  GOOGLE_TAXONOMY_DATA_URL,
  GOOGLE_TAXONOMY_DATA_VERSION,
} from './google-taxonomy-data.js';

/** The taxonomy version the shipped table was generated from (its file's `# Google_Product_Taxonomy_Version` line). */
export const GOOGLE_TAXONOMY_VERSION = GOOGLE_TAXONOMY_DATA_VERSION;
/** Where Google publishes the taxonomy with ids. */
export const GOOGLE_TAXONOMY_URL = GOOGLE_TAXONOMY_DATA_URL;

export interface TaxonomyCategory {
  readonly id: number;
  /** The full path as Google writes it: `Apparel & Accessories > Clothing > Dresses`. */
  readonly path: string;
  /** The path's levels, top first; `segments.at(-1)` is the category's own name. */
  readonly segments: readonly string[];
}

export type ResolveGoogleCategoryResult =
  | { ok: true; category: TaxonomyCategory }
  | { ok: false; reason: 'unknown-id' | 'unknown-path' };

// Google's own separator between levels.
const SEPARATOR = ' > ';

interface TaxonomyIndex {
  /** The official file's order, in which parents come before their children. */
  readonly categories: readonly TaxonomyCategory[];
  readonly byId: ReadonlyMap<number, TaxonomyCategory>;
  readonly parentById: ReadonlyMap<number, TaxonomyCategory>;
  /** Keyed by normalizePathKey(path). */
  readonly byPathKey: ReadonlyMap<string, TaxonomyCategory>;
}

let index: TaxonomyIndex | undefined;

// Built on first use rather than at import: most runs never look up a category, and parsing takes milliseconds.
function getIndex(): TaxonomyIndex {
  if (index) return index;
  const categories: TaxonomyCategory[] = [];
  const byId = new Map<number, TaxonomyCategory>();
  const parentById = new Map<number, TaxonomyCategory>();
  const byPathKey = new Map<string, TaxonomyCategory>();
  for (const line of GOOGLE_TAXONOMY_DATA.split('\n')) {
    // `id parentId name`: plain indexOf, as a regex per line is measurably slower over 5,595 lines.
    const first = line.indexOf(' ');
    const second = line.indexOf(' ', first + 1);
    const id = Number(line.slice(0, first));
    const parentId = Number(line.slice(first + 1, second));
    const name = line.slice(second + 1);
    const parent = parentId === 0 ? undefined : byId.get(parentId);
    if (first < 1 || second < 0 || !name || !Number.isInteger(id) || (parentId !== 0 && !parent)) {
      throw new Error(`google-taxonomy-data.ts: malformed line, or parent listed after its child: ${line}`);
    }
    const segments = Object.freeze(parent ? [...parent.segments, name] : [name]);
    const path = parent ? `${parent.path}${SEPARATOR}${name}` : name;
    const category: TaxonomyCategory = Object.freeze({ id, path, segments });
    categories.push(category);
    byId.set(id, category);
    if (parent) parentById.set(id, parent);
    // The shipped paths are already trimmed, single-spaced and NFC (the build script checks), so lowercasing is
    // all normalizePathKey would do to them.
    byPathKey.set(path.toLowerCase(), category);
  }
  index = { categories: Object.freeze(categories), byId, parentById, byPathKey };
  return index;
}

/**
 * Case- and whitespace-insensitive key of a path: levels trimmed, inner runs of whitespace collapsed, ` > ` between.
 * Nothing else is forgiven (no `&`/`and` swaps, no singular/plural): a path Google would not recognise should not
 * resolve here either. NFC only makes composed and decomposed accents (é vs e + ◌́) equal, as they are to a reader.
 */
function normalizePathKey(path: string): string | undefined {
  const levels = path.normalize('NFC').toLowerCase().split('>');
  const normalized: string[] = [];
  for (const level of levels) {
    const text = level.trim().replace(/\s+/g, ' ');
    if (text === '') return undefined;
    normalized.push(text);
  }
  return normalized.join(SEPARATOR);
}

/** Every category, in the official file's order (parents before children). */
export function listGoogleCategories(): readonly TaxonomyCategory[] {
  return getIndex().categories;
}

export function findCategoryById(id: number): TaxonomyCategory | undefined {
  return getIndex().byId.get(id);
}

/** The category one level up (`Clothing` for `Dresses`); undefined for a top-level category or an unknown id. */
export function findParentCategory(id: number): TaxonomyCategory | undefined {
  return getIndex().parentById.get(id);
}

/** Finds a category by its full path, ignoring case and whitespace around and inside levels (`apparel>clothing`). */
export function findCategoryByPath(path: string): TaxonomyCategory | undefined {
  const key = normalizePathKey(path);
  return key === undefined ? undefined : getIndex().byPathKey.get(key);
}

/**
 * Resolves a google_product_category value, which Google accepts as an id or a path
 * (https://support.google.com/merchants/answer/6324436). A string of digits (surrounding whitespace allowed) is an id.
 */
export function resolveGoogleCategory(input: number | string): ResolveGoogleCategoryResult {
  if (typeof input === 'number') return resolveId(input);
  const trimmed = input.trim();
  if (/^\d+$/.test(trimmed)) return resolveId(Number(trimmed));
  const category = findCategoryByPath(input);
  return category ? { ok: true, category } : { ok: false, reason: 'unknown-path' };
}

function resolveId(id: number): ResolveGoogleCategoryResult {
  const category = Number.isSafeInteger(id) ? findCategoryById(id) : undefined;
  return category ? { ok: true, category } : { ok: false, reason: 'unknown-id' };
}
