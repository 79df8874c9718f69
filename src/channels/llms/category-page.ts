import type { ResolvedConfig } from '../../model/resolved-config.js';
import type { CatalogSummary, CategoryTally } from './catalog-summary.js';
import { byteLength, largestFitting } from './fit.js';
import { escapeText, markdownLink, MARKDOWN_DIALECT } from './markdown.js';
import { siteUrl } from '../site-links.js';
import { LLMS_FULL_PATH, LLMS_TXT_PATH } from './paths.js';
import { Block, loadTemplate } from '../template.js';
import { count, grouped } from './wording.js';

const CATEGORY_PAGE = loadTemplate('category-page.md', MARKDOWN_DIALECT);

/** Subcategories by product count, largest first, then by name (code-unit order: the same in any locale). */
function subcategoriesBySize(tally: CategoryTally): Array<[string, number]> {
  return [...tally.subcategories].filter(([name]) => name !== '').sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
}

function detailLines(tally: CategoryTally, subcategories: Array<[string, number]>, listed: number): string[] {
  const lines = [`${count(tally.products, 'product')} (${count(tally.variants, 'variant')}).`];
  if (subcategories.length > 0) {
    lines.push('', 'Subcategories:', '');
    for (const [name, products] of subcategories) lines.push(`- ${escapeText(name)}: ${count(products, 'product')}`);
    const direct = tally.subcategories.get('');
    if (direct) lines.push(`- (no subcategory): ${count(direct, 'product')}`);
    const rest = tally.products - (direct ?? 0) - subcategories.reduce((sum, [, n]) => sum + n, 0);
    if (rest > 0) lines.push(`- other subcategories: ${count(rest, 'product')}`);
  }
  if (listed < tally.products) {
    lines.push('', `Products names the first ${grouped(listed)} in catalog order; every product is in the feeds listed in llms.txt.`);
  }
  return lines;
}

/**
 * categories/<name>.md for one top-level category, within `llms.maxBytes` like llms.txt: subcategories (largest
 * first) take at most half of the room the fixed parts leave, the first products the rest.
 */
export function renderCategoryPage(config: ResolvedConfig, summary: CatalogSummary, tally: CategoryTally): string {
  const subcategories = subcategoriesBySize(tally);
  const render = (subs: number, n: number) =>
    CATEGORY_PAGE.render({
      name: tally.name,
      summary: `${tally.name}: ${grouped(tally.products)} of the ${count(summary.products, 'product')} of ${config.shop.name}.`,
      details: new Block(detailLines(tally, subcategories.slice(0, subs), n)),
      products: new Block(tally.lines.slice(0, n)),
      optional: new Block([
        `- ${markdownLink(`${config.shop.name} overview`, siteUrl(config, LLMS_TXT_PATH))}`,
        `- ${markdownLink('Full catalog text', siteUrl(config, LLMS_FULL_PATH))}`,
      ]),
    });
  const limit = config.llms.maxBytes;
  const base = byteLength(render(0, 0));
  const subs = largestFitting(subcategories.length, base + Math.floor(Math.max(0, limit - base) / 2), (n) => render(n, 0));
  return render(subs, largestFitting(tally.lines.length, limit, (n) => render(subs, n)));
}
