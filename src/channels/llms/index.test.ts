import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLlmsTxt, type LlmsTxtDocument } from '../../../test/conformance/support/llms-txt-grammar.js';
import type { ResolvedProduct } from '../../model/resolved.js';
import { FIXTURE_PRODUCTS, resolveAll, runChannel, testConfig, TEST_CONFIG_INPUT } from '../../test-support/catalog-fixtures.js';
import { CatalogSummary, CATEGORY_PAGE_PRODUCTS } from './catalog-summary.js';
import { llmsChannel } from './index.js';

const products = () => resolveAll(FIXTURE_PRODUCTS).products;

function doc(text: string): LlmsTxtDocument {
  const result = parseLlmsTxt(text);
  if (!result.ok) throw new Error(`not llms.txt: ${JSON.stringify(result.errors)}\n${text}`);
  return result.document;
}

const links = (text: string, section: string) => doc(text).sections.find((s) => s.name === section)?.links ?? [];
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** `count` distinct products made from the fixtures, spread over 7 categories and 13 subcategories. */
function catalog(count: number): ResolvedProduct[] {
  const base = products();
  return Array.from({ length: count }, (_, i) => {
    const p = base[i % base.length]!;
    return { ...p, id: `p-${i}`, title: `${p.title} #${i}`, productType: [`Category ${i % 7}`, `Sub ${i % 13}`], variants: p.variants.map((v) => ({ ...v, id: `${v.id}-${i}` })) };
  });
}

