import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyOutputs } from '../../src/pipeline/verify.js';
import { BIN, DEMO_CONFIG, DEMO_NOW, ROOT, runCli, tempDir } from '../support/run-cli.js';

/** How many builds are killed; more with AGENTSHELF_KILL_ITERATIONS (a soak run). */
const ITERATIONS = Number(process.env.AGENTSHELF_KILL_ITERATIONS ?? 16);

/** A small deterministic generator (mulberry32), so a failing run can be repeated from its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every published file parses as what its name says it is. */
function checkParses(out: string): void {
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(out)) {
    const bytes = readFileSync(file);
    const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    if (/\.(json|jsonld)$/.test(file) || file.endsWith('/ucp')) expect(() => JSON.parse(text), file).not.toThrow();
    else if (file.endsWith('.jsonl') || file.endsWith('.jsonl.gz')) for (const line of text.split('\n').filter(Boolean)) JSON.parse(line);
    else if (file.endsWith('.xml')) expect(XMLValidator.validate(text), file).toBe(true);
    else expect(text.length, file).toBeGreaterThan(0);
  }
}

describe('a build killed at any moment', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  it(`leaves the last published set complete and consistent (${ITERATIONS} kills at random moments)`, { timeout: 300_000 }, async () => {
    const out = join(dir.path, 'public');
    const first = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'first.json')]);
    expect(first.code, first.stderr).toBe(0);
    // Two catalogs that differ in every price, so that a swap caught half-way would show as a disagreement.
    const demo = JSON.parse(readFileSync(join(ROOT, 'examples/demo-shop/catalog.json'), 'utf8')) as { products: Array<{ variants: Array<{ price: string }> }> };
    const dearer = join(dir.path, 'dearer.json');
    writeFileSync(dearer, JSON.stringify({ products: demo.products.map((p) => ({ ...p, variants: p.variants.map((v) => ({ ...v, price: (Number(v.price) + 1).toFixed(2) })) })) }));
    const seed = Number(process.env.AGENTSHELF_KILL_SEED ?? Date.now() % 100_000);
    const next = random(seed);
    // About how long a build takes here, so kills land anywhere from start-up to the final rename.
    const started = Date.now();
    expect((await runCli(['build', '-c', DEMO_CONFIG, '-o', join(dir.path, 'timing'), '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'timing.json')])).code).toBe(0);
    const span = Date.now() - started;
    for (let i = 0; i < ITERATIONS; i++) {
      const input = i % 2 === 0 ? ['-i', dearer] : [];
      const child = spawn(process.execPath, [BIN, 'build', '-c', DEMO_CONFIG, ...input, '-o', out, '--now', DEMO_NOW, '--force', '-q', '--report', join(dir.path, `kill-${i}.json`)], { cwd: ROOT, stdio: 'ignore' });
      // Listen before waiting: a build that finishes before its kill has closed already.
      const closed = once(child, 'close');
      await new Promise((r) => setTimeout(r, Math.floor(next() * span * 1.2)));
      child.kill('SIGKILL');
      await closed;
      // What a reader sees now: the folder, complete, its files whole, its outputs in agreement, its manifest true.
      expect(existsSync(join(out, 'agentshelf.json')), `seed ${seed}, kill ${i}`).toBe(true);
      checkParses(out);
      const verified = await verifyOutputs({ out, now: new Date(DEMO_NOW) });
      const findings = [];
      for await (const d of verified.diagnostics()) findings.push(`${d.ruleId} ${d.pointer ?? ''} ${d.message}`);
      await verified.dispose();
      expect(findings, `seed ${seed}, kill ${i}`).toEqual([]);
    }
    // The next run cleans up what the killed ones left: staging folders, spools, half-made locks.
    const last = await runCli(['build', '-c', DEMO_CONFIG, '-o', out, '--now', DEMO_NOW, '--force', '-q', '--report', join(dir.path, 'last.json')]);
    expect(last.code, last.stderr).toBe(0);
    expect(readdirSync(dir.path).filter((n) => n.startsWith('.public.') && n !== '.public.state.json' && n !== '.public.cache')).toEqual([]);
    // The render cache holds only complete files, moved in by published runs: nothing half-written.
    expect(readdirSync(join(dir.path, '.public.cache')).every((n) => /^lane-\d+\.bin$/.test(n))).toBe(true);
  });
});
