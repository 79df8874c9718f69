import type MiniSearch from 'minisearch';
import { EXACT_SEARCH, TYPO_SEARCH, type SearchDocument, type SearchFacts } from '../../formats/search-index/search-index-format.js';
import { decodeCursor, encodeCursor, queryDigest } from './cursor.js';
import { queryTerms, type TermScores } from './term-scores.js';
import { CatalogError } from './errors.js';

/**
 * Catalog search over a snapshot (catalog_search.json search_request, https://ucp.dev/2026-04-08/specification/catalog/search/):
 * ranked by relevance when there is a query, in catalog order when there is none ("browse"); filters combine
 * with AND, categories with OR; ties are broken by catalog order, so a query always lists the same products in
 * the same order and offsets page through it without duplicates or gaps.
 */

export interface CatalogSearchQuery {
  /** Free text; empty or absent means browse, in catalog order. */
  query?: string;
  /** Product categories[].value, any of them (search_filters.json categories: OR). */
  categories?: readonly string[];
  /** Minor units (price_filter.json), denominated in `currency`; a product matches when its price range reaches into [min, max]. */
  price?: { min?: number; max?: number };
  /** context.currency. Absent: prices are compared in each product's own currency. */
  currency?: string;
  /** Only products with a variant a buyer can buy now (a custom filter: UCP defines none for availability). */
  available?: boolean;
  /** From the previous page's nextCursor, for the same query. */
  cursor?: string;
  /** Page size, at least 1; more than MAX_SEARCH_LIMIT is clamped (search.md "Page Size": MAY clamp silently). */
  limit: number;
}

export interface CatalogSearchPage {
  /** Line numbers of products.jsonl, in result order. */
  lines: number[];
  nextCursor?: string;
  total: number;
  /** The price filter was left out for products priced in a currency other than `currency` (the spec's MAY; say so in a message). */
  priceFilterIgnored?: true;
}

export const MAX_SEARCH_LIMIT = 100;

/** What search needs of a snapshot. */
export interface SearchSource {
  digest: string;
  facts: readonly SearchFacts[];
  index: MiniSearch<SearchDocument>;
  /** Ranked matches of recent query texts (RankedCache), kept with the snapshot they were computed on. */
  cache?: RankedCache;
  /** Scores of single words across queries (term-scores.ts); without it, MiniSearch ranks each query whole. */
  terms?: TermScores;
}

/**
 * The ranked matches of the most recent query texts. A search costs up to tens of milliseconds on a large
 * catalog (scoring every match), and the next page of a result, or the same question from the next agent,
 * asks for the same ranking again. Bounded: the oldest text goes first.
 */
export class RankedCache {
  private readonly entries = new Map<string, number[]>();
  constructor(private readonly size = 512) {}

  get(text: string, compute: () => number[]): number[] {
    const hit = this.entries.get(text);
    if (hit) {
      this.entries.delete(text);
      this.entries.set(text, hit);
      return hit;
    }
    const value = compute();
    this.entries.set(text, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

function normalized(q: CatalogSearchQuery): string {
  const categories = q.categories && q.categories.length > 0 ? [...new Set(q.categories)].sort() : undefined;
  // Everything that decides the list, and nothing that only decides the page (cursor, limit).
  return JSON.stringify([q.query?.trim() ?? '', categories ?? null, q.price?.min ?? null, q.price?.max ?? null, q.currency ?? null, q.available ?? null]);
}

/** Line numbers matching the text, best first, ties in catalog order: the words as written, else with typos. */
function ranked(source: SearchSource, text: string): number[] {
  if (source.cache) return source.cache.get(text, () => rankedUncached(source, text));
  return rankedUncached(source, text);
}

function rankedUncached(source: SearchSource, text: string): number[] {
  if (text === '') return source.facts.map((_, i) => i);
  if (!source.terms) {
    let results = source.index.search(text, EXACT_SEARCH);
    if (results.length === 0) results = source.index.search(text, TYPO_SEARCH);
    results.sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number));
    return results.map((r) => r.id as number);
  }
  // The same two passes, word by word through the snapshot's word scores (term-scores.ts): the same ranking.
  const terms = queryTerms(text);
  if (terms.length === 0) return [];
  let found = source.terms.match(terms, (term, i, all) => termOptions(EXACT_SEARCH, term, i, all));
  if (found.ids.length === 0) found = source.terms.match(terms, (term, i, all) => termOptions(TYPO_SEARCH, term, i, all));
  const order = Array.from(found.ids.keys());
  order.sort((a, b) => found.scores[b]! - found.scores[a]! || found.ids[a]! - found.ids[b]!);
  return order.map((k) => found.ids[k]!);
}

/** A pass's options for one word of a query: its prefix and typo settings decided for that word alone. */
function termOptions(pass: typeof EXACT_SEARCH, term: string, i: number, terms: readonly string[]): typeof EXACT_SEARCH {
  const prefix = typeof pass.prefix === 'function' ? pass.prefix(term, i, terms as string[]) : Boolean(pass.prefix);
  const fuzzy = typeof pass.fuzzy === 'function' ? pass.fuzzy(term, i, terms as string[]) : (pass.fuzzy ?? false);
  return { ...pass, prefix, fuzzy };
}

export function searchLines(source: SearchSource, q: CatalogSearchQuery): CatalogSearchPage {
  if (!Number.isInteger(q.limit) || q.limit < 1) throw new CatalogError('E_CATALOG_LIMIT', `The page size must be an integer of at least 1 (pagination.json limit), not ${q.limit}.`);
  const limit = Math.min(q.limit, MAX_SEARCH_LIMIT);
  const digest = queryDigest(`${source.digest}\n${normalized(q)}`);
  const offset = q.cursor === undefined ? 0 : decodeCursor(q.cursor, digest);
  const categories = q.categories && q.categories.length > 0 ? new Set(q.categories) : undefined;
  const min = q.price?.min ?? -Infinity;
  const max = q.price?.max ?? Infinity;
  const priced = q.price !== undefined && (q.price.min !== undefined || q.price.max !== undefined);
  let priceFilterIgnored = false;
  const matches = ranked(source, q.query?.trim() ?? '').filter((line) => {
    const facts = source.facts[line]!;
    if (q.available === true && !facts.available) return false;
    if (q.available === false && facts.available) return false;
    if (categories && !facts.categories?.some((c) => categories.has(c))) return false;
    if (priced) {
      if (q.currency !== undefined && q.currency !== facts.currency) priceFilterIgnored = true;
      else if (facts.price[1] < min || facts.price[0] > max) return false;
    }
    return true;
  });
  const lines = matches.slice(offset, offset + limit);
  const page: CatalogSearchPage = { lines, total: matches.length };
  if (offset + limit < matches.length) page.nextCursor = encodeCursor(offset + limit, digest);
  if (priceFilterIgnored) page.priceFilterIgnored = true;
  return page;
}
