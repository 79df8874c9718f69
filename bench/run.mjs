#!/usr/bin/env node
// npm run bench [-- --sizes 10k,100k,1m] [--only all,google] [--skip-peer] [--skip-refresh] [--work DIR]
//
// For each catalog size: all channels together as a full build, then two refreshes into the same published
// folder (the same input again, and the input with 1 % of the products changed: bench/mutate-catalog.mjs) and
// the full build again without the render cache (what the cache costs a first build); then
// every channel alone (the list is the one the "all" build reports, so it follows the registry). For each:
// wall time, variants/s, peak RSS, bytes per variant, the ratio to the floor (read the input, JSON.parse each
// record, write the same number of bytes) and, for the Google channel, to the peer
// @xcommerceweb/google-merchant-feed. Then the bytes per variant of each channel, from the "all" build's
// folder and the refreshed one. Each measurement runs in its own process, so peak RSS is its own. Results are
// printed as tables and written as JSON to bench/results/.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate-catalog.mjs';
import { mutate, mutatedPath } from './mutate-catalog.mjs';
import { outputBytes } from './output-bytes.mjs';
import { printBytesTable, printRunTable } from './print-tables.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]?.startsWith('--') || all[i + 1] === undefined ? 'true' : all[i + 1]]] : acc), []));
const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const sizes = (args.sizes ?? '10k,100k,1m').split(',').map((s) => s.trim().toLowerCase());
const only = args.only ? args.only.split(',').map((s) => s.trim()) : undefined;
const withAll = !only || only.includes('all');
const refresh = withAll && !args['skip-refresh'];
const CHANGED_SHARE = 0.01;
const PEER_TIMEOUT_MS = Number(args['peer-timeout'] ?? 900_000);
const CONFIG = 'bench/bench-shop.config.json';

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
        // The thrown error's own line ("AgentshelfError: Unknown channel …") says more than the stack's last lines.
        const thrown = /^\w*Error: .*$/m.exec(err)?.[0] ?? err.trim().split('\n').slice(-3).join(' ');
        const why = timedOut ? `stopped at the ${Math.round(timeoutMs / 1000)} s limit` : outOfMemory ? 'ran out of memory' : signal ? `died (${signal})` : `exit ${code}: ${thrown}`;
        resolve({ ok: false, error: `${why} ${after}` });
      }
    });
  });
}

/** Removes a published folder with what lives beside it: the run state and the lock (src/publish/run-state.ts, atomic-publish.ts). */
async function removePublished(out) {
  const beside = (suffix) => join(dirname(out), `.${basename(out)}${suffix}`);
  await Promise.all([out, beside('.state.json'), beside('.lock'), beside('.cache')].map((path) => rm(path, { recursive: true, force: true })));
}

/** One measured build into `out`; a refresh when `out` holds a published build. */
async function build({ size, run, kind, input, out, channels, cache = true }) {
  process.stderr.write(`${size} ${run} ${kind} …\n`);
  const ours = await child('bench/run-one.mjs', ['--config', CONFIG, '--input', input, '--out', out, ...(channels ? ['--channels', channels] : []), ...(cache ? [] : ['--cache', 'off'])]);
  const row = {
    run,
    kind,
    ok: ours.ok,
    error: ours.error ?? ours.failure?.message,
    wallMs: ours.wallMs,
    variantsRead: ours.variantsRead,
    variantsPublished: ours.variants,
    variantsPerSecond: ours.ok ? Math.round((ours.variantsRead / ours.wallMs) * 1000) : undefined,
    maxRssMb: ours.maxRssKb ? Math.round(ours.maxRssKb / 1024) : undefined,
    outputBytes: ours.outputBytes,
    bytesPerVariant: ours.ok && ours.variants > 0 ? Number((ours.outputBytes / ours.variants).toFixed(1)) : undefined,
    cacheBytesPerVariant: ours.ok && ours.variants > 0 && ours.cacheBytes ? Number((ours.cacheBytes / ours.variants).toFixed(1)) : undefined,
    ...(ours.changes ? { changes: ours.changes } : {}),
  };
  return { row, channels: ours.channels };
}

async function floorOf(row, input) {
  if (!row.ok) return;
  const floor = await child('bench/floor.mjs', ['--input', input, '--bytes', String(row.outputBytes), '--out', join(work, 'floor.bin')]);
  await rm(join(work, 'floor.bin'), { force: true });
  return floor.ok ? floor.wallMs : undefined;
}

