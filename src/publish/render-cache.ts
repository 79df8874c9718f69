import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * A file of records, each found by a 16-byte key: what one lane's channels rendered each product to in the
 * last run (pipeline/product-memo.ts). Records are written in one pass and read back by key in the next run,
 * so the file is:
 *
 *   record*  (u32 length, then that many bytes)
 *   index    (count × [key 16 bytes, offset u48 as two u32, length u32] = 28 bytes each)
 *   trailer  (u32 count, f64 index offset, 8-byte magic)
 *
 * The trailer is written last, so a file cut short by a killed run has no valid trailer and is read as empty;
 * a new file is written beside the old one and renamed over it. Memory: the index of the file being read
 * (28 bytes a record, and a hash table of 8 to 16 bytes a record) and that of the file being written.
 */
const MAGIC = Buffer.from('ASHRNDR1');
const TRAILER_BYTES = 4 + 8 + MAGIC.length;
const ENTRY_BYTES = 28;
export const KEY_BYTES = 16;
/** Records are written in chunks of about this size. */
const WRITE_CHUNK = 1 << 20;

/** A cache file opened for lookups; empty when there is none or it is damaged. */
export class RenderCacheReader {
  private fd: number | undefined;
  private index: Buffer = Buffer.alloc(0);
  /** Open addressing over the index: slot → entry number + 1 (0 is empty). */
  private slots = new Uint32Array(0);

  constructor(path: string) {
    this.load(path);
  }

  private load(path: string): void {
    try {
      this.fd = openSync(path, 'r');
      const { size } = fstatSync(this.fd);
      if (size < TRAILER_BYTES) return this.drop();
      const trailer = this.read(size - TRAILER_BYTES, TRAILER_BYTES);
      if (!trailer.subarray(12).equals(MAGIC)) return this.drop();
      const count = trailer.readUInt32LE(0);
      const at = trailer.readDoubleLE(4);
      if (!Number.isSafeInteger(at) || at + count * ENTRY_BYTES !== size - TRAILER_BYTES) return this.drop();
      this.index = this.read(at, count * ENTRY_BYTES);
      this.slots = new Uint32Array(tableSize(count));
      for (let i = 0; i < count; i++) this.place(i);
    } catch {
      this.drop();
    }
  }

  get size(): number {
    return this.index.length / ENTRY_BYTES;
  }

  /** The record stored under `key`, or undefined. */
  get(key: Buffer): Buffer | undefined {
    if (this.fd === undefined || this.slots.length === 0) return undefined;
    const mask = this.slots.length - 1;
    for (let slot = key.readUInt32LE(0) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return undefined;
      const at = (entry - 1) * ENTRY_BYTES;
      if (this.index.compare(key, 0, KEY_BYTES, at, at + KEY_BYTES) === 0) {
        const offset = this.index.readUInt32LE(at + 16) * 2 ** 32 + this.index.readUInt32LE(at + 20);
        try {
          return this.read(offset, this.index.readUInt32LE(at + 24));
        } catch {
          return undefined;
        }
      }
    }
  }

  close(): void {
    this.drop();
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.index.readUInt32LE(entry * ENTRY_BYTES) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private read(position: number, length: number): Buffer {
    const buffer = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd!, buffer, done, length - done, position + done);
      if (n === 0) throw new Error('short read');
      done += n;
    }
    return buffer;
  }

  private drop(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.index = Buffer.alloc(0);
    this.slots = new Uint32Array(0);
  }
}

/** A cache file being written: records go to a temporary file, which `commit` renames into place. */
export class RenderCacheWriter {
  private readonly temp: string;
  private fd: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private offset = 0;
  private index: Buffer = Buffer.alloc(ENTRY_BYTES * 1024);
  private count = 0;

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    this.fd = openSync(this.temp, 'w');
  }

  add(key: Buffer, record: Buffer): void {
    const length = Buffer.allocUnsafe(4);
    length.writeUInt32LE(record.length, 0);
    if ((this.count + 1) * ENTRY_BYTES > this.index.length) {
      const grown = Buffer.alloc(this.index.length * 2);
      this.index.copy(grown);
      this.index = grown;
    }
    const at = this.count++ * ENTRY_BYTES;
    key.copy(this.index, at, 0, KEY_BYTES);
    const offset = this.offset + 4;
    this.index.writeUInt32LE(Math.floor(offset / 2 ** 32), at + 16);
    this.index.writeUInt32LE(offset % 2 ** 32, at + 20);
    this.index.writeUInt32LE(record.length, at + 24);
    this.push(length);
    this.push(record);
  }

  /** Writes the index and trailer, and puts the file in place of the last one. */
  commit(): void {
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeUInt32LE(this.count, 0);
    trailer.writeDoubleLE(this.offset, 4);
    MAGIC.copy(trailer, 12);
    this.push(this.index.subarray(0, this.count * ENTRY_BYTES));
    this.push(trailer);
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.path);
  }

  /** Drops the temporary file; the last cache stays. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    rmSync(this.temp, { force: true });
  }

  private push(buffer: Buffer): void {
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    this.offset += buffer.length;
    if (this.pendingBytes >= WRITE_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const data = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    while (done < data.length) done += writeSync(this.fd, data, done);
  }
}

/** The name a lane's cache has in the cache folder; the run writes it into its spool first (renderCacheSpoolPath). */
export function renderCacheName(lane: number): string {
  return `lane-${lane}.bin`;
}

/**
 * Where a run writes a lane's new cache: its spool, which an aborted run removes and the next run clears when
 * this one was killed. installRenderCache moves the files into the cache folder once the run has published.
 */
export function renderCacheSpoolPath(spool: string, lane: number): string {
  return join(spool, `render-cache-${renderCacheName(lane)}`);
}

/**
 * Moves the lanes' new caches from the spool into the cache folder, each by a rename (a copy first, when the
 * cache folder is on another file system: --state), and removes the caches of lanes this run did not have.
 */
export async function installRenderCache(spool: string, dir: string, lanes: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const names = new Set<string>();
  for (let lane = 0; lane < lanes; lane++) {
    const from = renderCacheSpoolPath(spool, lane);
    const to = join(dir, renderCacheName(lane));
    names.add(renderCacheName(lane));
    try {
      await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A lane without rendering channels wrote no cache: the last one under that name is no longer this lane's.
      if (code === 'ENOENT') {
        await rm(to, { force: true });
        continue;
      }
      if (code !== 'EXDEV') throw error;
      const temp = `${to}.${randomBytes(4).toString('hex')}.tmp`;
      await copyFile(from, temp);
      await rename(temp, to);
    }
  }
  for (const name of await readdir(dir)) if (!names.has(name)) await rm(join(dir, name), { force: true });
}

function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}
