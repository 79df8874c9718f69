import { existsSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentshelfError } from '../model/errors.js';
import { readInput, readInputs, type FileInput } from './read-inputs.js';
import type { SourceItem } from './source-item.js';
import { testReadContext } from '../test-support/read-context.js';
import { startLocalServer } from '../test-support/local-server.js';

const CONTEXT = testReadContext();

let dir: string;
const at = (name: string): string => join(dir, name);

async function collect(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** JSON with object keys sorted, so a summary does not depend on the order a reader set properties in. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );

/** Records as `line:value`, unreadable items as `line:ruleId`: the file name is left out so inputs can be compared. */
const summary = (items: SourceItem[]): string[] =>
  items.map((item) => (item.type === 'record' ? `${item.origin.line}:${stable(item.value)}` : `${item.diagnostic.origin?.line}:${item.diagnostic.ruleId}`));

async function failure(items: AsyncIterable<SourceItem>): Promise<unknown> {
  try {
    await collect(items);
  } catch (error) {
    return error;
  }
  throw new Error('expected reading to fail');
}

const NDJSON = [
  '{"id":"a","title":"Trail Tent 🏕️"}',
  '{"id":"b","title":"テント, 帐篷"}',
  '{"id":"c" "broken": true}',
  '',
  '{"id":"d","title":"Mug"}',
  '',
].join('\n');
const NDJSON_SUMMARY = ['1:{"id":"a","title":"Trail Tent 🏕️"}', '2:{"id":"b","title":"テント, 帐篷"}', '3:input/malformed-json', '5:{"id":"d","title":"Mug"}'];

const JSON_CATALOG = '{\n  "products": [\n    {"id": "a"},\n    {"id": "b"}\n  ]\n}\n';
const CSV = 'id,variantId,title,price\nT1,T1-A,Tent,10\nT1,T1-B,,11\nM1,,Mug,5\n';
const TSV = 'id\tvariantId\ttitle\tprice\nT1\tT1-A\tTent\t10\nT1\tT1-B\t\t11\nM1\t\tMug\t5\n';
const CSV_SUMMARY = [
  `2:${stable({ id: 'T1', title: 'Tent', variants: [{ id: 'T1-A', price: '10' }, { id: 'T1-B', price: '11' }] })}`,
  `4:${stable({ id: 'M1', title: 'Mug', variants: [{ id: 'M1', price: '5' }] })}`,
];

