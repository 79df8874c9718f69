import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../../src/model/ajv.js';
import { startLocalServer, type LocalServer } from '../../src/test-support/local-server.js';
import { DEMO_NOW, ROOT, runCli, tempDir } from '../support/run-cli.js';

/**
 * schemas/report.schema.json is published for machines that read --json; it forbids fields it does not name,
 * so a report field added without the schema fails here. Every command's report is held against it, in the
 * states that add optional parts: a failure, a refused publish, changes, links, unlisted info findings.
 */
describe('the JSON report matches schemas/report.schema.json', () => {
  const validate = createAjv().compile(JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8')));
  let server: LocalServer;
  let dir: { path: string; remove(): Promise<void> };
  let config: string;
  const catalog = (count: number, price: (i: number) => string) =>
    Array.from({ length: count }, (_, i) =>
      JSON.stringify({ id: `p${i}`, title: `Camp item ${i}`, description: `<p>A camp item, number <b>${i}</b>.</p>`, url: `/products/p${i}`, images: [`/images/p${i}.jpg`], brand: 'Alder & Pine', variants: [{ id: `V${i}`, price: price(i), availability: i % 7 === 0 ? 'out_of_stock' : 'in_stock', mpn: `M-${i}` }] }),
    ).join('\n');

  beforeAll(async () => {
    server = await startLocalServer((req, res) => {
      res.writeHead(req.url === '/products/p3' ? 404 : 200, { 'content-type': req.url?.startsWith('/images/') ? 'image/jpeg' : 'text/html' });
      res.end();
    });
    dir = await tempDir();
    config = join(dir.path, 'shop.config.json');
    writeFileSync(config, JSON.stringify({ shop: { name: 'Local Camp', url: `${server.url}/`, currency: 'USD', country: 'US', language: 'en' }, inputs: ['catalog.ndjson'], links: { timeoutMs: 2000 } }));
  });
  afterAll(async () => {
    await server.close();
    await dir.remove();
  });

  const run = async (name: string, args: string[], expectedCode: number) => {
    const report = join(dir.path, `${name}.json`);
    const result = await runCli([...args, ...(args[0] === 'verify' ? [] : ['-c', config]), '--report', report]);
    expect(result.code, result.stderr).toBe(expectedCode);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as Record<string, unknown>;
    expect(validate(parsed) ? [] : validate.errors, name).toEqual([]);
    return parsed as { summary: Record<string, unknown>; failure?: { code: string } };
  };
  const out = () => join(dir.path, 'public');

  it('build: a first run, a run with changes and unlisted info, a refused run, with links checked', async () => {
    writeFileSync(join(dir.path, 'catalog.ndjson'), catalog(120, () => '20.00'));
    const first = await run('first', ['build', '-o', out(), '--now', DEMO_NOW], 0);
    expect(first.summary.rules).toContainEqual(expect.objectContaining({ ruleId: 'description/html-to-text', count: 120, listed: 100 }));

    writeFileSync(join(dir.path, 'catalog.ndjson'), catalog(119, (i) => (i % 2 ? '21.00' : '20.00')));
    const changed = await run('changed', ['build', '-o', out(), '--now', DEMO_NOW, '--check-links'], 0);
    expect(changed.summary.changes).toMatchObject({ variants: { removed: 1, priceChanged: 59 } });
    expect(changed.summary.links).toBeDefined();

    writeFileSync(join(dir.path, 'catalog.ndjson'), catalog(30, () => '20.00'));
    const refused = await run('refused', ['build', '-o', out(), '--now', DEMO_NOW], 3);
    expect(refused.failure?.code).toBe('E_PUBLISH_REFUSED');
  });

  it('validate, verify and check-links', async () => {
    writeFileSync(join(dir.path, 'catalog.ndjson'), `${catalog(5, () => '20.00')}\n{"id":"broken","variants":[]}\nnot json\n`);
    await run('validate', ['validate', '--report-info', 'all', '--strict'], 1);
    await run('verify', ['verify', '-o', out()], 0);
    await run('check-links', ['check-links', '-o', out()], 1);
  });
});