/** The catalog with 1 % of the products changed, made again when the catalog is newer. */
async function changedCatalog(input) {
  const out = mutatedPath(input, CHANGED_SHARE);
  const sidecar = `${out}.changes.json`;
  if (existsSync(out) && existsSync(sidecar) && statSync(out).mtimeMs >= statSync(input).mtimeMs) return { path: out, ...JSON.parse(await readFile(sidecar, 'utf8')) };
  process.stderr.write(`writing ${out} …\n`);
  return { path: out, ...(await mutate({ input, out, share: CHANGED_SHARE })) };
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

for (const size of sizes) {
  const variants = SIZES[size];
  if (!variants) throw new Error(`unknown size ${size}; use ${Object.keys(SIZES).join(', ')}`);
  const input = join(ROOT, 'bench', 'data', `catalog-${size}.ndjson`);
  if (!existsSync(input)) {
    process.stderr.write(`generating ${input} …\n`);
    await generate({ variants, out: input });
  }
  const rows = [];
  const bytes = {};
  let channelIds;
  let changed;
  if (withAll) {
    const out = join(work, `out-${size}-all`);
    await removePublished(out);
    const full = await build({ size, run: 'all', kind: 'full', input, out });
    rows.push(full.row);
    // The channels a build of all of them runs, in registry order: the per-channel runs below.
    channelIds = full.channels?.map((c) => c.id);
    if (full.row.ok) {
      bytes.full = await outputBytes(out);
      if (refresh) {
        changed = await changedCatalog(input);
        const same = await build({ size, run: 'all', kind: 'refresh 0%', input, out });
        rows.push(same.row);
        if (same.row.ok) bytes['refresh 0%'] = await outputBytes(out);
        const onePercent = await build({ size, run: 'all', kind: 'refresh 1%', input: changed.path, out });
        rows.push(onePercent.row);
        if (onePercent.row.ok) bytes['refresh 1%'] = await outputBytes(out);
      }
    }
    await removePublished(out);
    if (refresh) {
      // What the render cache costs a first build: the same full build without it.
      const uncached = await build({ size, run: 'all', kind: 'full, no cache', input, out, cache: false });
      rows.push(uncached.row);
      await removePublished(out);
    }
    const floorMs = await floorOf(full.row, input);
    // A refresh is held to the same floor as the full build it refreshes.
    for (const row of rows) Object.assign(row, { floorMs, ratioToFloor: row.ok && floorMs ? Number((row.wallMs / floorMs).toFixed(1)) : undefined });
  }
  const alone = only ? only.filter((r) => r !== 'all') : (channelIds ?? []);
  if (!only && !channelIds) process.stderr.write(`${size}: the "all" build listed no channels, so no channel was run alone\n`);
  const aloneRows = [];
  for (const run of alone) {
    const out = join(work, `out-${size}-${run}`);
    await removePublished(out);
    const { row } = await build({ size, run, kind: 'full', input, out, channels: run });
    await removePublished(out);
    const floorMs = await floorOf(row, input);
    aloneRows.push(Object.assign(row, { floorMs, ratioToFloor: row.ok && floorMs ? Number((row.wallMs / floorMs).toFixed(1)) : undefined }));
  }
  rows.unshift(...aloneRows);

  let peer;
  if (!args['skip-peer']) {
    process.stderr.write(`${size} peer …\n`);
    // The peer holds the whole feed in memory; its heap is capped so a catalog too big for it fails fast.
    const file = join(work, 'peer.xml');
    const result = await child('bench/peer-google.mjs', ['--input', input, '--out', file], PEER_TIMEOUT_MS, ['--max-old-space-size=8192']);
    const outputBytes = result.ok ? (await stat(file)).size : undefined;
    await rm(file, { force: true });
    peer = {
      ok: result.ok,
      error: result.error,
      wallMs: result.wallMs,
      variantsPerSecond: result.ok ? Math.round((variants / result.wallMs) * 1000) : undefined,
      maxRssMb: result.maxRssKb ? Math.round(result.maxRssKb / 1024) : undefined,
      outputBytes,
      bytesPerVariant: outputBytes ? Number((outputBytes / variants).toFixed(1)) : undefined,
    };
  }
  const google = rows.find((r) => r.run === 'google' && r.kind === 'full');
  if (peer?.ok && google?.ok) {
    // Ours over the peer's wall time, like the ratio to the floor; the peer's over ours kept as before.
    google.ratioToPeer = Number((google.wallMs / peer.wallMs).toFixed(2));
    peer.oursToPeer = Number((peer.wallMs / google.wallMs).toFixed(1));
  }
  results.sizes[size] = { variants, channels: channelIds, changed, rows, peer, bytes };
  printRunTable({ size, variants, rows, peer, changed });
  if (bytes.full) printBytesTable({ bytes, order: channelIds });
}

await rm(work, { recursive: true, force: true });
await mkdir(join(ROOT, 'bench', 'results'), { recursive: true });
const file = join(ROOT, 'bench', 'results', `${results.date.slice(0, 19).replace(/[:T]/g, '-')}-${commit}.json`);
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nresults: ${file}`);
