import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog, loadConfigFile, validateCatalog, type InputSpec } from '../../src/index.js';
import { DEMO_CONFIG, DEMO_NOW, ROOT, tempDir, treeDigest } from '../support/run-cli.js';

// Static-site integrations hold their products in memory: building from them must give what the file gives.
describe('building from products held in code', () => {
  let dir: { path: string; remove(): Promise<void> };
  const products = (JSON.parse(readFileSync(join(ROOT, 'examples/demo-shop/catalog.json'), 'utf8')) as { products: unknown[] }).products;

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
    const result = await validateCatalog({ config, now: new Date(DEMO_NOW), inputs: [{ products: [products[0], { id: 'broken', title: 'No variants' }], name: 'astro:products' }] });
    const found = [];
    for await (const d of result.diagnostics()) if (d.productId === 'broken' && d.severity === 'error') found.push(d);
    await result.dispose();
    expect(found[0]).toMatchObject({ ruleId: 'schema/required', origin: { file: 'astro:products', line: 2 } });
  });
});
