import MiniSearch from 'minisearch';
import {
  CATALOG_PRODUCTS_PATH,
  CATALOG_SEARCH_INDEX_PATH,
  SEARCH_INDEX_FORMAT,
  SEARCH_OPTIONS,
  searchDocument,
  searchFacts,
  type SearchDocument,
  type SearchFacts,
  type SearchIndexFile,
} from '../../formats/search-index/search-index-format.js';
import { toUcpProduct, ucpSeller } from '../../formats/ucp/catalog-product.js';
import type { Channel, ChannelContext, ChannelRun } from '../channel.js';
import { parseCatalogLine } from './read-back.js';

/**
 * The catalog the API server answers from (`agentshelf serve`, src/serve/catalog): every product as the UCP
 * catalog JSON it returns (products.jsonl) and a full-text index with the facts its search filters and lookups
 * need (search-index.json). Written only when the config names a catalog endpoint (agent.catalog), like the
 * UCP business profile that points agents to that endpoint.
 */
export const catalogIndexChannel: Channel = {
  id: 'catalog-index',
  title: 'Catalog API index',
  spec: {
    name: 'Universal Commerce Protocol catalog (product.json, catalog search and lookup)',
    version: '2026-04-08',
    url: 'https://ucp.dev/2026-04-08/specification/catalog/',
  },
  rules: [],
  outputs: [CATALOG_PRODUCTS_PATH, CATALOG_SEARCH_INDEX_PATH],
  // Nothing to index without a catalog endpoint: the channel writes nothing then.
  cost: (config) => (config.agent.catalog?.rest || config.agent.catalog?.mcp ? 152 : 0),
  // The server answers with these lines verbatim, so they are held to the model like every feed.
  readBack: { kind: 'lines', path: CATALOG_PRODUCTS_PATH, parser: () => parseCatalogLine },
  open(context: ChannelContext): ChannelRun {
    const { config } = context;
    if (!config.agent.catalog?.rest && !config.agent.catalog?.mcp) {
      return { add() {}, close: async () => ({ items: 0, skipped: 0 }) };
    }
    const seller = ucpSeller(config);
    const lines = context.out.open(CATALOG_PRODUCTS_PATH);
    // The index is whole-catalog state: it grows with every product and is written at close. What it keeps per
    // product is the indexed terms (MiniSearch adds a document's terms at once and drops its text) and the small
    // SearchFacts; the product's JSON goes straight to products.jsonl.
    const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
    const facts: SearchFacts[] = [];
    let variants = 0;
    return {
      async add(product) {
        const ucp = toUcpProduct(product, { seller });
        index.add(searchDocument(ucp, facts.length));
        facts.push(searchFacts(ucp));
        variants += ucp.variants.length;
        // JSON.stringify escapes every line break inside values, so one product stays on one line.
        await lines.write(`${JSON.stringify(ucp)}\n`);
      },
      async close() {
        await lines.close();
        // The same products in the same order give the same bytes: MiniSearch serializes its maps in insertion order.
        const file: SearchIndexFile = { format: SEARCH_INDEX_FORMAT, library: { name: 'minisearch', serialization: 2 }, currency: config.shop.currency, products: facts, index: index.toJSON() };
        await context.out.writeFile(CATALOG_SEARCH_INDEX_PATH, JSON.stringify(file));
        return { items: variants, skipped: 0 };
      },
    };
  },
};