/** About 3 MB of NDJSON, so the file is read in several chunks and multibyte characters straddle chunk edges. */
const BIG_COUNT = 12_000;
const BIG = Array.from({ length: BIG_COUNT }, (_, i) => JSON.stringify({ id: `p${i}`, title: `テント ${i} 🏕️ ${'é'.repeat(i % 97)}`, n: i })).join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agentshelf-read-inputs-'));
  await writeFile(at('catalog.ndjson'), NDJSON);
  await writeFile(at('catalog.ndjson.gz'), gzipSync(NDJSON));
  await writeFile(at('CATALOG.NDJSON.GZ'), gzipSync(NDJSON));
  await writeFile(at('catalog.jsonl'), NDJSON);
  await writeFile(at('catalog.json'), JSON_CATALOG);
  await writeFile(at('catalog.json.gz'), gzipSync(JSON_CATALOG));
  await writeFile(at('CATALOG.JSON'), JSON_CATALOG);
  await writeFile(at('catalog.csv'), CSV);
  await writeFile(at('catalog.csv.gz'), gzipSync(CSV));
  await writeFile(at('catalog.tsv'), TSV);
  await writeFile(at('bom.csv'), `\ufeff${CSV}`);
  await writeFile(at('ndjson.txt'), NDJSON);
  await writeFile(at('array.txt'), '[\n  {"id": "a"},\n  {"id": "b"}\n]');
  await writeFile(at('object.txt'), JSON_CATALOG);
  await writeFile(at('table.txt'), TSV);
  await writeFile(at('comma.txt'), CSV);
  await writeFile(at('empty.txt'), '');
  await writeFile(at('empty.json'), '');
  await writeFile(at('big.ndjson'), BIG);
  await writeFile(at('big.ndjson.gz'), gzipSync(BIG));
  await writeFile(at('not-gzip.json.gz'), JSON_CATALOG);
  await writeFile(at('padded.json'), `[{"id": "a"}]${' '.repeat(3 << 20)}`);
  await writeFile(at('truncated.ndjson.gz'), gzipSync(BIG).subarray(0, 4096));
  await writeFile(at('login.json'), '<!DOCTYPE html>\n<html><head><title>Log in</title></head><body><form></form></body></html>\n');
  await writeFile(at('login.csv'), '\ufeff\n<html><head><title>Log in</title></head></html>\n');
  await mkdir(at('folder.json'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('readInput', () => {
  it('reads NDJSON and stamps records with the path as given', async () => {
    const items = await collect(readInput({ path: at('catalog.ndjson') }, CONTEXT));
    expect(summary(items)).toEqual(NDJSON_SUMMARY);
    for (const item of items) expect(item.type === 'record' ? item.origin.file : item.diagnostic.origin?.file).toBe(at('catalog.ndjson'));
  });

  it.each(['catalog.ndjson.gz', 'CATALOG.NDJSON.GZ', 'catalog.jsonl'])('reads %s to the same records as the plain NDJSON', async (name) => {
    const plain = await collect(readInput({ path: at('catalog.ndjson') }, CONTEXT));
    const other = await collect(readInput({ path: at(name) }, CONTEXT));
    expect(summary(other)).toEqual(summary(plain));
    expect(other.map((item) => (item.type === 'record' ? item.value : null))).toEqual(plain.map((item) => (item.type === 'record' ? item.value : null)));
  });

  it.each([
    ['catalog.json', ['3:{"id":"a"}', '4:{"id":"b"}']],
    ['catalog.json.gz', ['3:{"id":"a"}', '4:{"id":"b"}']],
    ['CATALOG.JSON', ['3:{"id":"a"}', '4:{"id":"b"}']],
    ['catalog.csv', CSV_SUMMARY],
    ['catalog.csv.gz', CSV_SUMMARY],
    ['catalog.tsv', CSV_SUMMARY],
    ['bom.csv', CSV_SUMMARY],
  ])('picks the format of %s from its name', async (name, expected) => {
    expect(summary(await collect(readInput({ path: at(name) }, CONTEXT)))).toEqual(expected);
  });

  it.each([
    ['ndjson.txt', NDJSON_SUMMARY],
    ['array.txt', ['2:{"id":"a"}', '3:{"id":"b"}']],
    ['object.txt', ['3:{"id":"a"}', '4:{"id":"b"}']],
    ['table.txt', CSV_SUMMARY],
    ['comma.txt', CSV_SUMMARY],
  ])('picks the format of %s from its content', async (name, expected) => {
    expect(summary(await collect(readInput({ path: at(name) }, CONTEXT)))).toEqual(expected);
  });

  it('uses the format given over the name', async () => {
    expect(summary(await collect(readInput({ path: at('comma.txt'), format: 'csv' }, CONTEXT)))).toEqual(CSV_SUMMARY);
    // Read as NDJSON, each CSV line is a broken record.
    expect(summary(await collect(readInput({ path: at('catalog.csv'), format: 'ndjson' }, CONTEXT)))).toEqual([1, 2, 3, 4].map((n) => `${n}:input/malformed-json`));
  });

  it('reads a multi-megabyte file in chunks without breaking multibyte characters, plain or gzip-compressed', async () => {
    const expected = BIG.split('\n').map((line, i) => ({ type: 'record', value: JSON.parse(line) as unknown, origin: { file: at('big.ndjson'), line: i + 1 } }));
    const plain = await collect(readInput({ path: at('big.ndjson') }, CONTEXT));
    expect(plain).toHaveLength(BIG_COUNT);
    expect(plain).toEqual(expected);
    const gzipped = await collect(readInput({ path: at('big.ndjson.gz') }, CONTEXT));
    expect(gzipped).toEqual(expected.map((item) => ({ ...item, origin: { ...item.origin, file: at('big.ndjson.gz') } })));
  });

  it('reads an empty JSON file as not-a-catalog', async () => {
    expect(summary(await collect(readInput({ path: at('empty.json') }, CONTEXT)))).toEqual(['1:input/not-a-catalog']);
  });

  it.each<[string, FileInput, string]>([
    ['a missing file', { path: 'missing.ndjson' }, 'E_INPUT_NOT_FOUND'],
    ['a missing file in a missing folder', { path: 'no/such/folder/catalog.json' }, 'E_INPUT_NOT_FOUND'],
    ['a directory', { path: 'folder.json' }, 'E_INPUT_UNREADABLE'],
    ['a .gz file that is not gzip data', { path: 'not-gzip.json.gz' }, 'E_INPUT_UNREADABLE'],
    ['an unknown format name', { path: 'catalog.json', format: 'xml' }, 'E_INPUT_FORMAT'],
    ['an empty file whose format cannot be told', { path: 'empty.txt' }, 'E_INPUT_FORMAT'],
  ])('throws for %s', async (_name, spec, code) => {
    const error = await failure(readInput({ ...spec, path: at(spec.path) }, CONTEXT));
    expect(error).toBeInstanceOf(AgentshelfError);
    expect(error).toMatchObject({ name: 'AgentshelfError', code });
  });

  it('names a gzip file that ends early as truncated, after the records before the cut', async () => {
    const seen: SourceItem[] = [];
    let error: unknown;
    try {
      for await (const item of readInput({ path: at('truncated.ndjson.gz') }, CONTEXT)) seen.push(item);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'AgentshelfError', code: 'E_INPUT_UNREADABLE' });
    expect((error as Error).message).toContain(at('truncated.ndjson.gz'));
    expect((error as Error).message).toMatch(/unexpected end of file \(the gzip data ends early: the file is truncated/);
    expect(seen.length).toBeGreaterThan(0);
  });

  it.each([
    ['login.json', undefined],
    ['login.csv', undefined],
    ['login.json', 'json'],
    ['login.csv', 'ndjson'],
  ])('says %s is an HTML page, not a catalog, whatever the format (%s)', async (name, format) => {
    const error = await failure(readInput({ path: at(name), ...(format ? { format } : {}) }, CONTEXT));
    expect(error).toMatchObject({ name: 'AgentshelfError', code: 'E_SOURCE_MALFORMED' });
    expect((error as Error).message).toContain(`${at(name)} is an HTML page titled "Log in"`);
  });

  it('says a URL that answers with an HTML page is one, and how it was served', async () => {
    const server = await startLocalServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>');
    });
    try {
      for (const path of ['/catalog.ndjson', '/export']) {
        const error = await failure(readInput({ path: `${server.url}${path}` }, CONTEXT));
        expect(error).toMatchObject({ code: 'E_SOURCE_MALFORMED' });
        expect((error as Error).message).toContain(`${server.url}${path} is an HTML page titled "502 Bad Gateway", served as text/html; charset=utf-8`);
      }
    } finally {
      await server.close();
    }
  });

  it('keeps the system error as the cause of a missing file', async () => {
    const error = await failure(readInput({ path: at('missing.csv') }, CONTEXT));
    expect((error as AgentshelfError).cause).toMatchObject({ code: 'ENOENT' });
  });
});

