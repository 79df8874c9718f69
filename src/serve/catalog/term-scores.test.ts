import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SEARCH_OPTIONS, type SearchDocument, type SearchFacts } from '../../formats/search-index/search-index-format.js';
import { searchLines } from './search.js';
import { queryTerms, TermScores } from './term-scores.js';

// A seeded catalog whose words overlap the way a shop's do: a few broad words in most products, a long tail.
const ADJECTIVES = ['ridge', 'canyon', 'alpine', 'harbor', 'cedar', 'granite', 'meadow'];
const KINDS = ['shirt', 'socks', 'jacket', 'tent', 'skillet', 'shell', 'stove'];
let seed = 7;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const documents: SearchDocument[] = Array.from({ length: 600 }, (_, id) => {
  const [adjective, kind] = [pick(ADJECTIVES), pick(KINDS)];
  return {
    id,
    title: `${adjective} ${kind} ${id}`,
    description: `The ${adjective} ${kind} is tested in the rain of the coast. ${random() < 0.3 ? 'Packable and warm.' : 'Built to last a season.'}`,
    brand: pick(['Bench Outfitters', 'Alder & Pine']),
    categories: pick(['Apparel > Shirts', 'Camping > Tents', 'Kitchen > Cookware']),
    options: random() < 0.5 ? 'Black \n Navy' : 'S \n M \n L',
  };
});
const facts: SearchFacts[] = documents.map((d) => ({ id: `p${d.id}`, variants: [`v${d.id}`], price: [1000, 1000], currency: 'USD', available: true }));
const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
index.addAll(documents);

describe('TermScores: word-by-word scoring ranks exactly as MiniSearch ranks the whole query', () => {
  it.each([
    'jacket', 'ridge jacket', 'ridge jacket 12', 'rain shell', 'the rain', 'jack', 'ridge jack', 'jaket', 'graniet tent',
    'packable warm', 'alder pine', 'Alder & Pine', 'shirt shirt', 'navy s', 'cookware', 'apparel shirts', 'no-such-word', 'tent, stove!',
  ])('%s', (query) => {
    const whole = searchLines({ digest: 'd', facts, index }, { query, limit: 100 });
    const byWord = searchLines({ digest: 'd', facts, index, terms: new TermScores(index) }, { query, limit: 100 });
    expect(byWord).toEqual(whole);
  });

  it('reuses a word scored for an earlier query, and stays within its byte budget', () => {
    const terms = new TermScores(index, 64 * 1024);
    for (const adjective of ADJECTIVES) for (const kind of KINDS) searchLines({ digest: 'd', facts, index, terms }, { query: `${adjective} ${kind}`, limit: 10 });
    const again = searchLines({ digest: 'd', facts, index, terms }, { query: 'ridge jacket', limit: 100 });
    expect(again).toEqual(searchLines({ digest: 'd', facts, index }, { query: 'ridge jacket', limit: 100 }));
  });

  it('reads words as MiniSearch does: split on spaces and punctuation, lower-cased', () => {
    expect(queryTerms('Alder & Pine, Down-Jacket')).toEqual(['alder', 'pine', 'down', 'jacket']);
  });
});
