import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeWritten, StagingFolder } from './staging.js';

describe('StagingFolder', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'agentshelf-staging-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('streams a file in order and records its size and digest', async () => {
    const staging = new StagingFolder(root);
    const file = staging.open('feeds/google/products.xml');
    for (let i = 0; i < 5000; i++) await file.write(`<item>${i}</item>\n`);
    await file.close();
    const text = await readFile(join(root, 'feeds/google/products.xml'), 'utf8');
    expect(text.split('\n')[4999]).toBe('<item>4999</item>');
    const [entry] = staging.written().files;
    expect(entry).toMatchObject({ path: 'feeds/google/products.xml', bytes: Buffer.byteLength(text) });
  });

  it('writes gzip that is byte-identical between runs', async () => {
    const write = async (dir: string) => {
      const staging = new StagingFolder(dir);
      const file = staging.open('feeds/openai/products.jsonl.gz', { gzip: true });
      for (let i = 0; i < 1000; i++) await file.write(`{"item_id":"${i}"}\n`);
      await file.close();
      return { bytes: await readFile(join(dir, 'feeds/openai/products.jsonl.gz')), entry: staging.written().files[0]! };
    };
    const a = await write(join(root, 'a'));
    const b = await write(join(root, 'b'));
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.entry.bytes).toBe(a.bytes.length);
    expect(gunzipSync(a.bytes).toString('utf8').split('\n')[999]).toBe('{"item_id":"999"}');
  });

  it('writes many small files with bounded concurrency and folds them into one digest per folder', async () => {
    const staging = new StagingFolder(root);
    for (let i = 0; i < 300; i++) await staging.writeFile(`jsonld/p-${i}.jsonld`, `{"i":${i}}\n`);
    expect(await readFile(join(root, 'jsonld/p-299.jsonld'), 'utf8')).toBe('{"i":299}\n');
    expect(staging.written().folders).toEqual([expect.objectContaining({ path: 'jsonld', files: 300 })]);
  });

  it.each(['../escape.txt', '/etc/passwd', 'a/../../b', 'a//b', './a'])('refuses to write outside its folder: %s', (path) => {
    const staging = new StagingFolder(root);
    expect(() => staging.writeFile(path, 'x')).toThrow(expect.objectContaining({ code: 'E_PUBLISH_FAILED' }));
  });
});

describe('StagingFolder under concurrent writes', () => {
  it('waits for a folder to exist before every write into it, however many are in flight', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-staging-race-'));
    try {
      const staging = new StagingFolder(root);
      // Many files in many new folders: every write finds its folder made.
      for (let i = 0; i < 400; i++) staging.writeFile(`deep/a${i % 7}/b${i % 5}/f-${i}.txt`, String(i));
      expect(await readFile(join(root, 'deep/a0/b4/f-399.txt'), 'utf8')).toBe('399');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('mergeWritten', () => {
  it('lists two writers\' outputs as one writer would: files and folders in path order', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-merge-'));
    try {
      const one = new StagingFolder(root);
      const a = new StagingFolder(root);
      const b = new StagingFolder(root);
      for (const [writer, path] of [[a, 'jsonld/x.jsonld'], [b, 'products/x.md'], [a, 'jsonld/y.jsonld'], [b, 'llms.txt']] as const) {
        writer.writeFile(path, path);
        one.writeFile(path, path);
      }
      for (const [writer, path] of [[b, 'feeds/openai/products.jsonl.gz'], [a, 'feeds/google/products.xml']] as const) {
        for (const w of [writer, one]) {
          const file = w.open(path);
          await file.write(path);
          await file.close();
        }
      }
      expect(mergeWritten(a.written(), b.written())).toEqual(one.written());
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('combines a folder both wrote into, in any order, as one writer would have written it', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-merge-'));
    try {
      const one = new StagingFolder(root);
      const a = new StagingFolder(root);
      const b = new StagingFolder(root);
      const files = ['llms.txt', 'robots.txt', 'openapi.json', 'products/a.md', 'products/b.md'];
      files.forEach((path, i) => (i % 2 === 0 ? a : b).writeFile(path, `${path}!`));
      for (const path of [...files].reverse()) one.writeFile(path, `${path}!`);
      expect(mergeWritten(a.written(), b.written())).toEqual(one.written());
      expect(mergeWritten(b.written(), a.written())).toEqual(one.written());
      // A changed file changes its folder's digest.
      const changed = new StagingFolder(root);
      for (const path of files) changed.writeFile(path, path === 'robots.txt' ? 'other' : `${path}!`);
      expect(changed.written().folders.find((f) => f.path === '.')!.sha256).not.toBe(one.written().folders.find((f) => f.path === '.')!.sha256);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
