import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model/diagnostic.js';
import { RunReport } from './run-report.js';

const finding = (i: number, ruleId = 'schema/decimal', severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  ruleId,
  severity,
  kind: 'problem',
  message: `finding ${i}`,
  productId: `p-${i}`,
});

describe('RunReport', () => {
  let dir: string | undefined;
  afterEach(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('counts findings by severity and rule, keeping a few examples, and writes every finding in order', async () => {
    const report = await RunReport.create();
    for (let i = 0; i < 2000; i++) report.report(finding(i));
    report.report(finding(2000, 'gtin/check-digit', 'warning'));
    const summary = report.summary();
    expect(summary.diagnostics).toEqual({ error: 2000, warning: 1, info: 0 });
    expect(summary.rules.map((r) => [r.ruleId, r.count, r.examples.length])).toEqual([
      ['schema/decimal', 2000, 3],
      ['gtin/check-digit', 1, 1],
    ]);
    dir = await mkdtemp(join(tmpdir(), 'agentshelf-report-test-'));
    const path = join(dir, 'report.json');
    await report.writeTo(path, report.summary(), { ok: false });
    const written = JSON.parse(await readFile(path, 'utf8'));
    expect(written.ok).toBe(false);
    expect(written.summary.diagnostics.error).toBe(2000);
    expect(written.diagnostics).toHaveLength(2001);
    expect(written.diagnostics.map((d: Diagnostic) => d.productId).slice(0, 3)).toEqual(['p-0', 'p-1', 'p-2']);
    await report.dispose();
  });

  it('writes a valid report with no findings', async () => {
    const report = await RunReport.create();
    dir = await mkdtemp(join(tmpdir(), 'agentshelf-report-test-'));
    await report.writeTo(join(dir, 'r.json'), report.summary(), { ok: true });
    expect(JSON.parse(await readFile(join(dir, 'r.json'), 'utf8')).diagnostics).toEqual([]);
    await report.dispose();
  });

  it('applies the merchant’s severities: a rule turned off is dropped, another changed', async () => {
    const report = await RunReport.create(new Map([['gtin/check-digit', 'off'], ['identifier/none', 'warning']]));
    report.report(finding(1, 'gtin/check-digit', 'warning'));
    report.report(finding(2, 'identifier/none', 'info'));
    const summary = report.summary();
    expect(summary.diagnostics).toEqual({ error: 0, warning: 1, info: 0 });
    expect(summary.rules.map((r) => [r.ruleId, r.severity])).toEqual([['identifier/none', 'warning']]);
    await report.dispose();
  });

  it('says a problem most of the catalog shares once: by rule and pointer, against products or variants read', async () => {
    const report = await RunReport.create();
    report.counts.products.read = 4;
    report.counts.variants.read = 10;
    for (let i = 0; i < 4; i++) report.report({ ...finding(i, 'schema/required'), pointer: '/url' });
    for (let i = 0; i < 6; i++) report.report({ ...finding(i, 'availability/missing'), variantId: `v-${i}`, pointer: `/variants/${i}/availability` });
    // Half or fewer is not systemic; info never is.
    for (let i = 0; i < 2; i++) report.report({ ...finding(i, 'schema/decimal'), pointer: '/variants/0/price' });
    for (let i = 0; i < 4; i++) report.report({ ...finding(i, 'identifier/none', 'info'), pointer: '/variants/0' });
    expect(report.summary().systemic).toEqual([
      { ruleId: 'schema/required', severity: 'error', pointer: '/url', unit: 'products', count: 4, of: 4 },
      { ruleId: 'availability/missing', severity: 'error', pointer: '/variants/*/availability', unit: 'variants', count: 6, of: 10 },
    ]);
    await report.dispose();
  });
});
