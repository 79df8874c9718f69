#!/usr/bin/env node
// Chooses the catalog search library by measuring (issue 12). For each candidate, on the 100k-variant bench
// catalog (~33k products) as the catalog-index channel indexes it (src/formats/search-index), it measures:
// index build time, serialized size, whether two builds serialize to the same bytes, then in a fresh process
// load (deserialize) time, heap after load, and the latency of 500 fixed queries (single words, two words,
// prefixes, typos) with the number of queries of each kind that found something.
//
//   node --import tsx bench/serve-index.mjs [--variants 100000] [--libs minisearch,flexsearch,orama]
//
// Every library is asked for all its matches (the query engine filters, counts and pages them itself).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
// The generator generate-catalog.mjs uses: the same queries every run.
import { random } from './generate-catalog.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));

// ---------------------------------------------------------------- the candidates

const LIBS = {
  minisearch: {
    async build(docs, SEARCH_OPTIONS) {
      const { default: MiniSearch } = await import('minisearch');
      const index = new MiniSearch(SEARCH_OPTIONS);
      index.addAll(docs);
      return JSON.stringify(index);
    },
    async load(text, SEARCH_OPTIONS) {
      const { default: MiniSearch } = await import('minisearch');
      const index = MiniSearch.loadJSON(text, SEARCH_OPTIONS);
      return (q) => index.search(q).map((r) => r.id);
    },
  },
  flexsearch: {
    options: { document: { id: 'id', index: ['title', 'description', 'brand', 'categories', 'options'] }, tokenize: 'forward', encoder: 'LatinAdvanced' },
    async build(docs) {
      const { Document } = await import('flexsearch');
      const index = new Document(this.options);
      for (const doc of docs) index.add(doc);
      // export() hands out the index as key/value chunks; kept in the order it gives them.
      const chunks = [];
      await index.export((key, data) => {
        chunks.push([key, data]);
      });
      return JSON.stringify(chunks);
    },
    async load(text) {
      const { Document } = await import('flexsearch');
      const index = new Document(this.options);
      for (const [key, data] of JSON.parse(text)) await index.import(key, data);
      return (q) => {
        const out = index.search(q, { limit: 1e6, merge: true, suggest: false });
        return out.map((r) => r.id);
      };
    },
  },
  orama: {
    schema: { title: 'string', description: 'string', brand: 'string', categories: 'string', options: 'string' },
    async build(docs) {
      const { create, insertMultiple, save } = await import('@orama/orama');
      const db = create({ schema: this.schema });
      await insertMultiple(db, docs.map((d) => ({ ...d, id: String(d.id) })), 1000);
      return JSON.stringify(save(db));
    },
    async load(text) {
      const { create, load, search } = await import('@orama/orama');
      const db = create({ schema: this.schema });
      load(db, JSON.parse(text));
      // threshold 0: only documents with every term (as MiniSearch's AND); tolerance 1: one typo.
      return (q) => search(db, { term: q, tolerance: 1, threshold: 0, limit: 1e6, boost: { title: 4, brand: 3, categories: 2, options: 2 } }).hits.map((h) => h.id);
    },
  },
};

// ---------------------------------------------------------------- the documents and the queries

async function documents(variants) {
  const input = join(ROOT, `bench/data/catalog-${variants / 1000}k.ndjson`);
  if (!existsSync(input)) {
    const { generate } = await import('./generate-catalog.mjs');
    await generate({ variants, out: input });
  }
  const { loadConfigFile } = await import('../src/config/load-config.ts');
  const { ProductScope } = await import('../src/enrich/product-scope.ts');
  const { resolveProduct } = await import('../src/enrich/resolve-product.ts');
  const { toUcpProduct, ucpSeller } = await import('../src/formats/ucp/catalog-product.ts');
  const { searchDocument, SEARCH_OPTIONS } = await import('../src/formats/search-index/search-index-format.ts');
  const { config } = await loadConfigFile(join(ROOT, 'bench/bench-shop.config.json'));
  const seller = ucpSeller(config);
  const docs = [];
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(input) })) {
    line++;
    const record = JSON.parse(text);
    const product = resolveProduct(record, new ProductScope(record.id, { file: input, line }), { config, nowMs: Date.parse('2026-11-22T12:00:00Z') });
    if (product) docs.push(searchDocument(toUcpProduct(product, { seller }), docs.length));
  }
  return { docs, SEARCH_OPTIONS };
}

