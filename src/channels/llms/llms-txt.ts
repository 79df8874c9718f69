import type { ResolvedConfig } from '../../model/resolved-config.js';
import { codePointLength, truncateAtWord } from '../../model/text.js';
import type { CatalogSummary, CategoryTally } from './catalog-summary.js';
import { byteLength, largestFitting } from './fit.js';
import { escapeInline, escapeText, markdownLink, MARKDOWN_DIALECT } from './markdown.js';
import { returnsText, shippingSentence } from './shop-terms.js';
import type { ChannelContext } from '../channel.js';
import { agentApiLinks, feedLinks, policyLinks, siteUrl, type SiteLink } from '../site-links.js';
import { categoryPagePath, LLMS_FULL_PATH } from './paths.js';
import { Block, loadTemplate } from '../template.js';
import { count, grouped } from './wording.js';

const LLMS_TXT = loadTemplate('llms.md', MARKDOWN_DIALECT);

/**
 * Categories get at most this share of the room left for lists, largest first: they are the one overview of the
 * whole catalog; products get the rest (and whatever the categories leave).
 */
const CATEGORY_SHARE = 0.5;

export interface LlmsTxt {
  text: string;
  productsListed: number;
  categoriesListed: number;
  /** The summary had to be shortened to fit maxBytes. */
  summaryCut: boolean;
  /** Even without any list the file is over maxBytes (it is written anyway). */
  overLimit: boolean;
}

function linkLine(link: SiteLink): string {
  return `- ${markdownLink(link.name, link.url)}${link.notes ? `: ${escapeInline(link.notes)}` : ''}`;
}

function categoryLine(config: ResolvedConfig, tally: CategoryTally): string {
  const subcategories = [...tally.subcategories.keys()].filter((s) => s !== '').length;
  const notes = subcategories > 0 ? `${count(tally.products, 'product')} in ${count(subcategories, 'subcategory', 'subcategories')}` : count(tally.products, 'product');
  return `- ${markdownLink(tally.name, siteUrl(config, categoryPagePath(tally.name)))}: ${notes}`;
}

function detailLines(config: ResolvedConfig, summary: CatalogSummary, listed: { products: number; categories: number }): string[] {
  const { shop } = config;
  const lines = [`${escapeText(shop.name)} sells online from ${escapeInline(shop.country)}; prices are in ${escapeInline(shop.currency)} and product text is in ${escapeInline(shop.language)}.`, ''];
  const terms = [shippingSentence(config), config.returns ? `Returns: ${returnsText(config.returns)}.` : undefined].filter((t) => t !== undefined);
  if (terms.length > 0) lines.push(terms.join(' '), '');

  const categories = summary.categories.size;
  let catalog = `The catalog has ${count(summary.products, 'product')} (${count(summary.variants, 'variant')})`;
  if (categories > 0) catalog += ` in ${count(categories, 'category', 'categories')}${summary.untrackedCategoryProducts > 0 ? ' and more' : ''}`;
  catalog += `; ${grouped(summary.productsInStock)} ${summary.productsInStock === 1 ? 'has' : 'have'} a variant in stock.`;
  if (categories > 0 && summary.uncategorized > 0) catalog += ` ${count(summary.uncategorized, 'product')} ${summary.uncategorized === 1 ? 'has' : 'have'} no category.`;
  lines.push(catalog);

  const pages = config.llms.productPages ? 'its Markdown page (prices per variant, attributes, shipping and returns)' : 'its page on the shop';
  const allProducts = listed.products >= summary.products;
  const allCategories = listed.categories >= categories;
  if (allProducts && allCategories) {
    lines.push(`Products lists every product, in-stock products first, each linking to ${pages}.`);
  } else {
    const parts = [`${grouped(listed.products)} of the ${count(summary.products, 'product')}`];
    if (!allCategories) parts.push(`${grouped(listed.categories)} of the ${count(categories, 'category', 'categories')}`);
    lines.push(
      `This file names ${parts.join(' and ')}, to stay within ${count(config.llms.maxProducts, 'product')} and ${count(config.llms.maxBytes, 'byte')}; ` +
        `listed products are those in stock first, then in catalog order, each linking to ${pages}. ` +
        'Every product is in the Google Merchant Center and OpenAI feeds listed under Feeds, and each category page names its first products.',
    );
  }
  return lines;
}

function render(config: ResolvedConfig, links: ChannelContext['links'], summary: CatalogSummary, shopSummary: string | undefined, products: string[], categories: CategoryTally[]): string {
  return LLMS_TXT.render({
    name: config.shop.name,
    summary: shopSummary,
    details: new Block(detailLines(config, summary, { products: products.length, categories: categories.length })),
    categories: new Block(categories.map((c) => categoryLine(config, c))),
    products: new Block(products),
    feeds: new Block(feedLinks(links({ variants: summary.variants })).map(linkLine)),
    policies: new Block(policyLinks(config).map(linkLine)),
    agentApi: new Block(agentApiLinks(config, links()).map(linkLine)),
    optional: new Block([
      linkLine({
        name: 'Full catalog text',
        url: siteUrl(config, LLMS_FULL_PATH),
        notes: `every product with its description and variants, in catalog order, up to ${count(config.llms.fullMaxBytes, 'byte')}`,
      }),
    ]),
  });
}

/**
 * Writes llms.txt from the streamed summary, within `llms.maxBytes`: the fixed parts always, then as many
 * categories (by size, at most half of the room left) and key products as fit. The file says how many were
 * left out and where every product is.
 */
export function buildLlmsTxt(config: ResolvedConfig, summary: CatalogSummary, links: ChannelContext['links']): LlmsTxt {
  const limit = config.llms.maxBytes;
  const products = summary.keyProductLines();
  const categories = summary.categoriesBySize();
  let shopSummary = config.llms.summary;
  let summaryCut = false;

  let base = render(config, links, summary, shopSummary, [], []);
  if (byteLength(base) > limit && shopSummary !== undefined) {
    // Every code point is at least one byte, so dropping `over` code points, and as many more as the ellipsis
    // that replaces them takes bytes (3 in UTF-8), fits.
    const over = byteLength(base) - limit;
    const keep = Math.max(0, codePointLength(shopSummary) - over - byteLength('…'));
    shopSummary = keep > 0 ? truncateAtWord(shopSummary, keep, { ellipsis: '…' }).value : undefined;
    summaryCut = true;
    base = render(config, links, summary, shopSummary, [], []);
  }
  if (byteLength(base) > limit) return { text: base, productsListed: 0, categoriesListed: 0, summaryCut, overLimit: true };

  const room = limit - byteLength(base);
  const categoryRoom = byteLength(base) + Math.floor(room * CATEGORY_SHARE);
  const categoriesListed = largestFitting(categories.length, categoryRoom, (n) => render(config, links, summary, shopSummary, [], categories.slice(0, n)));
  const shownCategories = categories.slice(0, categoriesListed);
  const productsListed = largestFitting(products.length, limit, (n) => render(config, links, summary, shopSummary, products.slice(0, n), shownCategories));
  return {
    text: render(config, links, summary, shopSummary, products.slice(0, productsListed), shownCategories),
    productsListed,
    categoriesListed,
    summaryCut,
    overLimit: false,
  };
}
