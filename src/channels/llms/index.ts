import { renderedRun, type Channel, type ChannelContext, type ChannelRun } from '../channel.js';
import { CatalogSummary, MAX_CATEGORIES } from './catalog-summary.js';
import { renderCategoryPage } from './category-page.js';
import { FullTextWriter } from './full-text.js';
import { buildLlmsTxt } from './llms-txt.js';
import { productLine, renderProductPage } from './product-markdown.js';
import { LLMS_RULES, llmsCategoriesCapped, llmsFullCapped, llmsSummaryCut, llmsSummaryMissing, llmsTxtCapped, llmsTxtOverLimit } from './rules.js';
import { siteUrl } from '../site-links.js';
import { categoryPagePath, LLMS_FULL_PATH, LLMS_TXT_PATH, productPagePath } from './paths.js';
import { LLMS_CONFIG_SECTION } from './config-section.js';

const CHANNEL = 'llms';

/**
 * llms.txt (https://llmstxt.org), llms-full.txt, one Markdown page per product (products/<file name>.md) and one
 * per top-level category (categories/<file name>.md).
 *
 * llms.txt summarizes the whole catalog but products arrive one at a time, so it is written in close() from a
 * CatalogSummary: bounded counts and the first lines per category and of the key products (see
 * catalog-summary.ts for the memory bounds). Product pages and llms-full.txt are written as products arrive.
 */
export const llmsChannel: Channel = {
  id: CHANNEL,
  title: 'llms.txt and Markdown pages',
  spec: {
    name: 'llms.txt',
    version: 'llmstxt.org proposal of 2024-09-03 (AnswerDotAI/llms-txt nbs/index.qmd)',
    url: 'https://llmstxt.org',
  },
  rules: LLMS_RULES,
  outputs: [LLMS_TXT_PATH, LLMS_FULL_PATH, 'products/*.md', 'categories/*.md'],
  cost: 68,
  configSection: LLMS_CONFIG_SECTION,
  links: (config) => [{ kind: 'overview', name: 'llms.txt', url: siteUrl(config, LLMS_TXT_PATH) }],
  open(context: ChannelContext): ChannelRun {
    const { config, out, diagnostics } = context;
    const summary = new CatalogSummary(config.llms.maxProducts);
    const full = new FullTextWriter(out.open(LLMS_FULL_PATH), config, context.links);
    let pages = 0;
    // A product's page and its line in llms.txt are its own; the tallies and llms-full.txt (cut at its size
    // limit) are the catalog's, so apply keeps them.
    return renderedRun<{ url: string; line: string; page?: { path: string; text: string } }>({
      render(product) {
        const url = config.llms.productPages ? siteUrl(config, productPagePath(product.id)) : product.url;
        const line = productLine(product, url);
        return config.llms.productPages ? { url, line, page: { path: productPagePath(product.id), text: renderProductPage(product, config) } } : { url, line };
      },
      async apply(rendered, product) {
        summary.add(product, rendered.line);
        if (rendered.page) {
          await out.writeFile(rendered.page.path, rendered.page.text);
          pages++;
        }
        await full.add(product, rendered.url);
      },
      async close() {
        const subject = { channel: CHANNEL };
        const fullResult = await full.close();
        if (fullResult.omittedProducts > 0) {
          diagnostics.report(
            llmsFullCapped.diagnostic(subject, {
              message: `llms-full.txt holds the first ${fullResult.written} products; ${fullResult.omittedProducts} products (${fullResult.omittedVariants} variants) did not fit in llms.fullMaxBytes and are named as missing at its end.`,
              actual: { written: fullResult.written, omittedProducts: fullResult.omittedProducts, omittedVariants: fullResult.omittedVariants },
              expected: config.llms.fullMaxBytes,
            }),
          );
        }

        for (const tally of summary.categories.values()) await out.writeFile(categoryPagePath(tally.name), renderCategoryPage(config, summary, tally));
        if (summary.untrackedCategoryProducts > 0) {
          diagnostics.report(
            llmsCategoriesCapped.diagnostic(subject, {
              message: `Only the first ${MAX_CATEGORIES} top-level categories get a page; ${summary.untrackedCategoryProducts} products in later categories are counted in llms.txt but have none.`,
              actual: summary.untrackedCategoryProducts,
              expected: MAX_CATEGORIES,
            }),
          );
        }

        if (config.llms.summary === undefined) {
          diagnostics.report(llmsSummaryMissing.diagnostic(subject, { message: 'llms.txt has no summary: set llms.summary or shop.description.' }));
        }
        const llms = buildLlmsTxt(config, summary, context.links);
        if (llms.summaryCut) {
          diagnostics.report(llmsSummaryCut.diagnostic(subject, { message: 'The summary was cut to keep llms.txt within llms.maxBytes.', expected: config.llms.maxBytes }));
        }
        if (llms.overLimit) {
          diagnostics.report(
            llmsTxtOverLimit.diagnostic(subject, {
              message: 'llms.txt is over llms.maxBytes even without products or categories.',
              actual: Buffer.byteLength(llms.text, 'utf8'),
              expected: config.llms.maxBytes,
            }),
          );
        } else if (llms.productsListed < summary.products || llms.categoriesListed < summary.categories.size) {
          diagnostics.report(
            llmsTxtCapped.diagnostic(subject, {
              message: `llms.txt names ${llms.productsListed} of ${summary.products} products and ${llms.categoriesListed} of ${summary.categories.size} categories; it says so and points to the feeds for the rest.`,
              actual: { products: llms.productsListed, categories: llms.categoriesListed },
              expected: { products: summary.products, categories: summary.categories.size },
            }),
          );
        }
        await out.writeFile(LLMS_TXT_PATH, llms.text);
        // Items: the product pages, or the products llms-full.txt holds when pages are off.
        return { items: config.llms.productPages ? pages : fullResult.written, skipped: 0 };
      },
    });
  },
};
