import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG, runCli, tempDir } from '../support/run-cli.js';

describe('agentshelf CLI', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  it.each([['--help'], ['build', '--help'], ['validate', '--help']])('%s shows examples and exit codes', async (...args) => {
    const result = await runCli(args);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Exit codes:/);
    if (args.length > 1) expect(result.stdout).toMatch(/Examples:/);
  });

  it.each([
    ['no command', []],
    ['an unknown command', ['publish']],
    ['an unknown option', ['build', '--bogus']],
    ['a missing config', ['build', '--config', 'no-such-config.json']],
    ['an unknown channel', ['validate', '-c', DEMO_CONFIG, '--channels', 'jsonld,fax']],
    ['an unknown format', ['validate', '-c', DEMO_CONFIG, '-i', DEMO_CONFIG, '--format', 'xlsx']],
    ['a bad --now', ['validate', '-c', DEMO_CONFIG, '--now', 'tomorrow']],
  ])('exits 2 for %s', async (_name, args) => {
    const result = await runCli(args);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/agentshelf/);
  });

  it('exits 2 for an invalid config and says what is wrong', async () => {
    const config = join(dir.path, 'bad.config.json');
    writeFileSync(config, JSON.stringify({ shop: { name: 'X', url: 'https://x.example/', currency: 'usd', country: 'US', language: 'en' } }));
    const result = await runCli(['validate', '-c', config]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/shop/currency');
  });

  it('exits 1 when the input file is missing', async () => {
    const result = await runCli(['validate', '-c', DEMO_CONFIG, '-i', join(dir.path, 'missing.ndjson')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E_INPUT_NOT_FOUND');
  });

  it('refuses to replace a folder it did not write', async () => {
    const out = join(dir.path, 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), '<h1>my site</h1>');
    const result = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--report', join(dir.path, 'r.json')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('E_OUT_NOT_OURS');
  });

  it('refuses a report path inside the published folder', async () => {
    const out = join(dir.path, 'pub');
    const result = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--report', join(out, 'report.json')]);
    expect(result.code).toBe(2);
  });

  it('prints the JSON report on stdout with --json and the summary on stderr', async () => {
    const result = await runCli(['validate', '-c', DEMO_CONFIG, '--json', '--report', join(dir.path, 'v.json')]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.summary.products.read).toBeGreaterThanOrEqual(40);
    expect(result.stderr).toContain('agentshelf validate');
  });

  it('lists every rule, also as JSON', async () => {
    const text = await runCli(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('schema/decimal');
    const json = await runCli(['rules', '--json']);
    const rules = JSON.parse(json.stdout) as Array<{ id: string; url: string }>;
    expect(rules.map((r) => r.id)).toContain('google/id-too-long');
    for (const rule of rules) expect(rule.url).toMatch(/^https:\/\//);
  });

  it('prints only failures with --quiet', async () => {
    const result = await runCli(['validate', '-c', DEMO_CONFIG, '-q', '--report', join(dir.path, 'q.json')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