describe('llms channel', () => {
  it('writes llms.txt, llms-full.txt, one page per product and one per top-level category', async () => {
    const { out, summary, diagnostics } = await runChannel(llmsChannel, products());
    expect([...out.files.keys()].sort()).toEqual([
      'categories/Apparel.md',
      'categories/Electronics.md',
      'categories/Food-Beverages-Tobacco~458f4f554de6.md',
      'categories/Media.md',
      'llms-full.txt',
      'llms.txt',
      'products/ap-campfire-coffee.md',
      'products/ap-summit-down-jacket.md',
      'products/ap-tessellate-speaker.md',
      'products/ap-trail-map-guide.md',
    ]);
    expect(summary).toEqual({ items: 4, skipped: 0 });
    expect(diagnostics).toEqual([]);
  });

  it('matches the golden files', async () => {
    const { out } = await runChannel(llmsChannel, products());
    const dir = new URL('./fixtures/', import.meta.url);
    for (const [path, name] of [
      ['llms.txt', 'llms.txt'],
      ['llms-full.txt', 'llms-full.txt'],
      ['products/ap-summit-down-jacket.md', 'product-ap-summit-down-jacket.md'],
      ['products/ap-trail-map-guide.md', 'product-ap-trail-map-guide.md'],
      ['categories/Apparel.md', 'category-Apparel.md'],
    ] as const) {
      const golden = new URL(name, dir);
      if (process.env.UPDATE_GOLDEN) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(golden, out.text(path));
      }
      expect(out.text(path), path).toBe(readFileSync(golden, 'utf8'));
    }
  });

  it('lists products in stock first, then the others, in catalog order', async () => {
    const { out } = await runChannel(llmsChannel, products(), testConfig({ llms: { maxProducts: 3 } }));
    expect(links(out.text('llms.txt'), 'Products').map((l) => l.url)).toEqual([
      'https://alder-and-pine.example/products/ap-summit-down-jacket.md',
      'https://alder-and-pine.example/products/ap-trail-map-guide.md',
      'https://alder-and-pine.example/products/ap-campfire-coffee.md',
    ]);
  });

  it('links to the shop pages and writes no Markdown pages when product pages are off', async () => {
    const { out, summary } = await runChannel(llmsChannel, products(), testConfig({ llms: { productPages: false } }));
    expect([...out.files.keys()].some((p) => p.startsWith('products/'))).toBe(false);
    expect(links(out.text('llms.txt'), 'Products').map((l) => l.url)).toContain('https://alder-and-pine.example/products/tessellate-speaker');
    expect(summary.items).toBe(4);
  });

  it('keeps titles and descriptions from creating structure', async () => {
    const [jacket] = products();
    const hostile: ResolvedProduct = {
      ...jacket!,
      title: '## Sale](https://evil.example) [now\n# Heading',
      description: '# Not a heading\nText\n===\n> not a quote\n- a real list item\n<script>x</script>',
    };
    const { out } = await runChannel(llmsChannel, [hostile]);
    const [link] = links(out.text('llms.txt'), 'Products');
    expect(link!.url).toBe('https://alder-and-pine.example/products/ap-summit-down-jacket.md');
    expect(link!.name).toBe('## Sale&#93;(https://evil.example) &#91;now # Heading');
    const page = out.text('products/ap-summit-down-jacket.md');
    const headings = page.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual(['# ## Sale\\](https://evil.example) \\[now # Heading', '## Description', '## Price and availability', '## Attributes', '## Shipping and returns', '## Links']);
    expect(page).toContain('\\# Not a heading\nText\n\\===\n\\> not a quote\n- a real list item\n\\<script>x\\</script>');
    const fullHeadings = out.text('llms-full.txt').split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(fullHeadings).toEqual(['# Alder & Pine Outfitters: full catalog', '## ## Sale\\](https://evil.example) \\[now # Heading', '### Variants']);
  });

  it('caps a 5,000-product stream within every size limit, and says so', async () => {
    const config = testConfig({ llms: { maxProducts: 50, maxBytes: 4096, fullMaxBytes: 8192 } });
    const { out, diagnostics, summary } = await runChannel(llmsChannel, catalog(5000), config);
    expect(summary.items).toBe(5000);

    const llms = out.text('llms.txt');
    expect(bytes(llms)).toBeLessThanOrEqual(4096);
    const listed = links(llms, 'Products');
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThanOrEqual(50);
    const categories = links(llms, 'Categories');
    expect(categories.length).toBeGreaterThan(0);
    expect(doc(llms).details).toContain(`${listed.length} of the 5,000 products`);
    expect(doc(llms).details).toContain('Every product is in the Google Merchant Center and OpenAI feeds');

    const full = out.text('llms-full.txt');
    expect(bytes(full)).toBeLessThanOrEqual(8192);
    const written = (full.match(/^## (?!Products not in this file)/gm) ?? []).length;
    expect(written).toBeGreaterThan(0);
    expect(full).toMatch(new RegExp(`${(5000 - written).toLocaleString('en-US')} products \\(\\d[\\d,]* variants\\) are not in this file`));

    for (const page of [...out.files.keys()].filter((p) => p.startsWith('categories/'))) {
      expect(bytes(out.text(page)), page).toBeLessThanOrEqual(4096);
      expect(parseLlmsTxt(out.text(page)).ok).toBe(true);
    }
    expect(diagnostics.map((d) => d.ruleId).sort()).toEqual(['llms/llms-full-capped', 'llms/llms-txt-capped']);
    expect(diagnostics.find((d) => d.ruleId === 'llms/llms-full-capped')).toMatchObject({ channel: 'llms', actual: { written, omittedProducts: 5000 - written } });
    expect(diagnostics.find((d) => d.ruleId === 'llms/llms-txt-capped')).toMatchObject({ actual: { products: listed.length, categories: categories.length }, expected: { products: 5000, categories: 7 } });
  });

  it('keeps small, bounded summaries while streaming', () => {
    const summary = new CatalogSummary(10);
    for (const p of catalog(5000)) summary.add(p, `- line ${p.id}`);
    expect(summary.products).toBe(5000);
    expect(summary.keyProductLines()).toHaveLength(10);
    expect(summary.categories.size).toBe(7);
    for (const tally of summary.categories.values()) {
      expect(tally.lines.length).toBeLessThanOrEqual(CATEGORY_PAGE_PRODUCTS);
      expect(tally.subcategories.size).toBe(13);
    }
  });

  it('gives the first 1,000 top-level categories a page, and says the rest have none', async () => {
    const many = catalog(1002).map((p, i) => ({ ...p, productType: [`Category ${i}`] }));
    const { out, diagnostics } = await runChannel(llmsChannel, many, testConfig({ llms: { maxProducts: 1, productPages: false } }));
    expect([...out.files.keys()].filter((p) => p.startsWith('categories/'))).toHaveLength(1000);
    expect(diagnostics.find((d) => d.ruleId === 'llms/categories-capped')).toMatchObject({ channel: 'llms', actual: 2, expected: 1000 });
    expect(doc(out.text('llms.txt')).details).toContain('in 1,000 categories and more');
  });

  it.each([
    ['llms/summary-missing', { shop: { ...TEST_CONFIG_INPUT.shop, description: undefined } }],
    ['llms/summary-cut', { llms: { summary: 'Outdoor goods made to last. '.repeat(200), maxBytes: 3000 } }],
    ['llms/llms-txt-over-limit', { shop: { ...TEST_CONFIG_INPUT.shop, name: 'Alder & Pine '.repeat(120) }, llms: { maxBytes: 1024 } }],
  ])('%s', async (ruleId, overrides) => {
    const config = testConfig(overrides);
    const { out, diagnostics } = await runChannel(llmsChannel, products(), config);
    expect(diagnostics.map((d) => d.ruleId)).toContain(ruleId);
    expect(diagnostics.find((d) => d.ruleId === ruleId)).toMatchObject({ channel: 'llms' });
    expect(parseLlmsTxt(out.text('llms.txt')).ok).toBe(true);
    if (ruleId !== 'llms/llms-txt-over-limit') expect(bytes(out.text('llms.txt'))).toBeLessThanOrEqual(config.llms.maxBytes);
  });
});
