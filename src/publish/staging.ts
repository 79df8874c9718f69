import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { OutputStream, OutputWriter } from '../channels/channel.js';
import { AgentshelfError } from '../model/errors.js';

/** What was written to one output file, for the manifest. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Every file and per-product folder a staging folder (or several, one per thread) wrote. */
export interface WrittenOutputs {
  files: WrittenFile[];
  folders: Array<{ path: string; files: number; bytes: number; sha256: string }>;
}

/**
 * The outputs of two writers over the same root, in the order a single writer would list them. A folder both
 * wrote into is one folder: its counts add up and its digests combine (see FolderDigest), so which thread
 * wrote which file does not show in the manifest.
 */
export function mergeWritten(a: WrittenOutputs, b: WrittenOutputs): WrittenOutputs {
  const folders = new Map(a.folders.map((f) => [f.path, { ...f }]));
  for (const folder of b.folders) {
    const same = folders.get(folder.path);
    if (!same) folders.set(folder.path, { ...folder });
    else folders.set(folder.path, { path: folder.path, files: same.files + folder.files, bytes: same.bytes + folder.bytes, sha256: xorHex(same.sha256, folder.sha256) });
  }
  return {
    files: [...a.files, ...b.files].sort((x, y) => x.path.localeCompare(y.path)),
    folders: [...folders.values()].sort((x, y) => x.path.localeCompare(y.path)),
  };
}

/**
 * A folder's digest: the XOR of one SHA-256 per file, each over the file's path, length and bytes. It does not
 * depend on the order files were written in, so two threads may write into one folder and their digests
 * combine. (An integrity check, not a defence against forgery: it tells a changed file from the same one.)
 */
class FolderDigest {
  readonly value = Buffer.alloc(32);
  add(path: string, data: Buffer): void {
    const one = createHash('sha256').update(`${path}\0${data.length}\0`).update(data).digest();
    for (let i = 0; i < 32; i++) this.value[i]! ^= one[i]!;
  }
}

function xorHex(a: string, b: string): string {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  for (let i = 0; i < x.length; i++) x[i]! ^= y[i]!;
  return x.toString('hex');
}

/** Streamed files collect this much text before each write to the file. */
const STREAM_BUFFER_CHARS = 256 * 1024;

/**
 * A folder a run writes all its outputs into before anything is published. Per-product files are counted
 * and folded into one digest per folder rather than listed, so memory does not grow with the catalog.
 */
export class StagingFolder implements OutputWriter {
  /** Folders made so far: one mkdir per folder. */
  private readonly madeDirs = new Set<string>();
  private readonly singles: WrittenFile[] = [];
  private readonly groups = new Map<string, { files: number; bytes: number; digest: FolderDigest }>();

  constructor(readonly root: string) {}

  open(path: string, options: { gzip?: boolean } = {}): OutputStream {
    const target = this.resolve(path);
    this.makeDir(dirname(target));
    const hash = createHash('sha256');
    let bytes = 0;
    // The manifest describes the bytes as published: after compression, for gzip files.
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        bytes += chunk.length;
        callback(null, chunk);
      },
    });
    const file = createWriteStream(target, { highWaterMark: 1 << 20 });
    const gzip = options.gzip ? createGzip({ level: 6 }) : undefined;
    const entry: Writable = gzip ?? tap;
    const done = gzip ? pipeline(gzip, tap, file) : pipeline(tap, file);
    done.catch(() => undefined);
    let buffer: string[] = [];
    let buffered = 0;
    const flush = async (): Promise<void> => {
      if (buffered === 0) return;
      const data = buffer.join('');
      buffer = [];
      buffered = 0;
      if (!entry.write(data, 'utf8')) await Promise.race([once(entry, 'drain'), done]);
    };
    return {
      write: (chunk: string) => {
        buffer.push(chunk);
        buffered += chunk.length;
        return buffered >= STREAM_BUFFER_CHARS ? flush() : undefined;
      },
      close: async () => {
        await flush();
        entry.end();
        await done.catch((error: unknown) => {
          throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot write ${target}: ${(error as Error).message}`, { cause: error });
        });
        this.singles.push({ path, bytes, sha256: hash.digest('hex') });
      },
    };
  }

  /**
   * A small whole file, written synchronously. Measured on this project's target machine, a synchronous
   * write of a few KB costs about 30 µs, while async writes through libuv's four-thread pool cost about twice
   * that and leave the main thread idle waiting for them (bench/README.md). Per-product files are small and
   * many, so the synchronous path is the fast one.
   */
  writeFile(path: string, content: string): void {
    const target = this.resolve(path);
    this.makeDir(dirname(target));
    const data = Buffer.from(content, 'utf8');
    this.record(path, data);
    try {
      writeFileSync(target, data);
    } catch (error) {
      throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot write ${target}: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Files written one by one, and per-folder totals for folders of many small files. */
  written(): WrittenOutputs {
    const folders = [...this.groups.entries()].map(([path, g]) => ({ path, files: g.files, bytes: g.bytes, sha256: g.digest.value.toString('hex') }));
    return { files: [...this.singles].sort((a, b) => a.path.localeCompare(b.path)), folders: folders.sort((a, b) => a.path.localeCompare(b.path)) };
  }

  private record(path: string, data: Buffer): void {
    const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
    let group = this.groups.get(folder);
    if (!group) {
      group = { files: 0, bytes: 0, digest: new FolderDigest() };
      this.groups.set(folder, group);
    }
    group.files++;
    group.bytes += data.length;
    group.digest.add(path, data);
  }

  private resolve(path: string): string {
    if (path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '' || part === '.')) {
      throw new AgentshelfError('E_PUBLISH_FAILED', `Refusing to write outside the output folder: ${path}`);
    }
    return join(this.root, ...path.split('/'));
  }

  private makeDir(dir: string): void {
    if (this.madeDirs.has(dir)) return;
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot create the folder ${dir}: ${(error as Error).message}`, { cause: error });
    }
    this.madeDirs.add(dir);
  }
}

