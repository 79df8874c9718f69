import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load-config.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { productFileName } from '../../src/model/file-name.js';
import type { ResolvedConfig } from '../../src/model/resolved-config.js';
import { buildCatalog } from '../../src/pipeline/build.js';
import { verifyOutputs } from '../../src/pipeline/verify.js';
import { startLocalServer } from '../../src/test-support/local-server.js';
import { listFiles, outputProblems, publishedVariantIds, readDelimited, readRssItems } from '../support/output-checks.js';
import { ROOT, tempDir } from '../support/run-cli.js';

/**
 * The bad-input corpus (test/bad-input/README.md): each fixture is built in process, and must give no crash
 * (or, where the whole input cannot be read, an AgentshelfError with a code that names the file), a named
 * diagnostic for each problem, the good products around the bad ones published, and well-formed outputs
 * that pass verify.
 */
const FIXTURES = join(ROOT, 'test/bad-input');
const NOW = new Date('2026-11-22T12:00:00Z');
const fixture = (name: string): string => join(FIXTURES, name);

/** The two good products every fixture holds besides its bad ones. */
const GOOD: Record<string, string[]> = { 'good-tent-stakes': ['GOOD-TENT-STAKES'], 'good-firestarter': ['GOOD-FIRESTARTER'] };

interface Expected {
  ruleId: string;
  severity?: Diagnostic['severity'];
  productId?: string;
  variantId?: string;
  pointer?: string;
  channel?: string;
  /** The line of the record in the fixture. */
  line?: number;
}

interface Built {
  out: string;
  dir: string;
  ok: boolean;
  published: boolean;
  diagnostics: Diagnostic[];
}

let config: ResolvedConfig;
let tmp: { path: string; remove(): Promise<void> };
let runs = 0;

beforeAll(async () => {
  tmp = await tempDir('agentshelf-bad-input-');
  const loaded = (await loadConfigFile(fixture('shop.config.json'))).config;
  // The HTTP cache would go beside the config, into the fixtures; keep it in the temporary folder.
  config = { ...loaded, sources: { ...loaded.sources, cacheDir: join(tmp.path, 'http-cache') } };
});
afterAll(() => tmp?.remove());

/** Builds the inputs into a fresh folder with one thread and a fixed clock; the report is written and read back. */
async function build(inputs: string[]): Promise<Built> {
  const dir = join(tmp.path, `run-${++runs}`);
  const out = join(dir, 'out');
  const result = await buildCatalog({ config, inputs: inputs.map((path) => ({ path })), out, threads: 1, now: NOW });
  try {
    const diagnostics: Diagnostic[] = [];
    for await (const d of result.diagnostics()) diagnostics.push(d);
    await result.writeReport(join(dir, 'report.json'));
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')).diagnostics).toHaveLength(diagnostics.length);
    return { out, dir, ok: result.ok, published: result.published, diagnostics };
  } finally {
    await result.dispose();
  }
}

async function buildError(inputs: string[]): Promise<{ error: Error & { code?: string }; out: string }> {
  const before = runs;
  const error = await build(inputs).then(
    () => undefined,
    (e: unknown) => e as Error & { code?: string },
  );
  expect(error, 'the build should throw').toBeDefined();
  return { error: error!, out: join(tmp.path, `run-${before + 1}`, 'out') };
}

const matches = (d: Diagnostic, e: Expected): boolean =>
  Object.entries(e).every(([key, value]) => (key === 'line' ? d.origin?.line === value : (d as unknown as Record<string, unknown>)[key] === value));

/** Rules about a record that could not be read as a product at all: they name the line, as there is no product id. */
const UNREADABLE_RULES = new Set(['input/malformed-json', 'input/malformed-csv', 'input/not-a-catalog', 'input/not-an-object']);

interface Case {
  name: string;
  file: string;
  /** Diagnostics that must be reported (each found by every field given). */
  expected: Expected[];
  /** Products that must be published, with the variant ids every offer feed must carry; GOOD is added. */
  published?: Record<string, string[]>;
  /** Channels that leave a published variant out on purpose, by variant id. */
  except?: Record<string, string[]>;
  /** Products with no per-product page, and variant ids in no feed. */
  leftOutProducts?: string[];
  leftOutVariants?: string[];
  /** What else this fixture must show. */
  check?: (built: Built) => Promise<void> | void;
}

