import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir, treeDigest } from '../support/run-cli.js';

const CONFIG = join(ROOT, 'test/fixtures/broken-shop.config.json');

interface ReportDiagnostic {
  ruleId: string;
  severity: string;
  productId?: string;
  variantId?: string;
  pointer?: string;
  origin?: { line?: number };
  url?: string;
}

describe('a catalog with broken records', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  const report = (name: string) => JSON.parse(readFileSync(join(dir.path, name), 'utf8')) as { ok: boolean; summary: any; diagnostics: ReportDiagnostic[] };

  it('publishes every good product, names each bad one with its rule, and exits 0', async () => {
    const out = join(dir.path, 'out');
    const result = await runCli(['build', '-c', CONFIG, '-o', out, '--report', join(dir.path, 'report.json')]);
    expect(result.code, result.stderr).toBe(0);
    const { diagnostics, summary } = report('report.json');
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const found = (ruleId: string, where: Partial<ReportDiagnostic>) => errors.find((d) => d.ruleId === ruleId && Object.entries(where).every(([k, v]) => JSON.stringify((d as any)[k]) === JSON.stringify(v)));
    expect(found('input/malformed-json', { origin: { line: 2 } as any }) ?? diagnostics.find((d) => d.ruleId === 'input/malformed-json' && d.origin?.line === 2)).toBeDefined();
    expect(found('schema/decimal', { productId: 'price-abc', pointer: '/variants/0/price' })).toBeDefined();
    expect(found('schema/required', { productId: 'missing-title', pointer: '/title' })).toBeDefined();
    expect(found('schema/decimal', { productId: 'negative-price', pointer: '/variants/0/price' })).toBeDefined();
    expect(found('google/id-too-long', { productId: 'x'.repeat(60) })).toBeDefined();
    expect(diagnostics.find((d) => d.ruleId === 'text/control-characters' && d.productId === 'control-title' && d.pointer === '/title')).toBeDefined();
    for (const d of diagnostics) expect(d.url, d.ruleId).toMatch(/^https:\/\//);
    expect(summary.products).toEqual({ read: 8, published: 5, leftOut: 3 });
    expect(summary.unreadableRecords).toBe(1);

    const xml = readFileSync(join(out, 'feeds/google/products.xml'), 'utf8');
    for (const id of ['GOOD-TENT-STAKES', 'GOOD-FIRESTARTER', 'SCRIPT-DESCRIPTION', 'CONTROL-TITLE']) expect(xml).toContain(`<g:id>${id}</g:id>`);
    for (const id of ['PRICE-ABC', 'NEGATIVE-PRICE', 'MISSING-TITLE']) expect(xml).not.toContain(id);
    expect(xml).toContain('<g:title>Trail Mug 12 oz</g:title>');
    const script = readFileSync(join(out, 'jsonld/script-description.jsonld'), 'utf8');
    expect(script.toLowerCase()).not.toContain('</script');
    expect(script).not.toContain('alert(');
    expect(existsSync(join(out, `jsonld/${'x'.repeat(60)}.jsonld`))).toBe(true);
  });

  it('exits 1 under --strict and publishes nothing, keeping the previous outputs', async () => {
    const out = join(dir.path, 'out');
    const before = await treeDigest(out);
    const result = await runCli(['build', '-c', CONFIG, '-o', out, '--report', join(dir.path, 'strict.json'), '--strict']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--strict');
    expect(report('strict.json').ok).toBe(false);
    expect(await treeDigest(out)).toEqual(before);
  });

  it('validate names the same problems without writing outputs', async () => {
    const result = await runCli(['validate', '-c', CONFIG, '--report', join(dir.path, 'validate.json'), '--json']);
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.published).toBe(false);
    expect(printed.diagnostics.some((d: ReportDiagnostic) => d.ruleId === 'schema/decimal')).toBe(true);
    const strict = await runCli(['validate', '-c', CONFIG, '--report', join(dir.path, 'validate.json'), '--strict', '-q']);
    expect(strict.code).toBe(1);
  });
});
