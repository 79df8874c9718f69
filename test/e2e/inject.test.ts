import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanPage } from '../../src/publish/inject/scan-page.js';
import { DEMO_CONFIG, DEMO_NOW, runCli, tempDir, treeDigest } from '../support/run-cli.js';

/** A small static site whose product pages sit at the demo products' URL paths, as files or folder indexes. */
describe('agentshelf inject into a static site', () => {
  let dir: { path: string; remove(): Promise<void> };
  let out: string;
  let site: string;
  const products = new Map<string, { page: string; json: string }>();
  const others = ['about.html', 'styles/site.css', 'blog/index.html'];

  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  };
  const mtimes = () => new Map(readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).mtimeMs]));

  beforeAll(async () => {
    dir = await tempDir();
    out = join(dir.path, 'out');
    site = join(dir.path, 'site');
    const build = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--report', join(dir.path, 'r.json'), '--now', DEMO_NOW, '-q']);
    expect(build.code, build.stderr).toBe(0);
    const files = readdirSync(join(out, 'jsonld')).filter((f) => f !== 'site.jsonld');
    for (const [i, file] of files.entries()) {
      const text = readFileSync(join(out, 'jsonld', file), 'utf8');
      const path = new URL((JSON.parse(text) as { url: string }).url).pathname.slice(1);
      const page = i % 2 === 0 ? `${path}.html` : `${path}/index.html`;
      const eol = i % 3 === 0 ? '\r\n' : '\n';
      write(page, ['<!doctype html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', `<title>${file}</title>`, '</head>', '<body><h1>A product</h1></body>', '</html>', ''].join(eol));
      products.set(file, { page, json: text });
    }
    write('index.html', '<!doctype html><html><head><meta charset="utf-8"><title>Alder &amp; Pine</title></head><body>Home</body></html>');
    write('about.html', '<!doctype html><html><head><meta charset="utf-8"><title>About</title></head><body>About us</body></html>');
    write('styles/site.css', 'body { font: 16px/1.4 serif; }\n');
    write('blog/index.html', '<html><body><p>Trail notes</p></body></html>\r\n');
  });
  afterAll(() => dir?.remove());

  it('gives every product page exactly one block equal to its published file, and leaves the rest byte-identical', async () => {
    const before = new Map(others.map((p) => [p, readFileSync(join(site, p))]));
    const result = await runCli(['inject', '--site', site, '--outputs', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`${products.size + 3} pages · ${products.size + 1} injected · 0 replaced · 0 unchanged · 2 unmatched`));
    expect(products.size).toBeGreaterThan(40);
    for (const [file, { page, json }] of products) {
      const scan = scanPage(readFileSync(join(site, page), 'latin1'));
      expect(scan.ours, page).toHaveLength(1);
      expect(Buffer.from(scan.ours[0]!.content, 'latin1').toString('utf8'), file).toBe(json.replace(/\n$/, ''));
    }
    const home = scanPage(readFileSync(join(site, 'index.html'), 'latin1')).ours;
    expect(home.map((b) => Buffer.from(b.content, 'latin1').toString('utf8'))).toEqual([readFileSync(join(out, 'jsonld/site.jsonld'), 'utf8').replace(/\n$/, '')]);
    for (const [path, bytes] of before) expect(readFileSync(join(site, path)).equals(bytes), path).toBe(true);
  });

  it('changes no byte and rewrites no file the second time', async () => {
    const digest = await treeDigest(site);
    const times = mtimes();
    const result = await runCli(['inject', '--site', site, '--outputs', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(new RegExp(`0 injected · 0 replaced · ${products.size + 1} unchanged`));
    expect(await treeDigest(site)).toEqual(digest);
    expect(mtimes()).toEqual(times);
  });

  it('says nothing with --quiet, and exits 1 for a site that is not there', async () => {
    expect(await runCli(['inject', '--site', site, '--outputs', out, '-q'])).toMatchObject({ code: 0, stderr: '' });
    const missing = await runCli(['inject', '--site', join(dir.path, 'nowhere'), '--outputs', out]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/E_INPUT_NOT_FOUND/);
  });
});
