import MiniSearch, { type SearchOptions } from 'minisearch';
import type { SearchDocument } from '../../formats/search-index/search-index-format.js';

/** One query word's matches: document ids ascending, and each one's score for the word. */
interface TermMatches {
  ids: Int32Array;
  scores: Float64Array;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
const processTerm = MiniSearch.getDefault('processTerm') as (term: string) => string | string[] | null | undefined | false;

/**
 * A query's words as MiniSearch reads them (its default tokenizer and term processing, which the index was
 * built with: SEARCH_OPTIONS sets neither).
 */
export function queryTerms(text: string): string[] {
  return tokenize(text).flatMap((token) => {
    const term = processTerm(token);
    return !term ? [] : Array.isArray(term) ? term : [term];
  });
}

/**
 * The scores of single query words, kept across queries. MiniSearch scores an AND query as the sum, in query
 * order, of each word's own score, times the number of words (the same for every match, so it does not change
 * the order): searching word by word and intersecting gives the same ranking, with the same floating-point
 * sums. The cost of a search is in scoring every document a word matches, and shoppers' queries share their
 * words ("merino", "jacket"), so a word is scored once and its matches reused by every query that has it;
 * a query then costs the intersection, walked from its rarest word. Bounded by bytes, oldest word first.
 */
export class TermScores {
  private readonly entries = new Map<string, TermMatches>();
  private bytes = 0;

  constructor(
    private readonly index: MiniSearch<SearchDocument>,
    private readonly maxBytes = 48 * 1024 * 1024,
  ) {}

  /** Ids and summed scores of the documents matching every term, unsorted; `options` decides prefix and typos per term. */
  match(terms: readonly string[], options: (term: string, i: number, terms: readonly string[]) => SearchOptions): { ids: Int32Array; scores: Float64Array } {
    const lists = terms.map((term, i) => this.term(term, options(term, i, terms)));
    let rarest = 0;
    for (let i = 1; i < lists.length; i++) if (lists[i]!.ids.length < lists[rarest]!.ids.length) rarest = i;
    const base = lists[rarest]!;
    const ids = new Int32Array(base.ids.length);
    const scores = new Float64Array(base.ids.length);
    let n = 0;
    outer: for (let k = 0; k < base.ids.length; k++) {
      const id = base.ids[k]!;
      // Summed in query order, as MiniSearch's AND combination does, so equal documents tie exactly as there.
      let score = 0;
      for (const list of lists) {
        const at = list === base ? k : find(list.ids, id);
        if (at < 0) continue outer;
        score += list.scores[at]!;
      }
      ids[n] = id;
      scores[n] = score;
      n++;
    }
    return { ids: ids.subarray(0, n), scores: scores.subarray(0, n) };
  }

  private term(term: string, options: SearchOptions): TermMatches {
    const key = `${options.prefix ? 'p' : '-'}${options.fuzzy ? 'f' : '-'}${term}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const results = this.index.search(term, options);
    results.sort((a, b) => (a.id as number) - (b.id as number));
    const matches: TermMatches = { ids: Int32Array.from(results, (r) => r.id as number), scores: Float64Array.from(results, (r) => r.score) };
    this.entries.set(key, matches);
    this.bytes += matches.ids.byteLength + matches.scores.byteLength;
    while (this.bytes > this.maxBytes && this.entries.size > 1) {
      const [oldest, value] = this.entries.entries().next().value!;
      this.entries.delete(oldest);
      this.bytes -= value.ids.byteLength + value.scores.byteLength;
    }
    return matches;
  }
}

/** Binary search of an ascending id list: the position, or -1. */
function find(ids: Int32Array, id: number): number {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = ids[mid]!;
    if (value === id) return mid;
    if (value < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
