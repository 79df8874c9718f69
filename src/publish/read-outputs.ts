import { createReadStream, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileScan } from '../channels/channel.js';
import { readLines } from './read-lines.js';

/** Whether a folder is there. */
async function isDir(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** Whether a file is there, without reading it (an output can be gigabytes). */
async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The files of a folder scan, in the order they are read. */
async function folderFiles(scan: Extract<FileScan<unknown>, { kind: 'shards' | 'files' }>, root: string): Promise<string[]> {
  const dir = join(root, scan.dir);
  if (!(await isDir(dir))) return [];
  const names = (await readdir(dir)).filter((name) => name.endsWith(scan.suffix));
  if (scan.kind === 'shards') return names.sort(scan.order);
  const skip = new Set(scan.skip ?? []);
  return names.filter((name) => !skip.has(name)).sort();
}

/** Whether a channel's files are there to read: its file, or at least one file of its folder. */
export async function scanHasFiles(scan: FileScan<unknown>, root: string): Promise<boolean> {
  return scan.kind === 'lines' || scan.kind === 'items' ? isFile(join(root, scan.path)) : (await folderFiles(scan, root)).length > 0;
}

/** Where a scan reads, relative to the output root, for messages. */
export function scanPath(scan: FileScan<unknown>): string {
  return scan.kind === 'shards' || scan.kind === 'files' ? scan.dir : scan.path;
}

/**
 * Reads a channel's files as its scan declares and hands each unit to the channel's parser: the I/O lives
 * here, the knowledge of each format in the channel's folder. Missing files yield nothing.
 */
export async function* readScan<T>(scan: FileScan<T>, root: string, now: number): AsyncGenerator<T> {
  switch (scan.kind) {
    case 'lines': {
      const file = join(root, scan.path);
      if (!(await isFile(file))) return;
      const parse = scan.parser(now);
      for await (const line of readLines(file, { gzip: scan.gzip === true })) yield* parse(line);
      return;
    }
    case 'shards':
      for (const shard of await folderFiles(scan, root)) {
        const parse = scan.parser(now);
        for await (const line of readLines(join(root, scan.dir, shard), { gzip: scan.gzip === true })) yield* parse(line);
      }
      return;
    case 'files':
      // Synchronous reads: many small files, where async reads cost twice as much (see publish/staging.ts).
      for (const name of await folderFiles(scan, root)) yield* scan.parse(readFileSync(join(root, scan.dir, name), 'utf8'), now);
      return;
    case 'items':
      yield* readItems(scan, root, now);
  }
}

/**
 * A file cut into items between two markers, decoded one item at a time from bytes: no item string keeps a
 * megabyte chunk alive (reading a 1.8 GB feed back as text chunks grew the heap with the feed; see read-lines.ts).
 */
async function* readItems<T>(scan: Extract<FileScan<T>, { kind: 'items' }>, root: string, now: number): AsyncGenerator<T> {
  const file = join(root, scan.path);
  if (!(await isFile(file))) return;
  const open = Buffer.from(scan.open);
  const close = Buffer.from(scan.close);
  let pending = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const data = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    let start = 0;
    let at: number;
    let end: number;
    while ((at = data.indexOf(open, start)) !== -1 && (end = data.indexOf(close, at)) !== -1) {
      start = end + close.length;
      yield* scan.parse(data.toString('utf8', at + open.length, end), now);
    }
    pending = Buffer.from(data.subarray(start));
  }
}
