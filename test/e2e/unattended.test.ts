import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load-config.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import { buildCatalog } from '../../src/pipeline/build.js';
import type { BuildOptions } from '../../src/pipeline/options.js';
import type { RunResult } from '../../src/pipeline/run-result.js';
import { validateCatalog } from '../../src/pipeline/validate.js';
import { verifyOutputs } from '../../src/pipeline/verify.js';
import { BIN, DEMO_CONFIG, DEMO_NOW, ROOT, runCli, tempDir, treeDigest } from '../support/run-cli.js';

interface DemoProduct {
  id: string;
  variants: Array<{ id: string; price: string; availability?: string }>;
  [key: string]: unknown;
}

const DEMO_PRODUCTS = (JSON.parse(readFileSync(join(ROOT, 'examples/demo-shop/catalog.json'), 'utf8')) as { products: DemoProduct[] }).products;

/** Every file under a folder with its inode and modification time: equal maps mean no file was touched. */
function fileIdentities(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(d, entry.name), path);
      else {
        const s = statSync(join(d, entry.name));
        out.set(path, `${s.ino}:${s.mtimeMs}`);
      }
    }
  };
  walk(dir, '');
  return out;
}

describe('running unattended', () => {
  let dir: { path: string; remove(): Promise<void> };
  let config: ResolvedConfig;
  const at = (name: string) => join(dir.path, name);

  /** A catalog file made from the demo's products, changed as given. */
  function catalog(name: string, products: DemoProduct[]): string {
    const path = at(name);
    writeFileSync(path, JSON.stringify({ products }));
    return path;
  }

  async function build(out: string, options: Partial<BuildOptions> = {}): Promise<RunResult> {
    const result = await buildCatalog({ config, out, threads: 1, now: new Date(DEMO_NOW), ...options });
    await result.dispose();
    return result;
  }

  beforeAll(async () => {
    dir = await tempDir();
    config = (await loadConfigFile(DEMO_CONFIG)).config;
  });
  afterAll(() => dir.remove());

  describe('the publish gate', () => {
    it('refuses a run that would publish half the variants, keeps the outputs byte for byte, and --force passes it', async () => {
      const out = at('gate');
      expect((await build(out)).ok).toBe(true);
      const before = await treeDigest(out);
      const half = catalog('half.json', DEMO_PRODUCTS.slice(0, Math.floor(DEMO_PRODUCTS.length / 2)));
      const refused = await build(out, { inputs: [{ path: half }] });
      expect(refused).toMatchObject({ ok: false, published: false, failure: { code: 'E_PUBLISH_REFUSED', message: expect.stringContaining('publish.maxVariantDrop') } });
      expect(refused.summary.changes?.variants).toMatchObject({ removed: expect.any(Number), added: 0 });
      expect(refused.summary.changes!.variants!.removed).toBeGreaterThan(0.2 * refused.summary.changes!.variants!.before);
      expect(await treeDigest(out)).toEqual(before);
      // The CLI says so with its own exit code, for cron and CI.
      const cli = await runCli(['build', '-c', DEMO_CONFIG, '-i', half, '-o', out, '--now', DEMO_NOW, '--report', at('gate.json')]);
      expect(cli.code, cli.stderr).toBe(3);
      expect(cli.stderr).toContain('refused');
      const forced = await build(out, { inputs: [{ path: half }], force: true });
      expect(forced.ok).toBe(true);
      expect(JSON.parse(readFileSync(join(out, 'agentshelf.json'), 'utf8')).products).toBe(Math.floor(DEMO_PRODUCTS.length / 2));
    });

    it('refuses a run where most products became invalid, and validate fails the same way', async () => {
      const out = at('invalid');
      expect((await build(out)).ok).toBe(true);
      // A broken price on 40 % of the products: each is left out as invalid.
      const broken = DEMO_PRODUCTS.map((p, i) => (i % 5 < 2 ? { ...p, variants: p.variants.map((v) => ({ ...v, price: 'call us' })) } : p));
      const input = catalog('broken.json', broken);
      const refused = await build(out, { inputs: [{ path: input }], config: { ...config, publish: { maxVariantDrop: 1, maxInvalidShare: 0.2 } } });
      expect(refused.failure).toMatchObject({ code: 'E_PUBLISH_REFUSED', message: expect.stringContaining('left out as invalid') });
      expect(refused.summary.changes?.newlyInvalid).toBeGreaterThan(15);
      const validated = await validateCatalog({ config: { ...config, publish: { maxVariantDrop: 1, maxInvalidShare: 0.2 } }, out, inputs: [{ path: input }], threads: 1, now: new Date(DEMO_NOW) });
      await validated.dispose();
      expect(validated.failure?.code).toBe('E_PUBLISH_REFUSED');
    });

    it('reports what changed: prices, availability, added and removed variants', async () => {
      const out = at('changes');
      expect((await build(out)).ok).toBe(true);
      const [first, second, ...rest] = DEMO_PRODUCTS;
      const changed = [
        { ...first!, variants: first!.variants.map((v, i) => (i === 0 ? { ...v, price: '1.00' } : v)) },
        { ...second!, variants: second!.variants.map((v) => ({ ...v, availability: 'out_of_stock', stockQuantity: undefined })) },
        ...rest.slice(1),
        { ...first!, id: 'brand-new', variants: [{ ...first!.variants[0]!, id: 'BRAND-NEW-1' }] },
      ];
      const result = await build(out, { inputs: [{ path: catalog('changed.json', changed) }] });
      expect(result.ok, result.failure?.message).toBe(true);
      const changes = result.summary.changes!;
      expect(changes.variants).toMatchObject({ added: 1, priceChanged: 1, availabilityChanged: expect.any(Number) });
      expect(changes.variants!.availabilityChanged).toBeGreaterThan(0);
      expect(changes.variants!.removed).toBe(rest[0]!.variants.length);
      expect(changes.examples.added).toEqual(['BRAND-NEW-1']);
      expect(changes.examples.priceChanged[0]).toMatchObject({ variantId: first!.variants[0]!.id, after: 100 });
      expect(changes.examples.removed).toEqual(expect.arrayContaining(rest[0]!.variants.map((v) => v.id)));
    });
  });

  describe('files', () => {
    it('an identical rebuild touches no file: same content, same inode, same mtime', async () => {
      const out = at('same');
      expect((await build(out)).ok).toBe(true);
      const before = fileIdentities(out);
      const again = await build(out);
      expect(again.ok).toBe(true);
      expect(fileIdentities(out)).toEqual(before);
      expect(again.summary.changes?.files).toMatchObject({ written: 0, removed: 0 });
      expect(again.summary.changes!.files!.unchanged).toBe(before.size);
    });

    it('a run of some channels updates only their outputs and keeps the others, and the manifest stays true', async () => {
      const out = at('subset');
      expect((await build(out)).ok).toBe(true);
      const before = fileIdentities(out);
      const result = await build(out, { channels: ['google', 'llms'], config: { ...config, feeds: { ...config.feeds, google: { title: 'Alder & Pine, refreshed' } } } });
      expect(result.ok, result.failure?.message).toBe(true);
      const after = fileIdentities(out);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      const changed = [...after].filter(([path, id]) => before.get(path) !== id).map(([path]) => path).sort();
      expect(changed).toEqual(['agentshelf-files.tsv', 'agentshelf.json', 'feeds/google/products-CA.xml', 'feeds/google/products.xml']);
      const manifest = JSON.parse(readFileSync(join(out, 'agentshelf.json'), 'utf8')) as { channels: Array<{ id: string }> };
      expect(manifest.channels.map((c) => c.id).sort()).toEqual(['acp', 'catalog-index', 'google', 'jsonld', 'llms', 'meta', 'microsoft', 'openai', 'openapi', 'robots', 'ucp']);
      const verified = await verifyOutputs({ out, now: new Date(DEMO_NOW) });
      await verified.dispose();
      expect(verified.ok, verified.failure?.message).toBe(true);
    });

    it('keeps a file agentshelf did not write (a _headers file), names it in the manifest, and verify leaves it alone', async () => {
      const out = at('headers');
      expect((await build(out)).ok).toBe(true);
      writeFileSync(join(out, '_headers'), '/*\n  Cache-Control: max-age=300\n');
      const result = await build(out);
      expect(result.summary.changes?.files?.notOurs).toBe(1);
      expect(readFileSync(join(out, '_headers'), 'utf8')).toContain('Cache-Control');
      expect(JSON.parse(readFileSync(join(out, 'agentshelf.json'), 'utf8')).notOurs).toEqual(['_headers']);
      const verified = await verifyOutputs({ out, now: new Date(DEMO_NOW) });
      await verified.dispose();
      expect(verified.ok, verified.failure?.message).toBe(true);
    });

    it("drops a product's files when it leaves the catalog, and says how many", async () => {
      const out = at('gone');
      expect((await build(out)).ok).toBe(true);
      const gone = DEMO_PRODUCTS[3]!;
      const result = await build(out, { inputs: [{ path: catalog('gone.json', DEMO_PRODUCTS.filter((p) => p !== gone)) }] });
      expect(result.ok).toBe(true);
      expect(existsSync(join(out, `jsonld/${gone.id}.jsonld`))).toBe(false);
      expect(result.summary.changes?.files?.removed).toBe(2);
    });
  });

  describe('verify', () => {
    it.each<[string, (out: string) => void, string, string]>([
      ['an edited brand in a page document', (out) => writeFileSync(join(out, 'jsonld/ap-summit-down-jacket.jsonld'), readFileSync(join(out, 'jsonld/ap-summit-down-jacket.jsonld'), 'utf8').replace('"Alder \\u0026 Pine"', '"Alder and Pine"')), 'manifest/file-changed', '/jsonld/ap-summit-down-jacket.jsonld'],
      ['text appended to llms.txt', (out) => writeFileSync(join(out, 'llms.txt'), `${readFileSync(join(out, 'llms.txt'), 'utf8')}\nBuy now!\n`), 'manifest/file-changed', '/llms.txt'],
      ['a deleted product page', (out) => writeFileSync(join(out, 'products/ap-summit-down-jacket.md'), '') , 'manifest/file-changed', '/products/ap-summit-down-jacket.md'],
      ['a file added after publishing', (out) => writeFileSync(join(out, 'jsonld/extra.jsonld'), '{}'), 'manifest/file-unlisted', '/jsonld/extra.jsonld'],
    ])('names %s', async (_, tamper, ruleId, pointer) => {
      const out = at(`verify-${ruleId}-${pointer.replace(/\W/g, '')}`);
      expect((await build(out)).ok).toBe(true);
      tamper(out);
      const result = await verifyOutputs({ out, now: new Date(DEMO_NOW) });
      const found = [];
      for await (const d of result.diagnostics()) found.push(d);
      await result.dispose();
      expect(result.ok).toBe(false);
      expect(found).toContainEqual(expect.objectContaining({ ruleId, pointer }));
    });

    it('names a missing file', async () => {
      const out = at('verify-missing');
      expect((await build(out)).ok).toBe(true);
      const { rmSync } = await import('node:fs');
      rmSync(join(out, 'products/ap-summit-down-jacket.md'));
      const result = await verifyOutputs({ out, now: new Date(DEMO_NOW) });
      const found = [];
      for await (const d of result.diagnostics()) found.push(d);
      await result.dispose();
      expect(found).toContainEqual(expect.objectContaining({ ruleId: 'manifest/file-missing', pointer: '/products/ap-summit-down-jacket.md' }));
    });

    it('says when there is no manifest to check against', async () => {
      const out = at('verify-none');
      expect((await build(out)).ok).toBe(true);
      const { rmSync } = await import('node:fs');
      rmSync(join(out, 'agentshelf.json'));
      const result = await verifyOutputs({ out, now: new Date(DEMO_NOW) });
      const found = [];
      for await (const d of result.diagnostics()) found.push(d);
      await result.dispose();
      expect(found.map((d) => d.ruleId)).toContain('manifest/missing');
    });
  });

  describe('one run at a time', () => {
    it('serializes two builds of one process on one folder, or refuses the second', async () => {
      const out = at('two-in-process');
      const results = await Promise.allSettled([build(out), build(out)]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({ code: 'E_OUT_LOCKED' });
      const waited = await Promise.all([build(out, { waitMs: 60_000 }), build(out, { waitMs: 60_000 })]);
      expect(waited.map((r) => r.ok)).toEqual([true, true]);
    });

    it('serializes two processes with --wait, and refuses the second without it', async () => {
      const out = at('two-processes');
      const args = (name: string, wait: boolean) => ['build', '-c', DEMO_CONFIG, '-o', out, '--now', DEMO_NOW, '-q', '--report', at(name), ...(wait ? ['--wait', '60'] : [])];
      const waited = await Promise.all([runCli(args('w1.json', true)), runCli(args('w2.json', true))]);
      expect(waited.map((r) => r.code)).toEqual([0, 0]);
      const raced = await Promise.all([runCli(args('r1.json', false)), runCli(args('r2.json', false))]);
      // Either both ran one after the other by chance, or one was refused with a clear message.
      for (const r of raced) if (r.code !== 0) expect(r.stderr).toContain('E_OUT_LOCKED');
    });
  });

  describe('interruption', () => {
    /** A catalog big enough that a build is still running when it is stopped. */
    function largeCatalog(): string {
      const path = at('large.ndjson');
      if (existsSync(path)) return path;
      const lines = [];
      for (let i = 0; i < 20_000; i++) {
        lines.push(JSON.stringify({ id: `bulk-${i}`, title: `Bulk Trail Item ${i}`, description: `Item ${i} for the trail.`, url: `https://alder-and-pine.example/products/bulk-${i}`, images: [`https://alder-and-pine.example/images/bulk-${i}.jpg`], brand: 'Alder & Pine', variants: [{ id: `BULK-${i}`, price: '10.00', availability: 'in_stock', mpn: `B-${i}` }] }));
      }
      writeFileSync(path, `${lines.join('\n')}\n`);
      return path;
    }

    async function startedStaging(parent: string, name: string): Promise<void> {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const staging = readdirSync(parent).find((n) => n.startsWith(`.${name}.staging-`) && !n.endsWith('.files'));
        if (staging && existsSync(join(parent, staging, 'jsonld'))) return;
        if (Date.now() > deadline) throw new Error('the build never started writing');
        await new Promise((r) => setTimeout(r, 20));
      }
    }

    it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s stops a build, removes its staging folder and lock, and exits %i', async (signal, code) => {
      const out = at(`stopped-${signal}`);
      expect((await build(out)).ok).toBe(true);
      const before = await treeDigest(out);
      const cache = join(dir.path, `.stopped-${signal}.cache`);
      const cacheBefore = await treeDigest(cache);
      const child = spawn(process.execPath, [BIN, 'build', '-c', DEMO_CONFIG, '-i', largeCatalog(), '-o', out, '--force', '--report', at(`${signal}.json`)], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      await startedStaging(dir.path, `stopped-${signal}`);
      child.kill(signal);
      const [exit] = await once(child, 'close');
      expect(exit, stderr).toBe(code);
      expect(stderr).toContain(`stopped by ${signal}`);
      expect(readdirSync(dir.path).filter((n) => n.startsWith(`.stopped-${signal}.`) && !n.endsWith('.state.json') && !n.endsWith('.cache'))).toEqual([]);
      expect(await treeDigest(out)).toEqual(before);
      // The render cache is the last published run's, untouched.
      expect(await treeDigest(cache)).toEqual(cacheBefore);
    });
  });
});
