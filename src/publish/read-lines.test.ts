import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLines } from './read-lines.js';

describe('readLines', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agentshelf-lines-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function collect(text: string, gzip = false): Promise<string[]> {
    const path = join(dir, gzip ? 'f.gz' : 'f.txt');
    await writeFile(path, gzip ? gzipSync(text) : text);
    const out: string[] = [];
    for await (const line of readLines(path, { gzip })) out.push(line);
    return out;
  }

  it.each([
    ['a\nb\n', ['a', 'b']],
    ['a\r\nb', ['a', 'b']],
    ['\n\na\n\n  \nb\n', ['a', 'b']],
    ['', []],
  ])('%j', async (text, expected) => {
    expect(await collect(text)).toEqual(expected);
    expect(await collect(text, true)).toEqual(expected);
  });

  it('reads lines that span chunks, and multibyte text', async () => {
    const line = `${'é'.repeat(400_000)}🎒`;
    expect(await collect(`${line}\n${line}\n`)).toEqual([line, line]);
  });
});
