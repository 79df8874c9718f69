import { resolveDemoProducts } from '../support/demo-products.js';
// Holds the llms.txt agentshelf writes for the demo shops against the llms.txt format (https://llmstxt.org), read
// by a strict grammar (support/llms-txt-grammar.ts), and tests that grammar on files it must reject. It needs no
// shared data, so it always runs.
import { beforeAll, describe, expect, it } from 'vitest';
import { llmsChannel } from '../../src/channels/llms/index.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import type { ResolvedProduct } from '../../src/model/resolved.js';
import { runChannel } from '../../src/test-support/catalog-fixtures.js';
import type { MemoryWriter } from '../../src/channels/memory-writer.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG } from '../support/run-cli.js';
import { parseLlmsTxt, type LlmsTxtDocument } from './support/llms-txt-grammar.js';

async function demo(path: string, overrides: (config: ResolvedConfig) => ResolvedConfig = (c) => c) {
  const { config: loaded, products } = await resolveDemoProducts(path);
  const config = overrides(loaded);
  const run = await runChannel(llmsChannel, products, config);
  return { config, products, ...run };
}

function parsed(text: string): LlmsTxtDocument {
  const result = parseLlmsTxt(text);
  if (!result.ok) throw new Error(`not llms.txt: ${JSON.stringify(result.errors)}\n${text}`);
  return result.document;
}

/** The output path a link on the shop points at, when it is one of the channel's own files. */
function outputPath(config: ResolvedConfig, url: string): string | undefined {
  const base = new URL(config.shop.url);
  const target = new URL(url);
  return target.origin === base.origin && target.pathname.startsWith(base.pathname) ? decodeURI(target.pathname.slice(base.pathname.length)) : undefined;
}

describe('llms.txt of the demo shops', () => {
  const shops: Array<{ name: string; config: ResolvedConfig; products: ResolvedProduct[]; out: MemoryWriter }> = [];
  beforeAll(async () => {
    for (const [name, path] of [['us', DEMO_CONFIG], ['jp', DEMO_JP_CONFIG]] as const) shops.push({ name, ...(await demo(path)) });
  });

  it('follows the llms.txt format, with the shop name as H1 and a summary', () => {
    for (const { config, out } of shops) {
      const doc = parsed(out.text('llms.txt'));
      expect(doc.title).toBe(config.shop.name);
      expect(doc.summary).toBeTruthy();
      expect(doc.sections.map((s) => s.name)).toEqual(expect.arrayContaining(['Categories', 'Products', 'Feeds', 'Policies', 'Agent API', 'Optional']));
      expect(doc.sections.at(-1)!.name).toBe('Optional');
    }
  });

  it('links only absolute https URLs, and every link to its own files points at a file it wrote', () => {
    for (const { config, out } of shops) {
      const doc = parsed(out.text('llms.txt'));
      const own = ['Categories', 'Products', 'Optional'];
      for (const section of doc.sections) {
        for (const link of section.links) {
          expect(new URL(link.url).protocol, link.url).toBe('https:');
          if (own.includes(section.name)) expect(out.files.has(outputPath(config, link.url)!), link.url).toBe(true);
        }
      }
    }
  });

  it('lists every demo product, and writes a page for each', () => {
    for (const { out, products } of shops) {
      const doc = parsed(out.text('llms.txt'));
      expect(doc.sections.find((s) => s.name === 'Products')!.links).toHaveLength(products.length);
      expect([...out.files.keys()].filter((p) => p.startsWith('products/'))).toHaveLength(products.length);
    }
  });

  it('writes category pages that follow the llms.txt format too', () => {
    for (const { out } of shops) {
      const pages = [...out.files.keys()].filter((p) => p.startsWith('categories/'));
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages) expect(parsed(out.text(page)).sections.map((s) => s.name)).toEqual(['Products', 'Optional']);
    }
  });

  it('stays in the format and within its cap when the caps are tiny', async () => {
    const { out, config } = await demo(DEMO_CONFIG, (c) => ({ ...c, llms: { ...c.llms, maxProducts: 5, maxBytes: 4608 } }));
    const text = out.text('llms.txt');
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(config.llms.maxBytes);
    const doc = parsed(text);
    expect(doc.sections.find((s) => s.name === 'Products')!.links).toHaveLength(5);
    expect(doc.details).toMatch(/5 of the 49 products/);
  });
});