function queries(docs) {
  const rand = random(12);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !/^\d+$/.test(w));
  const vocabulary = [...new Set(docs.slice(0, 2000).flatMap((d) => [...words(d.title), ...words(d.brand), ...words(d.categories), ...words(d.options)]))].sort();
  const descriptive = [...new Set(docs.slice(0, 200).flatMap((d) => words(d.description)))].sort();
  const long = vocabulary.filter((w) => w.length >= 5);
  const typo = (w) => {
    const i = 1 + Math.floor(rand() * (w.length - 2));
    const kind = Math.floor(rand() * 3);
    if (kind === 0) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
    if (kind === 1) return w.slice(0, i) + w.slice(i + 1); // deletion
    return w.slice(0, i) + 'qxz'[Math.floor(rand() * 3)] + w.slice(i + 1); // substitution
  };
  const out = [];
  for (let i = 0; i < 150; i++) out.push(['word', rand() < 0.8 ? pick(vocabulary) : pick(descriptive)]);
  for (let i = 0; i < 150; i++) {
    const d = pick(docs.slice(0, 2000));
    const title = words(d.title);
    out.push(['two words', rand() < 0.5 && title.length >= 2 ? `${title[0]} ${title[1]}` : `${pick(words(d.options).concat(title))} ${pick(title)}`]);
  }
  for (let i = 0; i < 100; i++) {
    const w = pick(long);
    out.push(['prefix', w.slice(0, 3 + Math.floor(rand() * Math.min(3, w.length - 3)))]);
  }
  for (let i = 0; i < 100; i++) out.push(['typo', typo(pick(long))]);
  return out;
}

// ---------------------------------------------------------------- one library, loaded in a fresh process

async function measureLoad(lib, file, queriesFile) {
  const text = await readFile(file, 'utf8');
  const list = JSON.parse(await readFile(queriesFile, 'utf8'));
  const SEARCH_OPTIONS = lib === 'minisearch' ? (await import('../src/formats/search-index/search-index-format.ts')).SEARCH_OPTIONS : undefined;
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const search = await LIBS[lib].load(text, SEARCH_OPTIONS);
  const loadMs = performance.now() - started;
  globalThis.gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  for (const [, q] of list.slice(0, 50)) search(q); // warm-up
  const times = [];
  const found = {};
  for (const [kind, q] of list) {
    const t = performance.now();
    const ids = search(q);
    times.push(performance.now() - t);
    found[kind] = (found[kind] ?? 0) + (ids.length > 0 ? 1 : 0);
  }
  times.sort((a, b) => a - b);
  const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  console.log(JSON.stringify({ loadMs, heapMb, p50: at(0.5), p99: at(0.99), found }));
}

if (args.load) {
  await measureLoad(args.load, args.file, args.queries);
} else {
  const variants = Number(args.variants ?? 100000);
  const libs = (args.libs ?? 'minisearch,flexsearch,orama').split(',');
  const { docs, SEARCH_OPTIONS } = await documents(variants);
  const list = queries(docs);
  const work = await mkdtemp(join(tmpdir(), 'serve-index-'));
  const queriesFile = join(work, 'queries.json');
  await writeFile(queriesFile, JSON.stringify(list));
  console.log(`${docs.length} products, ${list.length} queries (${[...new Set(list.map(([k]) => k))].map((k) => `${list.filter(([x]) => x === k).length} ${k}`).join(', ')})`);
  const rows = [];
  for (const lib of libs) {
    const started = performance.now();
    const text = await LIBS[lib].build(docs, SEARCH_OPTIONS);
    const buildMs = performance.now() - started;
    const again = await LIBS[lib].build(docs, SEARCH_OPTIONS);
    const file = join(work, `${lib}.json`);
    await writeFile(file, text);
    const child = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--load', lib, '--file', file, '--queries', queriesFile], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const loaded = JSON.parse(child.trim().split('\n').pop());
    rows.push({ lib, buildMs, mb: Buffer.byteLength(text) / 2 ** 20, deterministic: text === again, ...loaded });
  }
  await rm(work, { recursive: true, force: true });
  const kinds = Object.keys(rows[0].found);
  console.log(`| library | build | JSON size | same bytes twice | load | heap after load | p50 | p99 | queries with results (${kinds.join(' / ')}) |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.lib} | ${(r.buildMs / 1000).toFixed(2)} s | ${r.mb.toFixed(1)} MB | ${r.deterministic ? 'yes' : 'no'} | ${(r.loadMs / 1000).toFixed(2)} s | ${r.heapMb.toFixed(0)} MB | ${r.p50.toFixed(2)} ms | ${r.p99.toFixed(2)} ms | ${kinds.map((k) => `${r.found[k]}/${list.filter(([x]) => x === k).length}`).join(' / ')} |`);
  }
}
