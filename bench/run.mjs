#!/usr/bin/env node
// npm run bench [-- --sizes 10k,100k,1m] [--only all] [--skip-peer]
//
// For each catalog size: every channel alone and all channels together (wall time, variants/s, peak RSS),
// the floor (read the input, JSON.parse each record, write the same number of bytes), our ratio to the floor,
// and the peer @xcommerceweb/google-merchant-feed against our Google channel. Each measurement runs in its own
// process, so peak RSS is its own. Results are printed as a table and written as JSON to bench/results/.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-catalog.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]?.startsWith('--') || all[i + 1] === undefined ? 'true' : all[i + 1]]] : acc), []));
const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const sizes = (args.sizes ?? '10k,100k,1m').split(',').map((s) => s.trim().toLowerCase());
const CHANNELS = ['jsonld', 'google', 'openai', 'acp', 'ucp', 'openapi', 'llms', 'robots'];
const runs = args.only ? args.only.split(',') : [...CHANNELS, 'all'];
const PEER_TIMEOUT_MS = Number(args['peer-timeout'] ?? 900_000);

function child(script, scriptArgs, timeoutMs = 3_600_000, nodeFlags = []) {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [...nodeFlags, join(ROOT, script), ...scriptArgs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (err += d));
    const started = Date.now();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, timeoutMs);
    proc.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop();
      const after = `after ${Math.round((Date.now() - started) / 1000)} s`;
      try {
        resolve(JSON.parse(line));
      } catch {
        const outOfMemory = /heap out of memory|allocation failed/i.test(err);
        const why = timedOut ? `stopped at the ${Math.round(timeoutMs / 1000)} s limit` : outOfMemory ? 'ran out of memory' : signal ? `died (${signal})` : `exit ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`;
        resolve({ ok: false, error: `${why} ${after}` });
      }
    });
  });
}

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
})();
const results = { commit, node: process.version, cpus: (await import('node:os')).cpus().length, work: args.work ?? 'bench/data/work', date: new Date().toISOString(), sizes: {} };
// Outputs go to --work (default bench/data/work, on the project's disk); --work /dev/shm measures without the disk.
const work = join(args.work ?? join(ROOT, 'bench', 'data', 'work'), `run-${process.pid}`);
await mkdir(work, { recursive: true });
const fmt = (n, d = 0) => (n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }));

for (const size of sizes) {
  const variants = SIZES[size];
  if (!variants) throw new Error(`unknown size ${size}; use ${Object.keys(SIZES).join(', ')}`);
  const input = join(ROOT, 'bench', 'data', `catalog-${size}.ndjson`);
  if (!existsSync(input)) {
    process.stderr.write(`generating ${input} …\n`);
    await generate({ variants, out: input });
  }
  const rows = [];
  for (const run of runs) {
    const out = join(work, `out-${size}-${run}`);
    await rm(out, { recursive: true, force: true });
    process.stderr.write(`${size} ${run} …\n`);
    const ours = await child('bench/run-one.mjs', ['--config', 'bench/bench-shop.config.json', '--input', input, '--out', out, ...(run === 'all' ? [] : ['--channels', run])]);
    await rm(out, { recursive: true, force: true });
    const floor = ours.ok ? await child('bench/floor.mjs', ['--input', input, '--bytes', String(ours.outputBytes), '--out', join(work, 'floor.bin')]) : { ok: false };
    await rm(join(work, 'floor.bin'), { force: true });
    rows.push({
      run,
      ok: ours.ok,
      error: ours.error ?? ours.failure?.message,
      wallMs: ours.wallMs,
      variantsPerSecond: ours.ok ? Math.round((variants / ours.wallMs) * 1000) : undefined,
      maxRssMb: ours.maxRssKb ? Math.round(ours.maxRssKb / 1024) : undefined,
      outputBytes: ours.outputBytes,
      floorMs: floor.wallMs,
      ratioToFloor: ours.ok && floor.ok ? Number((ours.wallMs / floor.wallMs).toFixed(1)) : undefined,
    });
  }
  let peer;
  if (!args['skip-peer']) {
    process.stderr.write(`${size} peer …\n`);
    // The peer holds the whole feed in memory; its heap is capped so a catalog too big for it fails fast.
    peer = await child('bench/peer-google.mjs', ['--input', input, '--out', join(work, 'peer.xml')], PEER_TIMEOUT_MS, ['--max-old-space-size=8192']);
    await rm(join(work, 'peer.xml'), { force: true });
  }
  const google = rows.find((r) => r.run === 'google');
  const peerRow = peer && { ok: peer.ok, error: peer.error, wallMs: peer.wallMs, maxRssMb: peer.maxRssKb ? Math.round(peer.maxRssKb / 1024) : undefined, oursToPeer: peer.ok && google?.ok ? Number((peer.wallMs / google.wallMs).toFixed(1)) : undefined };
  results.sizes[size] = { variants, rows, peer: peerRow };

  console.log(`\n${size} (${fmt(variants)} variants)`);
  console.log('run        wall s   variants/s   peak RSS MB   output MB   floor s   × floor');
  for (const r of rows) {
    if (!r.ok) console.log(`${r.run.padEnd(10)} failed: ${r.error}`);
    else console.log(`${r.run.padEnd(10)} ${fmt(r.wallMs / 1000, 1).padStart(6)}   ${fmt(r.variantsPerSecond).padStart(10)}   ${fmt(r.maxRssMb).padStart(11)}   ${fmt(r.outputBytes / 1e6).padStart(9)}   ${fmt(r.floorMs / 1000, 1).padStart(7)}   ${fmt(r.ratioToFloor, 1).padStart(7)}`);
  }
  if (peerRow) console.log(peerRow.ok ? `peer (google-merchant-feed): ${fmt(peerRow.wallMs / 1000, 1)} s, ${fmt(peerRow.maxRssMb)} MB peak RSS; our Google channel is ${fmt(peerRow.oursToPeer, 1)}× faster` : `peer (google-merchant-feed): ${peerRow.error}`);
}

await rm(work, { recursive: true, force: true });
await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
const file = join(ROOT, 'bench', 'results', `${results.date.slice(0, 19).replace(/[:T]/g, '-')}-${commit}.json`);
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${file}`);
