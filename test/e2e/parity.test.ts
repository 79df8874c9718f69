import { readFileSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG, DEMO_NOW, runCli, tempDir } from '../support/run-cli.js';

interface Finding {
  ruleId: string;
  variantId?: string;
  channel?: string;
  actual?: unknown;
  expected?: unknown;
}

describe('parity across the published outputs', () => {
  let dir: { path: string; remove(): Promise<void> };
  let built: string;

  beforeAll(async () => {
    dir = await tempDir();
    built = join(dir.path, 'built');
    const result = await runCli(['build', '-c', DEMO_CONFIG, '-o', built, '--report', join(dir.path, 'build.json'), '--now', DEMO_NOW]);
    expect(result.code, result.stderr).toBe(0);
  });
  afterAll(() => dir.remove());

  /** A copy of the build with one file edited by hand. */
  async function edited(name: string, path: string, edit: (text: string) => string): Promise<string> {
    const copy = join(dir.path, name);
    await cp(built, copy, { recursive: true });
    const file = join(copy, path);
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    return copy;
  }

  async function verify(out: string) {
    const report = join(dir.path, `${out.split('/').pop()}.json`);
    const result = await runCli(['verify', '--out', out, '--now', DEMO_NOW, '--report', report]);
    return { ...result, findings: (JSON.parse(readFileSync(report, 'utf8')).diagnostics as Finding[]).filter((d) => d.ruleId === 'parity/mismatch') };
  }

  it('holds on the demo build: the build checked it, and verify agrees', async () => {
    const report = JSON.parse(readFileSync(join(dir.path, 'build.json'), 'utf8'));
    expect(report.summary.parity.findings).toBe(0);
    expect(report.summary.parity.outputs.length).toBeGreaterThanOrEqual(2);
    const result = await verify(built);
    expect(result.code, result.stderr).toBe(0);
    expect(result.findings).toEqual([]);
  });

  it('catches a price edited by hand in the Google feed', async () => {
    const out = await edited('google-price', 'feeds/google/products.xml', (xml) =>
      xml.replace('<g:id>AP-SDJ-BLK-S</g:id>', '<g:id>AP-SDJ-BLK-S</g:id>').replace(/(<g:id>AP-SDJ-BLK-S<\/g:id>[\s\S]*?<g:price>)229\.00 USD/, '$1199.00 USD'),
    );
    const result = await verify(out);
    expect(result.code).toBe(1);
    expect(result.findings).toContainEqual(expect.objectContaining({ variantId: 'AP-SDJ-BLK-S', channel: 'google', actual: 19900, expected: 22900 }));
    expect(result.findings.every((f) => f.channel === 'google' && f.variantId === 'AP-SDJ-BLK-S')).toBe(true);
  });

  it('catches an availability edited by hand in a JSON-LD document', async () => {
    const out = await edited('jsonld-availability', 'jsonld/ap-tessellate-basecamp-speaker-gen2.jsonld', (text) => text.replace('https://schema.org/PreOrder', 'https://schema.org/InStock'));
    const result = await verify(out);
    expect(result.code).toBe(1);
    expect(result.findings).toContainEqual(expect.objectContaining({ channel: 'jsonld', actual: 'in_stock', expected: 'preorder' }));
  });

  it('catches a URL edited by hand in the gzipped OpenAI feed, and a sale price in the ACP feed', async () => {
    const copy = join(dir.path, 'openai-acp');
    await cp(built, copy, { recursive: true });
    const gz = join(copy, 'feeds/openai/products.jsonl.gz');
    const rows = gunzipSync(readFileSync(gz)).toString('utf8');
    writeFileSync(gz, gzipSync(rows.replace('"url":"https://alder-and-pine.example/products/summit-down-jacket?variant=AP-SDJ-BLK-M"', '"url":"https://alder-and-pine.example/products/summit-down-jacket"')));
    const acp = join(copy, 'feeds/acp/products.jsonl');
    writeFileSync(acp, readFileSync(acp, 'utf8').replace('"id":"AP-SDJ-BLK-L","title"', '"id":"AP-SDJ-BLK-L","title"').replace(/("id":"AP-SDJ-BLK-L"[^\n]*?"price":\{"amount":)17900/, '$115900'));
    const result = await verify(copy);
    expect(result.code).toBe(1);
    expect(result.findings).toContainEqual(expect.objectContaining({ variantId: 'AP-SDJ-BLK-M', channel: 'openai', actual: 'https://alder-and-pine.example/products/summit-down-jacket' }));
    expect(result.findings).toContainEqual(expect.objectContaining({ variantId: 'AP-SDJ-BLK-L', channel: 'acp', actual: 15900, expected: 17900 }));
  });

  it('catches a price edited by hand in the Microsoft feed and an availability in the Meta feed', async () => {
    const copy = join(dir.path, 'microsoft-meta');
    await cp(built, copy, { recursive: true });
    const tsv = join(copy, 'feeds/microsoft/products.txt');
    writeFileSync(tsv, readFileSync(tsv, 'utf8').replace(/^(AP-SDJ-BLK-S\t(?:[^\t]*\t){5})229\.00 USD/m, '$1209.00 USD'));
    const meta = join(copy, 'feeds/meta/products.xml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/(<g:id>AP-SDJ-BLK-M<\/g:id>[\s\S]*?<g:availability>)in stock/, '$1out of stock'));
    const result = await verify(copy);
    expect(result.code).toBe(1);
    expect(result.findings).toContainEqual(expect.objectContaining({ variantId: 'AP-SDJ-BLK-S', channel: 'microsoft', actual: 20900, expected: 22900 }));
    expect(result.findings).toContainEqual(expect.objectContaining({ variantId: 'AP-SDJ-BLK-M', channel: 'meta', actual: 'out_of_stock', expected: 'in_stock' }));
  });

  it('fails when an output cannot be read back', async () => {
    const out = await edited('broken-jsonld', 'jsonld/ap-tessellate-basecamp-speaker-gen2.jsonld', (text) => text.slice(0, 40));
    const report = join(dir.path, 'broken.json');
    const result = await runCli(['verify', '--out', out, '--now', DEMO_NOW, '--report', report]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(readFileSync(report, 'utf8')).diagnostics as Finding[];
    expect(findings).toContainEqual(expect.objectContaining({ ruleId: 'parity/unreadable', channel: 'jsonld' }));
  });
});
