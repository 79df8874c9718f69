import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG, DEMO_JP_CONFIG, DEMO_NOW, runCli, tempDir, treeDigest, type CliResult } from '../support/run-cli.js';
import { CHANNELS, channelIds } from '../../src/channels/registry.js';

describe('agentshelf build on the demo shop', () => {
  let dir: { path: string; remove(): Promise<void> };
  let first: CliResult;
  let second: CliResult;

  beforeAll(async () => {
    dir = await tempDir();
    const args = (n: number) => ['build', '--config', DEMO_CONFIG, '--out', join(dir.path, `out-${n}`), '--report', join(dir.path, `report-${n}.json`), '--now', DEMO_NOW];
    first = await runCli(args(1));
    second = await runCli(args(2));
  });
  afterAll(() => dir.remove());

  it('succeeds and says where the outputs went', () => {
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(first.stderr).toContain('published');
    expect(first.stderr).toContain('out-1');
  });

  it('publishes every output of the layout', () => {
    const out = join(dir.path, 'out-1');
    for (const path of [
      'agentshelf.json',
      'jsonld/site.jsonld',
      'jsonld/ap-summit-down-jacket.jsonld',
      'feeds/google/products.xml',
      'feeds/microsoft/products.txt',
      'feeds/meta/products.xml',
      'feeds/openai/products.jsonl.gz',
      'feeds/openai/products.tsv.gz',
      'feeds/acp/metadata.json',
      'feeds/acp/products.jsonl',
      '.well-known/ucp',
      '.well-known/ucp-2026-04-08',
      'openapi.json',
      'llms.txt',
      'llms-full.txt',
      'products/ap-summit-down-jacket.md',
      'robots.txt',
    ]) {
      expect(existsSync(join(out, path)), path).toBe(true);
    }
  });

  it('gives byte-identical outputs for the same input', async () => {
    const a = await treeDigest(join(dir.path, 'out-1'));
    const b = await treeDigest(join(dir.path, 'out-2'));
    expect(a.size).toBeGreaterThan(40);
    expect(b).toEqual(a);
  });

  it('writes the report outside the published folder, with counts per channel', () => {
    const report = JSON.parse(readFileSync(join(dir.path, 'report-1.json'), 'utf8'));
    expect(report.ok).toBe(true);
    expect(report.summary.products.published).toBeGreaterThanOrEqual(40);
    expect(report.summary.variants.published).toBeGreaterThanOrEqual(120);
    expect(report.summary.channels.map((c: { id: string }) => c.id)).toEqual(channelIds());
    expect(report.summary.parity).toMatchObject({ findings: 0 });
    expect(report.summary.parity.outputs.map((o: { channel: string }) => o.channel)).toEqual(CHANNELS.filter((c) => c.readBack).map((c) => c.id));
    expect(Array.isArray(report.diagnostics)).toBe(true);
    expect(existsSync(join(dir.path, 'out-1', 'agentshelf-report.json'))).toBe(false);
  });

  it('builds only the channels asked for, and links only to files it writes', async () => {
    const out = join(dir.path, 'some');
    const result = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--report', join(dir.path, 'some.json'), '--now', DEMO_NOW, '--channels', 'google,llms']);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(join(out, 'feeds/google/products.xml'))).toBe(true);
    expect(existsSync(join(out, 'jsonld'))).toBe(false);
    const llms = readFileSync(join(out, 'llms.txt'), 'utf8');
    expect(llms).toContain('feeds/google/products.xml');
    expect(llms).not.toContain('feeds/openai');
    expect(llms).not.toContain('openapi.json');
  });

  it('builds the zero-decimal JPY shop', async () => {
    const out = join(dir.path, 'jp');
    const result = await runCli(['build', '-c', DEMO_JP_CONFIG, '-o', out, '--report', join(dir.path, 'jp.json'), '--now', DEMO_NOW]);
    expect(result.code, result.stderr).toBe(0);
    const xml = readFileSync(join(out, 'feeds/google/products.xml'), 'utf8');
    expect(xml).toMatch(/<g:price>\d+ JPY<\/g:price>/);
    expect(xml).not.toMatch(/<g:price>\d+\.\d+ JPY/);
  });
});