describe('the llms.txt grammar', () => {
  it.each([
    ['the mock example of the proposal', '# Title\n\n> Optional description goes here\n\nOptional details go here\n\n## Section name\n\n- [Link title](https://link_url): Optional link details\n\n## Optional\n\n- [Link title](https://link_url)\n'],
    ['only an H1', '# Title\n'],
    ['a byte order mark and CRLF line endings', '\uFEFF# Title\r\n\r\n> Summary\r\n\r\n## Docs\r\n\r\n- [A](https://a.example/)\r\n'],
    ['details with lists, a rule and a fenced block holding a "#"', '# T\n\n> S\n\nNotes:\n\n- one\n- two\n\n---\n\n```\n# not a heading\n```\n\n## Docs\n- [A](https://a.example/a.md): notes: with a colon\n'],
    ['escaped text in names', '# A &amp; B\n\n## Products\n\n- [Jacket &#91;2024&#93; \\*new\\*](https://a.example/p.md): 10.00 USD; in stock\n'],
  ])('accepts %s', (_, text) => {
    expect(parseLlmsTxt(text).ok).toBe(true);
  });

  it('reads the parts', () => {
    const result = parseLlmsTxt('# Title\n\n> Summary\n\nDetails.\n\n## Docs\n\n- [A](https://a.example/a): first\n- [B](https://a.example/b)\n\n## Optional\n\n- [C](https://a.example/c)\n');
    expect(result).toEqual({
      ok: true,
      document: {
        title: 'Title',
        summary: 'Summary',
        details: 'Details.',
        sections: [
          { name: 'Docs', line: 7, links: [{ name: 'A', url: 'https://a.example/a', notes: 'first', line: 9 }, { name: 'B', url: 'https://a.example/b', line: 10 }] },
          { name: 'Optional', line: 12, links: [{ name: 'C', url: 'https://a.example/c', line: 14 }] },
        ],
      },
    });
  });

  it.each([
    ['an empty file', '', 1],
    ['no H1', '> Summary\n', 1],
    ['an H2 first', '## Docs\n- [A](https://a.example/)\n', 1],
    ['an empty H1', '#\n', 1],
    ['a heading in the details', '# T\n\nText\n\n### Sub\n', 5],
    ['a second H1', '# T\n\n# Again\n', 3],
    ['a setext heading in the details', '# T\n\nText\n===\n', 4],
    ['prose in a section', '# T\n\n## Docs\n\nSome prose.\n', 5],
    ['a list item without a link', '# T\n\n## Docs\n\n- plain item\n', 5],
    ['text after the link', '# T\n\n## Docs\n\n- [A](https://a.example/) and more\n', 5],
    ['a "]" inside the name', '# T\n\n## Docs\n\n- [A \\] B](https://a.example/)\n', 5],
    ['a space in the URL', '# T\n\n## Docs\n\n- [A](https://a.example/a b)\n', 5],
    ['another bullet character', '# T\n\n## Docs\n\n* [A](https://a.example/)\n', 5],
    ['an H3 inside a section', '# T\n\n## Docs\n\n- [A](https://a.example/)\n\n### More\n', 7],
    ['a section without links', '# T\n\n## Docs\n\n## Optional\n\n- [A](https://a.example/)\n', 3],
    ['an unclosed fence in the details', '# T\n\n```\n# code\n', 4],
  ])('rejects %s', (_, text, line) => {
    const result = parseLlmsTxt(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.line)).toContain(line);
  });
});
