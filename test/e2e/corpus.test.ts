// Every real export of the corpus (test/corpus/SOURCES.json) through the CLI as a new user runs it:
// agentshelf init --from <export>, then agentshelf build. Each must exit 0, publish exactly the variants an
// independent reading of the file with the platform's rules counts (test/support/corpus.ts), keep its outputs
// in parity, and never put a preorder or backorder item in the Google feed without its date.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, CORPUS_DIR, expectedVariants, initFlags } from '../support/corpus.js';
import { DEMO_NOW, runCli, tempDir } from '../support/run-cli.js';

interface Report {
  ok: boolean;
  summary: { products: { read: number; published: number }; variants: { read: number; published: number }; parity?: { findings: number }; systemic: Array<{ ruleId: string }> };
  diagnostics: Array<{ ruleId: string; severity: string; productId?: string; message: string }>;
}

describe('the corpus of real exports: init, then build', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir('agentshelf-corpus-');
  });
  afterAll(() => dir.remove());

  it('holds at least three real exports per platform, each as SOURCES.json records it', () => {
    const byPlatform = new Map<string, number>();
    for (const entry of CORPUS) {
      const bytes = readFileSync(join(CORPUS_DIR, entry.file));
      expect(createHash('sha256').update(bytes).digest('hex'), entry.file).toBe(entry.sha256);
      expect(entry.repository).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(entry.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.license.length).toBeGreaterThan(0);
      byPlatform.set(entry.file.split('/')[0]!, (byPlatform.get(entry.file.split('/')[0]!) ?? 0) + 1);
    }
    expect(Object.fromEntries(byPlatform)).toEqual({ 'shopify-csv': expect.any(Number), 'woocommerce-csv': expect.any(Number), 'gmc-xml': expect.any(Number), 'gmc-tsv': expect.any(Number) });
    for (const count of byPlatform.values()) expect(count).toBeGreaterThanOrEqual(3);
  });

  it.each(CORPUS.map((entry) => [entry.file, entry] as const))('%s', async (file, entry) => {
    const work = join(dir.path, file.replace(/[/.]/g, '-'));
    const init = await runCli(['init', '--from', join(CORPUS_DIR, file), '--config', join(work, 'agentshelf.config.json'), ...initFlags(entry)], { cwd: dir.path });
    expect(init.code, init.stderr).toBe(0);
    const reportPath = join(work, 'report.json');
    const build = await runCli(['build', '--config', join(work, 'agentshelf.config.json'), '--now', DEMO_NOW, '--report', reportPath], { cwd: work });
    expect(build.code, build.stderr).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as Report;
    const errors = report.diagnostics.filter((d) => d.severity === 'error' && !d.ruleId.startsWith('google/') && !d.ruleId.startsWith('openai/'));
    expect(report.summary.variants.published, JSON.stringify(errors.slice(0, 5))).toBe(expectedVariants(entry));
    expect(report.summary.parity?.findings).toBe(0);

    const google = readFileSync(join(work, 'public/feeds/google/products.xml'), 'utf8');
    for (const item of google.split('<item>').slice(1)) {
      if (/<g:availability>(preorder|backorder)</.test(item)) expect(item).toMatch(/<g:availability_date>/);
    }
  });
});
