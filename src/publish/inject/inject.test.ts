import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { injectJsonLd } from './inject.js';
import { scanPage } from './scan-page.js';

const doc = (value: Record<string, unknown>) => `${JSON.stringify({ '@context': 'https://schema.org', ...value })}\n`;

/** The published outputs, in site/agentshelf/ (a build into a subfolder of the site). */
const OUTPUTS: Record<string, string> = {
  'agentshelf.json': JSON.stringify({ channels: [{ id: 'jsonld', outputs: ['jsonld/site.jsonld', 'jsonld/*.jsonld'] }], files: [{ path: 'jsonld/site.jsonld' }] }),
  'jsonld/site.jsonld': doc({ '@graph': [{ '@type': 'WebSite', url: 'https://shop.example/' }] }),
  'jsonld/mug.jsonld': doc({ '@type': 'Product', name: 'Mug \\u003c3', url: 'https://shop.example/p/mug/' }),
  'jsonld/pot.jsonld': doc({ '@type': 'ProductGroup', productGroupID: 'pot', name: 'Caf\u00e9 pot', url: 'https://shop.example/p/pot' }),
  'jsonld/tee.jsonld': doc({ '@type': 'Product', name: 'Tee', url: 'https://shop.example/p/tee' }),
  'jsonld/dup-a.jsonld': doc({ '@type': 'Product', name: 'A', url: 'https://shop.example/p/dup' }),
  'jsonld/dup-b.jsonld': doc({ '@type': 'Product', name: 'B', url: 'https://shop.example/p/dup' }),
  'jsonld/bad.jsonld': '{"@type":"Product","name":"</script>","url":"https://shop.example/p/bad"}\n',
  'index.html': '<p>not a page of the site: agentshelf wrote it</p>',
};

const LATIN1 = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"><title>Caf', 'latin1'), Buffer.from([0xe9, 0xff]), Buffer.from('</title></head><body data-agentshelf-product="pot"></body></html>', 'latin1')]);

const PAGES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><html><head><meta charset="utf-8"><title>Home</title></head><body></body></html>',
  'p/mug/index.html': '<!doctype html>\r\n<html>\r\n<head>\r\n<meta charset="utf-8">\r\n</head>\r\n<body>Mug</body>\r\n</html>\r\n',
  'p/pot.html': '<html><head><meta charset=utf-8><script type="application/ld+json">{"@type":"Product","name":"theme"}</script></head><body>pot</body></html>',
  'p/dup.html': '<html><head></head></html>',
  'p/bad.html': '<html><head></head></html>',
  'about.html': '<html><head><title>About</title></head><body>About us</body></html>',
  'legacy.html': '<meta charset=utf-8><body>old pot page</body>',
  'attr.html': '<meta charset=utf-8><div data-agentshelf-product="mug">mug again</div>',
  'unknown.html': '<div data-agentshelf-product="nope"></div>',
  'latin.html': LATIN1,
  'utf16.html': Buffer.from([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00]),
  'style.css': 'body{}',
  '.hidden/p/tee.html': '<head></head>',
};

let site: string;
const outputs = () => join(site, 'agentshelf');

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const read = (path: string) => readFile(join(site, path));
/** The data-agentshelf blocks of a page, their bytes read as UTF-8 (a non-UTF-8 page gets pure ASCII). */
const blocks = async (path: string) => scanPage((await read(path)).toString('latin1')).ours.map((b) => Buffer.from(b.content, 'latin1').toString('utf8'));
const run = (extra: Partial<Parameters<typeof injectJsonLd>[0]> = {}) => injectJsonLd({ site, outputs: outputs(), map: { 'legacy.html': 'pot', '/gone.html': 'tee' }, ...extra });

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'agentshelf-inject-'));
  await writeTree(site, PAGES);
  await writeTree(outputs(), OUTPUTS);
  // An old mtime, so a rewrite in the same millisecond would still show.
  for (const path of Object.keys(PAGES)) await utimes(join(site, path), 1_000_000, 1_000_000);
});
afterEach(() => rm(site, { recursive: true, force: true }));

const published = (file: string) => OUTPUTS[`jsonld/${file}`]!.replace(/\n$/, '');