describe('readInputs', () => {
  it('reads several inputs in the order given', async () => {
    const items = await collect(
      readInputs([{ path: at('catalog.csv') }, { path: at('catalog.ndjson.gz') }, { path: at('catalog.json') }, { path: at('catalog.csv'), format: 'csv' }], CONTEXT),
    );
    const files = items.map((item) => (item.type === 'record' ? item.origin.file : item.diagnostic.origin?.file));
    expect(files).toEqual([
      ...CSV_SUMMARY.map(() => at('catalog.csv')),
      ...NDJSON_SUMMARY.map(() => at('catalog.ndjson.gz')),
      at('catalog.json'),
      at('catalog.json'),
      ...CSV_SUMMARY.map(() => at('catalog.csv')),
    ]);
    expect(summary(items)).toEqual([...CSV_SUMMARY, ...NDJSON_SUMMARY, '3:{"id":"a"}', '4:{"id":"b"}', ...CSV_SUMMARY]);
  });

  it('reads the inputs before a missing one, then throws', async () => {
    const seen: SourceItem[] = [];
    let error: unknown;
    try {
      for await (const item of readInputs([{ path: at('catalog.json') }, { path: at('missing.json') }, { path: at('catalog.csv') }], CONTEXT)) seen.push(item);
    } catch (e) {
      error = e;
    }
    expect(summary(seen)).toEqual(['3:{"id":"a"}', '4:{"id":"b"}']);
    expect(error).toMatchObject({ code: 'E_INPUT_NOT_FOUND' });
  });

  it('throws E_NO_INPUT for no inputs', async () => {
    const error = await failure(readInputs([], CONTEXT));
    expect(error).toBeInstanceOf(AgentshelfError);
    expect(error).toMatchObject({ code: 'E_NO_INPUT' });
  });
});

// Linux only: /proc/self/fd lists this process's open files, so we can see whether a read left its file open.
describe.runIf(existsSync('/proc/self/fd'))('file handles', () => {
  const openHandles = (path: string): number =>
    readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === path;
      } catch {
        return false;
      }
    }).length;

  /** Gives the stream a few turns of the event loop to close its descriptor. */
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  };

  it.each(['catalog.ndjson', 'catalog.ndjson.gz', 'catalog.csv', 'catalog.json', 'catalog.json.gz', 'padded.json'])(
    'closes %s once it is read',
    async (name) => {
      await collect(readInput({ path: at(name) }, CONTEXT));
      await settle();
      expect(openHandles(at(name))).toBe(0);
    },
  );

  it('closes the file when the consumer stops early', async () => {
    for await (const item of readInput({ path: at('big.ndjson') }, CONTEXT)) {
      expect(item.type).toBe('record');
      break;
    }
    await settle();
    expect(openHandles(at('big.ndjson'))).toBe(0);
  });

  it('closes the file when the format name is unknown', async () => {
    await failure(readInput({ path: at('catalog.tsv'), format: 'xml' }, CONTEXT));
    await settle();
    expect(openHandles(at('catalog.tsv'))).toBe(0);
  });
});
