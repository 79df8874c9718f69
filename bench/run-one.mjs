#!/usr/bin/env node
// One measured build, in a fresh process so its peak RSS is its own: prints a JSON line with wall time,
// peak RSS (process.resourceUsage().maxRSS, in KB), the bytes in the output folder, and what the run changed
// against the published folder, and the size of the render cache beside it. It never removes the output folder: into an empty one it is a full build, into
// a published one (its state file and lock beside it) a refresh.
//   node bench/run-one.mjs --config C --input I --out O [--channels a,b] [--cache off]
import { readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildCatalog, loadConfigFile } from '../dist/index.js';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));

async function size(dir) {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? await size(path) : (await stat(path)).size;
  }
  return bytes;
}

const cache = join(dirname(args.out), `.${basename(args.out)}.cache`);
const { config } = await loadConfigFile(args.config);
const started = process.hrtime.bigint();
const result = await buildCatalog({
  config,
  inputs: [{ path: args.input }],
  out: args.out,
  now: new Date('2026-11-22T12:00:00Z'),
  ...(args.channels ? { channels: args.channels.split(',') } : {}),
  ...(args.cache === 'off' ? { cache: false } : {}),
});
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
await result.dispose();
console.log(
  JSON.stringify({
    ok: result.ok,
    failure: result.failure,
    wallMs: Math.round(wallMs),
    maxRssKb: process.resourceUsage().maxRSS,
    outputBytes: result.ok ? await size(args.out) : 0,
    // The render cache beside the folder (README "Incremental refresh"): disk the refresh buys its speed with.
    cacheBytes: existsSync(cache) ? await size(cache) : 0,
    variantsRead: result.summary.variants.read,
    variants: result.summary.variants.published,
    products: result.summary.products.published,
    channels: result.summary.channels.map((c) => ({ id: c.id, items: c.items })),
    ...(result.summary.changes ? { changes: { variants: result.summary.changes.variants, files: result.summary.changes.files, rendering: result.summary.changes.rendering } } : {}),
  }),
);
