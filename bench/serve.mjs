#!/usr/bin/env node
// npm run bench:serve: the catalog API under load. Builds the bench catalog (100k variants by default) once,
// starts `agentshelf serve` in its own process, and drives POST /catalog/search from this process with
// autocannon over a fixed mix of queries. Prints cold start, memory, p50/p99 latency and requests per second.
//   node bench/serve.mjs [--size 100k] [--duration 20] [--connections 10] [--mix repeat|varied]
// --mix repeat (default) cycles 17 fixed queries, so after the first round they come from the server's cache
// of ranked matches; --mix varied asks a new query nearly every time (see variedQuery).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generate } from './generate-catalog.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const size = args.size ?? '100k';
const duration = Number(args.duration ?? 20);
const connections = Number(args.connections ?? 10);
const work = args.work ?? join(ROOT, 'bench/data/serve');
const out = join(work, `public-${size}`);
const input = join(ROOT, `bench/data/catalog-${size}.ndjson`);

function run(command, argv, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'], ...options });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${argv.join(' ')} exited ${code}`))));
  });
}

const SIZES = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
if (!SIZES[size]) throw new Error(`unknown size ${size}; use ${Object.keys(SIZES).join(', ')}`);
if (!existsSync(input)) await generate({ variants: SIZES[size], out: input });
if (!existsSync(join(out, 'agentshelf.json')) || args.rebuild) {
  console.error(`building ${size} into ${out} …`);
  await run(process.execPath, ['bin/agentshelf.js', 'build', '-c', 'bench/bench-shop.config.json', '-i', input, '-o', out, '-q', '--force', '--report', join(work, 'report.json')]);
}

// The agent's own profile, which the server fetches once and caches (UCP version negotiation).
const platform = createServer((req, res) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600' }).end(JSON.stringify({ ucp: { version: '2026-08-25', services: {}, payment_handlers: {} } })));
await new Promise((resolve) => platform.listen(0, '127.0.0.1', resolve));
const profile = `profile="http://127.0.0.1:${platform.address().port}/.well-known/ucp"`;

const started = process.hrtime.bigint();
const server = spawn(process.execPath, ['bin/agentshelf.js', 'serve', '--dir', out, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise((resolve, reject) => {
  let text = '';
  server.stderr.setEncoding('utf8').on('data', (d) => {
    text += d;
    const match = / on (http:\/\/[^\s]+) /.exec(text);
    if (match) resolve(match[1]);
  });
  server.on('close', (code) => reject(new Error(`serve exited ${code}: ${text}`)));
});
const body = (query) => JSON.stringify({ query, pagination: { limit: 10 } });
const headers = { 'content-type': 'application/json', 'ucp-agent': profile };
const first = await fetch(`${url}/api/ucp/catalog/search`, { method: 'POST', headers, body: body('jacket') });
await first.text();
const coldStartMs = Number(process.hrtime.bigint() - started) / 1e6;

// Words of the bench catalog's titles, prefixes and typos, two-word queries, and a filter-only browse.
const QUERIES = ['jacket', 'merino', 'tent', 'boots', 'jack', 'meri', 'bots', 'jakcet', 'trail runner', 'down jacket', 'wool socks', 'rain shell', 'stove', 'headlamp', 'sleeping bag', 'pack'];
const requests = QUERIES.map((q) => ({ method: 'POST', path: '/api/ucp/catalog/search', headers, body: body(q) }));
requests.push({ method: 'POST', path: '/api/ucp/catalog/search', headers, body: JSON.stringify({ filters: { price: { min: 1000, max: 5000 } }, pagination: { limit: 10 } }) });

// --mix varied: a new query on every request, drawn from the bench catalog's words (seeded, so runs compare):
// broad single words, which repeat and are the costly ones, and a long tail of specific ones, which rarely do.
const ADJECTIVES = ['ridge', 'canyon', 'alpine', 'harbor', 'cedar', 'granite', 'meadow', 'juniper', 'basalt', 'tundra', 'willow', 'summit'];
const KINDS = ['shirt', 'socks', 'trail', 'shoe', 'headphones', 'speaker', 'tent', 'skillet', 'jacket'];
let seed = 20261205;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const typo = (word) => (word.length < 5 ? word : word.slice(0, 2) + word.slice(3));
function variedQuery() {
  const r = random();
  if (r < 0.2) return pick(KINDS);
  if (r < 0.35) return `${pick(ADJECTIVES)} ${pick(KINDS)}`;
  if (r < 0.45) return pick(KINDS).slice(0, 4);
  if (r < 0.55) return typo(pick([...KINDS, ...ADJECTIVES]));
  return `${pick(ADJECTIVES)} ${pick(KINDS)} ${1 + Math.floor(random() * 33_000)}`;
}
const varied = args.mix === 'varied';
const result = await autocannon({
  url,
  connections,
  duration,
  requests: varied ? [{ method: 'POST', path: '/api/ucp/catalog/search', headers, setupRequest: (req) => ({ ...req, body: body(variedQuery()) }) }] : requests,
});
const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
const rssMb = (field) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
server.kill('SIGTERM');
platform.close();

const summary = {
  size,
  mix: varied ? 'varied' : 'repeat',
  coldStartMs: Math.round(coldStartMs),
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  rps: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  rssMb: rssMb('VmRSS'),
  peakRssMb: rssMb('VmHWM'),
  connections,
  durationS: duration,
};
console.log(JSON.stringify(summary, null, 2));
