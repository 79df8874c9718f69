import type { Options } from 'minisearch';
import type { UcpProduct } from '../ucp/catalog-types.js';

/**
 * The catalog index that `build` writes for the catalog API server (serve/catalog): the UCP products, one a
 * line, and a full-text index over them with the facts search filters need. The channel that writes it and the
 * server that reads it both take the file names, the document fields and the search options from here: MiniSearch
 * can only load an index with the options it was built with. The search library was chosen by measuring
 * (bench/serve-index.mjs, bench/README.md "Catalog search library (issue 12)").
 */

/** One UCP product (schemas/shopping/types/product.json) per line, in catalog order. A line's index is its document id. */
export const CATALOG_PRODUCTS_PATH = 'agent/catalog/products.jsonl';
/** The serialized search index and the filter facts of every product line (SearchIndexFile). */
export const CATALOG_SEARCH_INDEX_PATH = 'agent/catalog/search-index.json';

/** Bumped whenever the file's shape or the index options change, so a server refuses an index it cannot read. */
export const SEARCH_INDEX_FORMAT = 1;

/** The text of one product, as the index sees it. `id` is the product's line number in products.jsonl. */
export interface SearchDocument {
  id: number;
  title: string;
  description: string;
  brand: string;
  categories: string;
  options: string;
}

/**
 * What search filters and lookups need of a product without parsing its line (catalog_search.json filters,
 * catalog_lookup.json ids): `categories` are its categories[].value, `price` its price_range in minor units of
 * `currency`, `available` whether any variant can be bought now; `variants` and `skus` are what lookup resolves.
 */
export interface SearchFacts {
  id: string;
  variants: string[];
  skus?: string[];
  categories?: string[];
  price: [min: number, max: number];
  currency: string;
  available: boolean;
}

/** The JSON of search-index.json. `index` is MiniSearch's own serialization (MiniSearch#toJSON). */
export interface SearchIndexFile {
  format: typeof SEARCH_INDEX_FORMAT;
  library: { name: 'minisearch'; serialization: number };
  /** The shop's currency (config shop.currency): the catalog's currency when it has no products to say so. */
  currency: string;
  products: SearchFacts[];
  index: unknown;
}

/** Field weights: a word in the title says more about the product than the same word deep in its description. */
const BOOST: Partial<Record<keyof SearchDocument, number>> = { title: 4, brand: 3, categories: 2, options: 2, description: 1 };

/**
 * Index options, and how a query is matched. Words combine with AND, as a shopper narrowing a search expects.
 * The search runs in two passes, so that typo tolerance never floods a query that matches as typed:
 * 1. every word as written, the last one also as a prefix when it has three characters or more ("down jack"
 *    finds "down jacket", as a search box that suggests while typing does);
 * 2. only when that finds nothing, the same with typos allowed: one edit in a word of five to eight characters,
 *    two from nine ("jaket" finds "jacket"; a four-letter word such as "tent" has too many one-edit neighbours,
 *    "text", "test", "rent", to be read as a typo).
 * Measured on the 100k-variant bench catalog (bench/README.md, "The catalog API under load"): one pass with
 * prefixes and typos on every word matched all 33,360 products for "tent" (as "text", "test", "rent") in 45 ms;
 * the exact pass matches the 4,170 tents in 7 ms, and "jaket" still finds the jackets in the second pass.
 */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: ['title', 'description', 'brand', 'categories', 'options'],
  storeFields: [],
  searchOptions: { boost: BOOST, combineWith: 'AND' },
};

type SearchOptions = NonNullable<Options<SearchDocument>['searchOptions']>;

const lastWordPrefix = (term: string, i: number, terms: string[]): boolean => i === terms.length - 1 && term.length >= 3;

/** Pass 1: the words as written, the last one as a prefix too. */
export const EXACT_SEARCH: SearchOptions = { boost: BOOST, combineWith: 'AND', prefix: lastWordPrefix, fuzzy: false };

/** Pass 2, when pass 1 finds nothing: typos allowed, as edits (MiniSearch takes a fraction of a word's length, or an edit count above 1). */
export const TYPO_SEARCH: SearchOptions = {
  boost: BOOST,
  combineWith: 'AND',
  prefix: lastWordPrefix,
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 0.2 : false),
};

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** The indexed text of a product: title, plain description, brand (metadata.brand), category values and option values. */
export function searchDocument(product: UcpProduct, line: number): SearchDocument {
  return {
    id: line,
    title: product.title,
    description: product.description.plain ?? '',
    brand: product.metadata?.brand ?? '',
    categories: unique((product.categories ?? []).map((c) => c.value)).join(' \n '),
    options: unique((product.options ?? []).flatMap((o) => o.values.map((v) => v.label))).join(' \n '),
  };
}

/** The filter and lookup facts of a product, from its UCP JSON alone. */
export function searchFacts(product: UcpProduct): SearchFacts {
  const skus = unique(product.variants.flatMap((v) => (v.sku === undefined ? [] : [v.sku])));
  const categories = unique((product.categories ?? []).map((c) => c.value));
  return {
    id: product.id,
    variants: product.variants.map((v) => v.id),
    ...(skus.length > 0 ? { skus } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    price: [product.price_range.min.amount, product.price_range.max.amount],
    currency: product.price_range.min.currency,
    available: product.variants.some((v) => v.availability.available),
  };
}
