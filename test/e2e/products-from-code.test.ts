import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCatalog,
  buildProductDocument,
  loadConfigFile,
  productFileName,
  readCatalog,
  renderOutputs,
  serializeJsonLd,
  validateCatalog,
  type InputSpec,
  type Product,
} from '../../src/index.js';
import { DEMO_CONFIG, DEMO_NOW, ROOT, tempDir, treeDigest } from '../support/run-cli.js';

// Static-site integrations hold their products in memory: building from them must give what the file gives.
describe('building from products held in code', () => {
  let dir: { path: string; remove(): Promise<void> };
  const products = (JSON.parse(readFileSync(join(ROOT, 'examples/demo-shop/catalog.json'), 'utf8')) as { products: Product[] }).products;

  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  const build = async (name: string, inputs?: InputSpec[]) => {
    const { config } = await loadConfigFile(DEMO_CONFIG);
    const out = join(dir.path, name);
    const result = await buildCatalog({ config, out, now: new Date(DEMO_NOW), ...(inputs ? { inputs } : {}) });
    await result.dispose();
    expect(result.ok, JSON.stringify(result.failure)).toBe(true);
    return treeDigest(out);
  };

  it('from an array and from an async generator, with outputs byte-identical to the file build', async () => {
    const fromFile = await build('file');
    const fromArray = await build('array', [{ products }]);
    async function* generate() {
      for (const product of products) {
        await new Promise((resolve) => setImmediate(resolve));
        yield product;
      }
    }
    const fromGenerator = await build('generator', [{ products: generate(), name: 'cms' }]);
    expect(fromArray).toEqual(fromFile);
    expect(fromGenerator).toEqual(fromFile);
  });

  it('names a bad product by the input\'s name and its position', async () => {
    const { config } = await loadConfigFile(DEMO_CONFIG);
    const result = await validateCatalog({ config, now: new Date(DEMO_NOW), inputs: [{ products: [products[0]!, { id: 'broken', title: 'No variants' } as unknown as Product], name: 'astro:products' }] });
    const found = [];
    for await (const d of result.diagnostics()) if (d.productId === 'broken' && d.severity === 'error') found.push(d);
    await result.dispose();
    expect(found[0]).toMatchObject({ ruleId: 'schema/required', origin: { file: 'astro:products', line: 2 } });
  });

  it('renders every output in memory with the bytes the build publishes', async () => {
    const { config } = await loadConfigFile(DEMO_CONFIG);
    const out = join(dir.path, 'rendered-reference');
    const built = await buildCatalog({ config, out, now: new Date(DEMO_NOW) });
    await built.dispose();
    const rendered = await renderOutputs({ config, now: new Date(DEMO_NOW), inputs: [{ products }] });
    await rendered.dispose();
    expect(rendered.ok).toBe(true);
    const publishedFiles = [...(await treeDigest(out)).keys()].filter((path) => !PUBLISH_FILES.has(path));
    expect([...rendered.files.keys()].sort()).toEqual(publishedFiles.sort());
    for (const [path, file] of rendered.files) {
      const bytes = readFileSync(join(out, path));
      expect(file.gzip ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8'), path).toBe(file.text);
      expect(file.gzip, path).toBe(path.endsWith('.gz'));
    }
    // The same findings: their examples differ only in the origin they name (the array, not the file).
    const tally = (summary: typeof built.summary) => ({ products: summary.products, variants: summary.variants, diagnostics: summary.diagnostics, rules: summary.rules.map((r) => [r.ruleId, r.count]) });
    expect(tally(rendered.summary)).toEqual(tally(built.summary));
    expect(rendered.summary.channels).toEqual(built.summary.channels);
  });

  it('streams resolved products, and gives each page the JSON-LD the build writes, policies taken from the config', async () => {
    const { config } = await loadConfigFile(DEMO_CONFIG);
    const out = join(dir.path, 'jsonld-reference');
    const built = await buildCatalog({ config, out, now: new Date(DEMO_NOW), channels: ['jsonld'] });
    await built.dispose();
    let seen = 0;
    for await (const entry of readCatalog({ config, now: new Date(DEMO_NOW), inputs: [{ products }] })) {
      if (!entry.product) continue;
      const document = serializeJsonLd(buildProductDocument(entry.product, config));
      expect(document, entry.product.id).toBe(readFileSync(join(out, 'jsonld', `${productFileName(entry.product.id)}.jsonld`), 'utf8'));
      seen++;
    }
    expect(seen).toBe(built.summary.products.published);
  });

  it('closes its inputs when the reader stops early', async () => {
    const { config } = await loadConfigFile(DEMO_CONFIG);
    let pulled = 0;
    function* counted() {
      for (const product of products) {
        pulled++;
        yield product;
      }
    }
    for await (const entry of readCatalog({ config, inputs: [{ products: counted() }] })) {
      expect(entry.product?.id).toBe(products[0]!.id);
      break;
    }
    expect(pulled).toBe(1);
  });
});

// What the publish step adds to a folder besides the channels' outputs.
const PUBLISH_FILES = new Set(['agentshelf.json', 'agentshelf-files.tsv']);

