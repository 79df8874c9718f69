import type { Diagnostic } from '../../model/diagnostic.js';
import { productFileName } from '../../model/file-name.js';
import type { PublishedDocument, PublishedJsonLd } from './published-jsonld.js';
import { injectAmbiguousPage, injectUnknownProduct } from './rules.js';
import { pageCandidates } from './url-paths.js';

/** How a page was matched, strongest first. */
export type MatchedBy = 'map' | 'attribute' | 'url' | 'home';

export interface PageMatch {
  document?: PublishedDocument;
  by?: MatchedBy;
  diagnostic?: Diagnostic;
}

/** Each page a product's url leads to, with every product that leads there (more than one is ambiguous). */
export function indexPagesByUrl(pages: ReadonlySet<string>, products: Iterable<PublishedDocument>): Map<string, PublishedDocument[]> {
  const index = new Map<string, PublishedDocument[]>();
  for (const product of products) {
    if (product.sitePath === undefined) continue;
    const page = pageCandidates(product.sitePath).find((candidate) => pages.has(candidate));
    if (page !== undefined) index.set(page, [...(index.get(page) ?? []), product]);
  }
  return index;
}

/**
 * The document a page gets: the product the map names for it, else the product its data-agentshelf-product
 * attribute names, else the one product whose url leads to it, else (the site's root index.html) the site
 * document. A page that names a product agentshelf did not publish is left alone rather than guessed at.
 */
export function matchPage(input: { page: string; mapped?: string; attribute?: string; byUrl: ReadonlyMap<string, PublishedDocument[]>; published: PublishedJsonLd }): PageMatch {
  const { page, published } = input;
  const origin = { file: page };
  const named = input.mapped !== undefined ? { id: input.mapped, by: 'map' as const } : input.attribute !== undefined ? { id: input.attribute, by: 'attribute' as const } : undefined;
  if (named) {
    const document = published.products.get(productFileName(named.id));
    if (document) return { document, by: named.by };
    const where = named.by === 'map' ? 'The --map entry' : 'The data-agentshelf-product attribute';
    return { diagnostic: injectUnknownProduct.diagnostic({ productId: named.id, origin }, { message: `${where} names a product with no published JSON-LD (jsonld/${productFileName(named.id)}.jsonld).`, actual: named.id }) };
  }
  const byUrl = input.byUrl.get(page) ?? [];
  if (byUrl.length === 1) return { document: byUrl[0]!, by: 'url' };
  if (byUrl.length > 1) {
    const ids = byUrl.map((d) => d.productId);
    return { diagnostic: injectAmbiguousPage.diagnostic({ origin }, { message: `${byUrl.length} products have a URL that leads to this page.`, actual: ids }) };
  }
  if (page === 'index.html' && published.site) return { document: published.site, by: 'home' };
  return {};
}