/** What every fixture that can be read must give: see the file comment. */
async function expectSound(built: Built, c: Case): Promise<void> {
  expect(built.ok && built.published, 'the build publishes').toBe(true);

  // Named diagnostics: a permanent rule id and its source on every one; a product id (and a variant id under
  // /variants/N) on every one about a record, or the line of a record that could not be read.
  for (const e of c.expected) expect(built.diagnostics.find((d) => matches(d, e)), JSON.stringify(e)).toBeDefined();
  for (const d of built.diagnostics) {
    expect(d.ruleId).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(d.url, d.ruleId).toMatch(/^https:\/\//);
    if (d.origin === undefined) continue;
    if (UNREADABLE_RULES.has(d.ruleId) && d.productId === undefined) expect(d.origin.line, d.ruleId).toBeGreaterThan(0);
    else expect(d.productId, `${d.ruleId} ${d.pointer ?? ''}`).toBeDefined();
    if (/^\/variants\/\d+(\/|$)/.test(d.pointer ?? '')) expect(d.variantId, `${d.ruleId} ${d.pointer}`).toBeDefined();
  }

  // The good records around the bad ones are published, in every offer feed and as pages; the bad ones are not.
  const feeds = await publishedVariantIds(built.out);
  for (const [channel, ids] of Object.entries(feeds)) expect(new Set(ids).size, `${channel} lists a variant twice`).toBe(ids.length);
  for (const [productId, variantIds] of Object.entries({ ...GOOD, ...c.published })) {
    expect(existsSync(join(built.out, 'jsonld', `${productFileName(productId)}.jsonld`)), productId).toBe(true);
    expect(existsSync(join(built.out, 'products', `${productFileName(productId)}.md`)), productId).toBe(true);
    for (const id of variantIds) {
      for (const [channel, ids] of Object.entries(feeds)) {
        if (c.except?.[id]?.includes(channel)) expect(ids, `${id} in ${channel}`).not.toContain(id);
        else expect(ids, `${id} in ${channel}`).toContain(id);
      }
    }
  }
  for (const productId of c.leftOutProducts ?? []) expect(existsSync(join(built.out, 'jsonld', `${productFileName(productId)}.jsonld`)), productId).toBe(false);
  for (const id of c.leftOutVariants ?? []) for (const [channel, ids] of Object.entries(feeds)) expect(ids, `${id} in ${channel}`).not.toContain(id);

  // Well-formed outputs, and a published folder that verify accepts.
  expect(await outputProblems(built.out)).toEqual([]);
  const verified = await verifyOutputs({ out: built.out, now: NOW });
  try {
    expect(verified.ok, JSON.stringify(verified.failure)).toBe(true);
  } finally {
    await verified.dispose();
  }
}

const googleItem = async (out: string, id: string): Promise<Record<string, unknown>> => (await readRssItems(join(out, 'feeds/google/products.xml'))).find((item) => item['g:id'] === id)!;
const jsonLd = (out: string, productId: string): Record<string, unknown> => JSON.parse(readFileSync(join(out, 'jsonld', `${productFileName(productId)}.jsonld`), 'utf8'));
const codePoints = (text: string): number => [...text].length;

const CASES: Case[] = [
  {
    name: 'invalid UTF-8 bytes inside a record',
    file: 'invalid-utf8.ndjson',
    expected: [
      { ruleId: 'text/replacement-character', severity: 'warning', productId: 'latin1-mug', pointer: '/title', line: 2 },
      { ruleId: 'text/replacement-character', severity: 'warning', productId: 'latin1-mug', pointer: '/description', line: 2 },
    ],
    published: { 'latin1-mug': ['LATIN1-MUG'] },
    check: async ({ out }) => {
      // Published as read: what the bytes were is unknown, so nothing is guessed.
      expect((await googleItem(out, 'LATIN1-MUG'))['g:title']).toBe('Caf\uFFFD Mug');
    },
  },
  {
    name: 'a BOM and CRLF line endings (NDJSON)',
    file: 'bom-crlf.ndjson',
    // Line 4 starts with a second BOM (two files joined): only the start of the input may have one.
    expected: [{ ruleId: 'input/malformed-json', severity: 'error', line: 4 }],
    published: { 'crlf-lantern': ['CRLF-LANTERN'] },
    leftOutProducts: ['second-file-mug'],
    check: async ({ out }) => {
      const rows = await readDelimited(join(out, 'feeds/openai/products.tsv.gz'), '\t');
      expect(rows.find((r) => r.item_id === 'GOOD-FIRESTARTER')?.mpn).toBe('AP-GOOD-FIRESTA');
      expect((jsonLd(out, 'crlf-lantern').description as string).split(/\r?\n/)).toEqual(['Line one.', 'Line two.']);
    },
  },
  {
    name: 'a BOM and CRLF line endings (CSV)',
    file: 'bom-crlf.csv',
    expected: [],
    published: { 'crlf-lantern': ['CRLF-LANTERN'] },
    check: async ({ out }) => {
      // The BOM is not part of the first header cell, nor the CR of the last cell of a row.
      const rows = await readDelimited(join(out, 'feeds/openai/products.csv.gz'), ',');
      expect(rows.find((r) => r.item_id === 'GOOD-FIRESTARTER')?.mpn).toBe('AP-FIRE');
      expect(jsonLd(out, 'crlf-lantern').description).toBe('Line one.\r\nLine two, with a comma.');
    },
  },
  {
    name: 'huge fields (a 2 MB description, a 50 KB title)',
    file: 'huge-fields.ndjson.gz',
    expected: ['google', 'microsoft', 'meta', 'openai'].flatMap((channel) => [
      { ruleId: `${channel}/title-too-long`, productId: 'huge-sleeping-bag', variantId: 'HUGE-SLEEPING-BAG', channel },
      { ruleId: `${channel}/description-too-long`, productId: 'huge-sleeping-bag', variantId: 'HUGE-SLEEPING-BAG', channel },
    ]),
    published: { 'huge-sleeping-bag': ['HUGE-SLEEPING-BAG'] },
    check: async ({ out }) => {
      const item = await googleItem(out, 'HUGE-SLEEPING-BAG');
      expect(codePoints(item['g:title'] as string)).toBeLessThanOrEqual(150);
      expect(codePoints(item['g:description'] as string)).toBeLessThanOrEqual(5000);
      // Where no limit applies, nothing is cut.
      expect((jsonLd(out, 'huge-sleeping-bag').name as string).length).toBe(50_000);
    },
  },
  {
    name: 'deep nesting (values nested 10,000 levels deep)',
    file: 'deep-nesting.json',
    expected: [
      { ruleId: 'schema/type', productId: 'deep-option-jacket', variantId: 'DEEP-OPTION-JACKET', pointer: '/variants/0/options/Fill', line: 4 },
      { ruleId: 'schema/additional-property', productId: 'deep-unknown-field', pointer: '/metadata', line: 5 },
      { ruleId: 'schema/decimal', productId: 'deep-price', variantId: 'DEEP-PRICE', pointer: '/variants/0/price', line: 6 },
      { ruleId: 'schema/date-time', productId: 'deep-sale-date', variantId: 'DEEP-SALE-DATE', pointer: '/variants/0/saleStartsAt', line: 7 },
      { ruleId: 'schema/enum', productId: 'deep-condition', pointer: '/condition', line: 8 },
      { ruleId: 'input/not-an-object', pointer: '', line: 9 },
    ],
    leftOutProducts: ['deep-option-jacket', 'deep-unknown-field', 'deep-price', 'deep-sale-date', 'deep-condition'],
    leftOutVariants: ['DEEP-OPTION-JACKET', 'DEEP-UNKNOWN-FIELD', 'DEEP-PRICE', 'DEEP-SALE-DATE', 'DEEP-CONDITION'],
  },
  {
    name: 'duplicate product ids and duplicate variant ids',
    file: 'duplicate-ids.ndjson',
    expected: [
      { ruleId: 'catalog/duplicate-product-id', productId: 'trail-mug', pointer: '/id', line: 3 },
      { ruleId: 'catalog/duplicate-variant-id', productId: 'camp-cup', variantId: 'GOOD-TENT-STAKES', pointer: '/variants/0/id', line: 4 },
      { ruleId: 'catalog/duplicate-variant-id', productId: 'tarp', variantId: 'TARP-GREEN', pointer: '/variants/1/id', line: 5 },
    ],
    published: { 'trail-mug': ['MUG-1'], tarp: ['TARP-GREEN', 'TARP-SAND'] },
    leftOutProducts: ['camp-cup'],
    leftOutVariants: ['MUG-2'],
    check: async ({ out }) => {
      // The first of two wins, everywhere.
      expect((await googleItem(out, 'GOOD-TENT-STAKES'))['g:title']).toBe('Aluminum Tent Stakes, 8-Pack');
      expect((await googleItem(out, 'TARP-GREEN'))['g:color']).toBe('Green');
      expect(jsonLd(out, 'trail-mug').name).toBe('Trail Mug');
    },
  },
  {
    name: 'NaN, Infinity, -0 and 1e400 where numbers are expected (JSON)',
    file: 'bad-numbers.json',
    expected: [
      { ruleId: 'schema/decimal', productId: 'price-nan-string', variantId: 'PRICE-NAN-STRING', pointer: '/variants/0/price', line: 3 },
      { ruleId: 'schema/decimal', productId: 'price-infinity-string', variantId: 'PRICE-INFINITY-STRING', pointer: '/variants/0/price', line: 4 },
      { ruleId: 'schema/decimal', productId: 'price-minus-zero-string', variantId: 'PRICE-MINUS-ZERO-STRING', pointer: '/variants/0/price', line: 5 },
      { ruleId: 'schema/decimal', productId: 'price-1e400-string', variantId: 'PRICE-1E400-STRING', pointer: '/variants/0/price', line: 6 },
      { ruleId: 'schema/decimal', productId: 'price-1e400-number', variantId: 'PRICE-1E400-NUMBER', pointer: '/variants/0/price', line: 7 },
      { ruleId: 'price/not-positive', productId: 'price-minus-zero-number', variantId: 'PRICE-MINUS-ZERO-NUMBER', pointer: '/variants/0/price', line: 8 },
      { ruleId: 'price/not-positive', productId: 'price-1e-400-number', variantId: 'PRICE-1E-400-NUMBER', pointer: '/variants/0/price', line: 9 },
      { ruleId: 'schema/decimal', productId: 'sale-1e400-number', variantId: 'SALE-1E400-NUMBER', pointer: '/variants/0/salePrice', line: 10 },
      { ruleId: 'schema/type', productId: 'stock-1e400-number', variantId: 'STOCK-1E400-NUMBER', pointer: '/variants/0/stockQuantity', line: 11 },
      { ruleId: 'schema/type', productId: 'weight-1e400-number', variantId: 'WEIGHT-1E400-NUMBER', pointer: '/variants/0/weight/value', line: 12 },
      { ruleId: 'input/malformed-json', line: 13 },
      { ruleId: 'input/malformed-json', line: 14 },
    ],
    leftOutProducts: ['price-nan-string', 'price-infinity-string', 'price-minus-zero-string', 'price-1e400-string', 'price-1e400-number', 'price-minus-zero-number', 'price-1e-400-number', 'sale-1e400-number', 'stock-1e400-number', 'weight-1e400-number', 'price-bare-nan', 'price-bare-infinity'],
    check: ({ diagnostics }) => {
      // 1e400 parses to Infinity, which JSON would write as null: the report names it.
      expect(diagnostics.find((d) => d.productId === 'price-1e400-number')?.actual).toBe('Infinity');
      expect(diagnostics.find((d) => d.productId === 'stock-1e400-number')?.actual).toBe('Infinity');
    },
  },
  {
    name: 'NaN, Infinity, -0 and 1e400 where numbers are expected (CSV)',
    file: 'bad-numbers.csv',
    expected: [
      { ruleId: 'schema/decimal', productId: 'price-nan', variantId: 'PRICE-NAN', pointer: '/variants/0/price', line: 3 },
      { ruleId: 'schema/decimal', productId: 'price-infinity', variantId: 'PRICE-INFINITY', pointer: '/variants/0/price', line: 4 },
      { ruleId: 'schema/decimal', productId: 'price-minus-zero', variantId: 'PRICE-MINUS-ZERO', pointer: '/variants/0/price', line: 5 },
      { ruleId: 'schema/decimal', productId: 'price-1e400', variantId: 'PRICE-1E400', pointer: '/variants/0/price', line: 6 },
      { ruleId: 'schema/decimal', productId: 'sale-nan', variantId: 'SALE-NAN', pointer: '/variants/0/salePrice', line: 7 },
      { ruleId: 'input/csv-bad-cell', productId: 'stock-infinity', variantId: 'STOCK-INFINITY', pointer: '/variants/0/stockQuantity', line: 8 },
      { ruleId: 'input/csv-bad-cell', productId: 'stock-1e400', variantId: 'STOCK-1E400', pointer: '/variants/0/stockQuantity', line: 9 },
      { ruleId: 'input/csv-bad-cell', productId: 'weight-nan', variantId: 'WEIGHT-NAN', pointer: '/variants/0/weight', line: 10 },
      { ruleId: 'input/csv-bad-cell', productId: 'weight-1e400', variantId: 'WEIGHT-1E400', pointer: '/variants/0/weight', line: 11 },
    ],
    leftOutProducts: ['price-nan', 'price-infinity', 'price-minus-zero', 'price-1e400', 'sale-nan', 'stock-infinity', 'stock-1e400', 'weight-nan', 'weight-1e400'],
  },
  {
    name: 'emoji and right-to-left text with bidi controls',
    file: 'emoji-rtl.ndjson',
    expected: [],
    published: {
      'emoji-tent': ['EMOJI-TENT'],
      'arabic-lantern': ['ARABIC-LANTERN'],
      'hebrew-bottle': ['HEBREW-BOTTLE'],
      'bidi-override': ['BIDI-OVERRIDE'],
      'mixed-direction': ['MIXED-DIRECTION'],
      'emoji-long-title': ['EMOJI-LONG-TITLE'],
    },
    check: async ({ out }) => {
      // Text is data: every code point arrives as written, bidi controls included.
      const titles: Record<string, string> = {
        'EMOJI-TENT': 'Family Tent 👨‍👩‍👧‍👦 🏕️ for 4 🇺🇸 #️⃣1 👍🏽',
        'ARABIC-LANTERN': 'فانوس تخييم قابل لإعادة الشحن',
        'HEBREW-BOTTLE': 'בקבוק מים מבודד 750 מ״ל',
        'BIDI-OVERRIDE': 'Camp Knife \u202Egpj.exe\u202C \u2066Blade\u2069 \u200F',
        'MIXED-DIRECTION': 'Mug כוס كوب 🍵 Mug',
      };
      for (const [id, title] of Object.entries(titles)) expect((await googleItem(out, id))['g:title'], id).toBe(title);
      expect(jsonLd(out, 'bidi-override').name).toBe(titles['BIDI-OVERRIDE']);
      // A title over the limit is cut between words, never inside a surrogate pair (the outputs are UTF-8).
      const full = '🏕️👨‍👩‍👧 Tent '.repeat(30).trim();
      const cut = (await googleItem(out, 'EMOJI-LONG-TITLE'))['g:title'] as string;
      expect(codePoints(cut)).toBeLessThanOrEqual(150);
      expect(full.startsWith(cut.replace(/…$/, ''))).toBe(true);
    },
  },
  {
    name: 'XML-forbidden characters (U+0000–U+0008, U+FFFE, lone surrogates)',
    file: 'xml-forbidden.ndjson',
    expected: [
      ...['/title', '/description', '/brand', '/material', '/productType'].map((pointer) => ({ ruleId: 'text/control-characters', productId: 'forbidden-title', pointer, line: 2 })),
      { ruleId: 'text/control-characters', productId: 'forbidden-title', variantId: 'FORBIDDEN-TITLE', pointer: '/variants/0/color', line: 2 },
      { ruleId: 'schema/identifier-characters', severity: 'error', productId: 'forbidden-variant-id', variantId: 'SPORK-\ud800-1', pointer: '/variants/0/id', line: 3 },
      { ruleId: 'schema/identifier-characters', severity: 'error', productId: 'forbidden-sku', variantId: 'FORBIDDEN-SKU', pointer: '/variants/0/sku', line: 4 },
      { ruleId: 'schema/format', productId: 'forbidden-url', pointer: '/url', line: 5 },
      { ruleId: 'microsoft/id-invalid', productId: 'forbidden-c1-id', variantId: 'PLATE\u0085-1', channel: 'microsoft', line: 6 },
      { ruleId: 'openai/id-breaks-tsv', productId: 'forbidden-c1-id', variantId: 'PLATE\u0085-1', channel: 'openai', line: 6 },
    ],
    published: { 'forbidden-title': ['FORBIDDEN-TITLE'], 'forbidden-c1-id': ['PLATE\u0085-1'] },
    // U+0085 (NEL) is allowed in XML and JSON; a tab-delimited file cannot carry it, and an id is never changed:
    // Microsoft's TSV leaves it out, and so does OpenAI's feed, whose formats (TSV among them) carry the same rows.
    except: { 'PLATE\u0085-1': ['microsoft', 'openai', 'openai-tsv', 'openai-csv'] },
    leftOutProducts: ['forbidden-variant-id', 'forbidden-sku', 'forbidden-url'],
    leftOutVariants: ['SPORK-\ud800-1', 'FORBIDDEN-SKU', 'FORBIDDEN-URL'],
    check: async ({ out }) => {
      expect((await googleItem(out, 'FORBIDDEN-TITLE'))['g:title']).toBe('Trail Mug 12 oz');
    },
  },
  {
    name: '</script> and ]]> inside titles and descriptions',
    file: 'script-cdata.ndjson',
    expected: [
      { ruleId: 'description/html-sanitized', severity: 'warning', productId: 'script-title', pointer: '/description', line: 2 },
      { ruleId: 'description/html-sanitized', severity: 'warning', productId: 'cdata-title', pointer: '/description', line: 3 },
    ],
    published: { 'script-title': ['SCRIPT-TITLE'], 'cdata-title': ['CDATA-TITLE'] },
    check: async ({ out }) => {
      // JSON-LD is pasted into <script type="application/ld+json">: no "<" may appear in it as it is.
      for (const file of (await listFiles(join(out, 'jsonld'))).filter((f) => f.endsWith('.jsonld'))) {
        expect(readFileSync(join(out, 'jsonld', file), 'utf8'), file).not.toContain('<');
      }
      // The titles are data: they reach the feeds as written, escaped for each format.
      const scriptTitle = 'Headlamp </script><script>alert(1)</script> 300';
      const cdataTitle = 'Stove ]]> <![CDATA[ x ]]> Kit';
      expect((await googleItem(out, 'SCRIPT-TITLE'))['g:title']).toBe(scriptTitle);
      expect((await googleItem(out, 'CDATA-TITLE'))['g:title']).toBe(cdataTitle);
      expect(jsonLd(out, 'script-title').name).toBe(scriptTitle);
      const meta = await readRssItems(join(out, 'feeds/meta/products.xml'));
      expect(meta.find((item) => item['g:id'] === 'CDATA-TITLE')?.['g:title']).toBe(cdataTitle);
      const acp = readFileSync(join(out, 'feeds/acp/products.jsonl'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { id: string; description: { html?: string } });
      for (const product of acp) expect(product.description.html ?? '', product.id).not.toMatch(/<script/i);
    },
  },
  {
    name: 'CSV formula prefixes in values that land in TSV/CSV outputs',
    file: 'formula-prefixes.ndjson',
    expected: [],
    published: Object.fromEntries(['formula-equals', 'formula-plus', 'formula-minus', 'formula-at', 'formula-tab', 'formula-cr'].map((id) => [id, [id.toUpperCase()]])),
    check: async ({ out }) => {
      // Feeds are read by machines as text: values are written as they are, not prefixed or quoted away.
      const titles: Record<string, string> = {
        'FORMULA-EQUALS': '=HYPERLINK("https://evil.example","Click")',
        'FORMULA-PLUS': '+1 Trail Mug',
        'FORMULA-MINUS': '-40 Degree Sleeping Bag',
        'FORMULA-AT': '@home Camp Chair',
        'FORMULA-TAB': '=Tab Led Title',
        'FORMULA-CR': '=CR Led Title',
      };
      const outputs: Array<[string, Array<Record<string, string>>, string]> = [
        ['openai tsv', await readDelimited(join(out, 'feeds/openai/products.tsv.gz'), '\t'), 'item_id'],
        ['openai csv', await readDelimited(join(out, 'feeds/openai/products.csv.gz'), ','), 'item_id'],
        ['microsoft', await readDelimited(join(out, 'feeds/microsoft/products.txt'), '\t'), 'id'],
      ];
      for (const [name, rows, idColumn] of outputs) {
        const byId = new Map(rows.map((row) => [row[idColumn], row]));
        for (const [id, title] of Object.entries(titles)) expect(byId.get(id)?.title, `${name} ${id}`).toBe(title);
        expect(byId.get('FORMULA-EQUALS')?.brand, name).toBe('=cmd|" /C calc"!A0');
        expect(byId.get('FORMULA-EQUALS')?.mpn, name).toBe('=SUM(A1:A9)');
        expect(byId.get('FORMULA-AT')?.mpn, name).toBe('@MPN-3');
      }
    },
  },
  {
    name: 'ids containing ../ or a NUL byte',
    file: 'unsafe-ids.ndjson',
    expected: [
      { ruleId: 'schema/pattern', productId: 'nul\u0000byte', pointer: '/id', line: 5 },
      { ruleId: 'schema/pattern', productId: 'nul-variant', variantId: 'BOWL\u0000-1', pointer: '/variants/0/id', line: 6 },
    ],
    published: { '../../etc/passwd': ['../VARIANT-UP'], '..': ['..'], 'products/../../x': ['NESTED-CLIMBER'] },
    leftOutProducts: ['nul\u0000byte', 'nul-variant'],
    leftOutVariants: ['NUL-BOTTLE', 'BOWL\u0000-1'],
    check: async ({ out, dir }) => {
      // No id names a file outside its folder: every per-product file is a plain name in jsonld/ or products/.
      for (const file of await listFiles(out)) {
        expect(file.split('/'), file).not.toContain('..');
        if (/^(jsonld|products)\//.test(file)) expect(file, file).toMatch(/^(jsonld|products)\/[A-Za-z0-9][A-Za-z0-9._~-]*\.(jsonld|md)$/);
      }
      expect(existsSync(join(out, 'jsonld', `${productFileName('../../etc/passwd')}.jsonld`))).toBe(true);
      expect(productFileName('../../etc/passwd')).toMatch(/^etc-passwd~[0-9a-f]{12}$/);
      for (const file of (await listFiles(dir)).filter((f) => !f.startsWith('out/'))) expect(file).not.toMatch(/passwd|VARIANT|NESTED|(^|\/)x(\.|$)/);
    },
  },
];

describe('the bad-input corpus', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: no crash, named diagnostics, the good products published, well-formed outputs', async (_, c) => {
    const built = await build([fixture(c.file)]);
    await expectSound(built, c);
    await c.check?.(built);
  });

  it('a truncated gzip stops the run with E_INPUT_UNREADABLE naming the file, and publishes nothing', async () => {
    const { error, out } = await buildError([fixture('truncated.ndjson.gz')]);
    expect(error).toMatchObject({ name: 'AgentshelfError', code: 'E_INPUT_UNREADABLE' });
    expect(error.message).toContain(fixture('truncated.ndjson.gz'));
    expect(error.message).toContain('truncated');
    expect(existsSync(out)).toBe(false);
  });

  it('an HTML login page saved as catalog.json stops the run with E_SOURCE_MALFORMED saying it is an HTML page', async () => {
    const { error, out } = await buildError([fixture('login-page.json')]);
    expect(error).toMatchObject({ name: 'AgentshelfError', code: 'E_SOURCE_MALFORMED' });
    expect(error.message).toContain(`${fixture('login-page.json')} is an HTML page`);
    expect(error.message).toContain('Log in - Alder & Pine Admin');
    expect(existsSync(out)).toBe(false);
  });

  it('an HTML page after a good input still stops the run: a partial catalog is never published', async () => {
    const { error, out } = await buildError([fixture('bom-crlf.ndjson'), fixture('login-page.json')]);
    expect(error).toMatchObject({ code: 'E_SOURCE_MALFORMED' });
    expect(existsSync(out)).toBe(false);
  });

  it('a URL that answers with an HTML error page (text/html) stops the run, naming the URL', async () => {
    const page = readFileSync(fixture('error-page.html'));
    const server = await startLocalServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(page);
    });
    try {
      for (const path of ['/catalog.json', '/feeds/catalog.ndjson', '/export']) {
        const { error, out } = await buildError([`${server.url}${path}`]);
        expect(error, path).toMatchObject({ name: 'AgentshelfError', code: 'E_SOURCE_MALFORMED' });
        expect(error.message, path).toContain(`${server.url}${path} is an HTML page titled "502 Bad Gateway", served as text/html; charset=utf-8`);
        expect(existsSync(out), path).toBe(false);
      }
      expect(server.requests.length).toBeGreaterThanOrEqual(3);
    } finally {
      await server.close();
    }
  });
});