describe('injectJsonLd', () => {
  it('puts each document into its pages, counts and reports', async () => {
    const result = await run();
    expect(result).toMatchObject({ pages: 11, injected: 6, replaced: 0, unchanged: 0, unmatched: 5 });
    expect(await blocks('index.html')).toEqual([published('site.jsonld')]);
    expect(await blocks('p/mug/index.html')).toEqual([published('mug.jsonld')]);
    expect(await blocks('attr.html')).toEqual([published('mug.jsonld')]);
    expect(await blocks('p/pot.html')).toEqual([published('pot.jsonld')]);
    expect(await blocks('legacy.html')).toEqual([published('pot.jsonld')]);
    expect((await read('p/mug/index.html')).toString()).toBe(`<!doctype html>\r\n<html>\r\n<head>\r\n<meta charset="utf-8">\r\n<script type="application/ld+json" data-agentshelf>${published('mug.jsonld')}</script></head>\r\n<body>Mug</body>\r\n</html>\r\n`);
    expect(new Set(result.diagnostics.map((d) => d.ruleId))).toEqual(
      new Set(['inject/duplicate-product-markup', 'inject/page-unmatched', 'inject/unknown-product', 'inject/ambiguous-page', 'inject/unsafe-document', 'inject/page-encoding', 'inject/map-page-missing', 'inject/product-without-page']),
    );
    const ids = result.diagnostics.map((d) => `${d.ruleId} ${d.origin?.file ?? ''} ${d.productId ?? ''}`.trim());
    expect(ids.sort()).toEqual(
      [
        'inject/duplicate-product-markup p/pot.html pot',
        'inject/page-unmatched about.html',
        'inject/unknown-product unknown.html nope',
        'inject/ambiguous-page p/dup.html',
        `inject/unsafe-document ${join(outputs(), 'jsonld/bad.jsonld')} bad`,
        'inject/page-encoding utf16.html',
        'inject/map-page-missing gone.html tee',
        `inject/product-without-page ${join(outputs(), 'jsonld/tee.jsonld')} tee`,
        `inject/product-without-page ${join(outputs(), 'jsonld/dup-a.jsonld')} dup-a`,
        `inject/product-without-page ${join(outputs(), 'jsonld/dup-b.jsonld')} dup-b`,
      ].sort(),
    );
  });

  it("keeps the theme's own JSON-LD and the bytes of a Latin-1 page", async () => {
    await run();
    expect((await read('p/pot.html')).toString()).toContain('<script type="application/ld+json">{"@type":"Product","name":"theme"}</script>');
    const latin = await read('latin.html');
    const at = LATIN1.indexOf('</head>');
    expect(latin.subarray(0, at).equals(LATIN1.subarray(0, at))).toBe(true);
    expect(latin.subarray(latin.length - (LATIN1.length - at)).equals(LATIN1.subarray(at))).toBe(true);
    expect(JSON.parse((await blocks('latin.html'))[0]!)).toEqual(JSON.parse(published('pot.jsonld')));
  });

  it('leaves pages it cannot match, other files, dot-folders and the outputs untouched', async () => {
    await run();
    for (const path of ['about.html', 'unknown.html', 'p/dup.html', 'p/bad.html', 'utf16.html', 'style.css', '.hidden/p/tee.html']) {
      expect((await read(path)).equals(Buffer.from(PAGES[path]!)), path).toBe(true);
      expect((await stat(join(site, path))).mtimeMs, path).toBe(1_000_000_000);
    }
    expect((await readFile(join(outputs(), 'index.html'), 'utf8'))).toBe(OUTPUTS['index.html']);
  });

  it('changes nothing the second time, and does not rewrite a page', async () => {
    await run();
    const before = new Map<string, { bytes: Buffer; mtime: number }>();
    for (const path of Object.keys(PAGES)) before.set(path, { bytes: await read(path), mtime: (await stat(join(site, path))).mtimeMs });
    for (const path of Object.keys(PAGES)) await utimes(join(site, path), 2_000_000, 2_000_000);
    const again = await run();
    expect(again).toMatchObject({ injected: 0, replaced: 0, unchanged: 6 });
    for (const [path, { bytes }] of before) {
      expect((await read(path)).equals(bytes), path).toBe(true);
      expect((await stat(join(site, path))).mtimeMs, path).toBe(2_000_000_000);
    }
  });

  it('replaces a block that is out of date', async () => {
    await run();
    await writeFile(join(outputs(), 'jsonld/mug.jsonld'), doc({ '@type': 'Product', name: 'New mug', url: 'https://shop.example/p/mug/' }));
    const result = await run();
    expect(result).toMatchObject({ replaced: 2, unchanged: 4 });
    expect(await blocks('p/mug/index.html')).toEqual([doc({ '@type': 'Product', name: 'New mug', url: 'https://shop.example/p/mug/' }).trimEnd()]);
  });

  it('writes nothing on a dry run', async () => {
    const result = await run({ dryRun: true });
    expect(result).toMatchObject({ injected: 6 });
    for (const path of Object.keys(PAGES)) expect((await read(path)).equals(Buffer.from(PAGES[path]!)), path).toBe(true);
  });

  it('reports more than ten unmatched pages as examples and a count', async () => {
    await writeTree(site, Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`blog/${i}.html`, '<p>post</p>'])));
    const unmatched = (await run()).diagnostics.filter((d) => d.ruleId === 'inject/page-unmatched');
    expect(unmatched).toHaveLength(11);
    expect(unmatched.at(-1)).toMatchObject({ actual: 5 });
  });

  it('throws a coded error for a site or outputs folder that is not there', async () => {
    await expect(injectJsonLd({ site: join(site, 'nowhere') })).rejects.toMatchObject({ code: 'E_INPUT_NOT_FOUND' });
    await expect(injectJsonLd({ site })).rejects.toMatchObject({ code: 'E_INPUT_NOT_FOUND' });
  });
});
