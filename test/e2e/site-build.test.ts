import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG, DEMO_NOW, runCli, tempDir } from '../support/run-cli.js';

/** A small built site, as a static site generator leaves it: pages, assets, a host's _headers. */
function writeSite(root: string, extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    'index.html': '<!doctype html><html><head><title>Alder & Pine</title></head><body>Home</body></html>\n',
    'about/index.html': '<!doctype html><html><head><title>About</title></head><body>About us</body></html>\n',
    'assets/site.css': 'body { font-family: serif; }\n',
    _headers: '/.well-known/ucp\n  Content-Type: application/json\n',
    ...extra,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return files;
}

describe('build --site: the outputs written into a built site, at its root', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  const build = (site: string, ...more: string[]) => runCli(['build', '-c', DEMO_CONFIG, '--site', site, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'report.json'), ...more]);

  it('keeps every file of the site as it was, lists only its own files, and verifies', async () => {
    const site = join(dir.path, 'dist');
    const files = writeSite(site);
    const before = Object.fromEntries(Object.keys(files).map((p) => [p, statSync(join(site, p)).mtimeMs]));
    const first = await build(site);
    expect(first.code, first.stderr).toBe(0);
    // Every file of the site as it was, but the home page, which gets the shop's Organization and WebSite.
    for (const [path, text] of Object.entries(files)) {
      if (path === 'index.html') continue;
      expect(readFileSync(join(site, path), 'utf8'), path).toBe(text);
      expect(statSync(join(site, path)).mtimeMs, path).toBe(before[path]);
    }
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home.replace(/<script type="application\/ld\+json" data-agentshelf>[\s\S]*?<\/script>/, '')).toBe(files['index.html']);
    expect(home.match(/data-agentshelf>/g)).toHaveLength(1);
    expect(readFileSync(join(site, '.well-known/ucp'), 'utf8')).toContain('"2026-08-25"');
    const manifest = JSON.parse(readFileSync(join(site, 'agentshelf.json'), 'utf8'));
    expect([...manifest.notOurs].sort()).toEqual(Object.keys(files).sort());
    const list = readFileSync(join(site, 'agentshelf-files.tsv'), 'utf8');
    for (const path of Object.keys(files)) expect(list).not.toContain(`\t${path}\n`);
    expect((await runCli(['verify', '-o', site, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'verify.json')])).code).toBe(0);
    // Again, as the next cron run: the site's files still as they were, the outputs unchanged.
    const second = await build(site);
    expect(second.code, second.stderr).toBe(0);
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(site, path), 'utf8'), path).toBe(path === 'index.html' ? home : text);
  });

  it('refuses to overwrite a file of the site, names it, and publishes nothing', async () => {
    const site = join(dir.path, 'with-robots');
    const files = writeSite(site, { 'robots.txt': 'User-agent: *\nDisallow: /admin\n' });
    const refused = await build(site);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/has files of its own where agentshelf writes: robots\.txt/);
    expect(refused.stderr).toMatch(/robots\.mergeWith/);
    for (const [path, text] of Object.entries(files)) expect(readFileSync(join(site, path), 'utf8'), path).toBe(text);
    expect(() => statSync(join(site, 'agentshelf.json'))).toThrow();
    // Leaving the robots channel out resolves it.
    const channels = 'jsonld,google,microsoft,meta,openai,acp,ucp,openapi,llms,catalog-index';
    const built = await build(site, '--channels', channels);
    expect(built.code, built.stderr).toBe(0);
    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toBe(files['robots.txt']);
  });

  it('creates a site folder that does not exist yet', async () => {
    const site = join(dir.path, 'not-built-yet');
    const result = await build(site);
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(join(site, 'agentshelf.json')).isFile()).toBe(true);
    expect((await runCli(['verify', '-o', site, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'v.json')])).code).toBe(0);
  });

  it('is refused without --site for a folder agentshelf did not write', async () => {
    const site = join(dir.path, 'plain');
    writeSite(site);
    const refused = await runCli(['build', '-c', DEMO_CONFIG, '-o', site, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'r.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/was not written by agentshelf/);
  });

  it('puts each product page\'s JSON-LD into it in the same step, and a second build changes no page', async () => {
    const site = join(dir.path, 'with-pages');
    writeSite(site, { 'products/summit-down-jacket/index.html': '<!doctype html>\r\n<html><head><title>Summit</title></head><body>Jacket</body></html>\r\n' });
    const built = await runCli(['build', '-c', DEMO_CONFIG, '--site', site, '--now', DEMO_NOW, '--report', join(dir.path, 'r3.json')]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toMatch(/agentshelf inject.*: \d+ pages · 2 injected/);
    const page = readFileSync(join(site, 'products/summit-down-jacket/index.html'), 'utf8');
    const blocks = [...page.matchAll(/<script type="application\/ld\+json" data-agentshelf>([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(JSON.parse(blocks[0]![1]!)).toEqual(JSON.parse(readFileSync(join(site, 'jsonld/ap-summit-down-jacket.jsonld'), 'utf8')));
    expect(page.startsWith('<!doctype html>\r\n<html><head><title>Summit</title>')).toBe(true);
    const mtime = statSync(join(site, 'products/summit-down-jacket/index.html')).mtimeMs;
    const again = await build(site);
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(site, 'products/summit-down-jacket/index.html'), 'utf8')).toBe(page);
    expect(statSync(join(site, 'products/summit-down-jacket/index.html')).mtimeMs).toBe(mtime);
  });
});
