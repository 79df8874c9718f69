import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, linkSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { OutputStream, OutputWriter } from '../channels/channel.js';
import { AgentshelfError } from '../model/errors.js';
import { comparePaths, FileSpool, type SpoolWriter } from './file-list.js';

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
  /** Files whose content was the same as the published one's: the published file itself was kept (hard-linked). */
  unchanged: number;
}

/** The published folder a run replaces, for keeping the files whose content does not change. */
export interface LiveFolder {
  root: string;
  /** Its streamed files by path, as its manifest lists them. */
  files: Readonly<Record<string, { bytes: number; sha256: string }>>;
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
    files: [...a.files, ...b.files].sort((x, y) => comparePaths(x.path, y.path)),
    folders: [...folders.values()].sort((x, y) => comparePaths(x.path, y.path)),
    unchanged: a.unchanged + b.unchanged,
  };
}

/**
 * A folder's digest: the XOR of one SHA-256 per file, each over the file's path, length and content SHA-256.
 * It does not depend on the order files were written in, so two threads may write into one folder and their
 * digests combine. (An integrity check, not a defence against forgery: it tells a changed file from the same one.)
 */
class FolderDigest {
  readonly value = Buffer.alloc(32);
  add(path: string, bytes: number, sha256: string): void {
    const one = createHash('sha256').update(`${path}\0${bytes}\0${sha256}`).digest();
    for (let i = 0; i < 32; i++) this.value[i]! ^= one[i]!;
  }
}

/** Hard-links a published file into the staging folder in place of a written one: same content, same file, same mtime. */
function keepPublished(published: string, target: string): boolean {
  try {
    rmSync(target, { force: true });
    linkSync(published, target);
    return true;
  } catch {
    // A file system without hard links (or a published file gone meanwhile): the written copy stands.
    return false;
  }
}

async function sha256OfFile(path: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
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

export interface StagingOptions {
  /** The published folder: a file whose new content equals its published one is kept as the published file. */
  live?: LiveFolder;
  /** Where this writer spools its file list (file-list.ts); no list when absent. */
  spool?: { dir: string; writer: SpoolWriter };
}

/**
 * A folder a run writes all its outputs into before anything is published. Per-product files are counted
 * and folded into one digest per folder rather than listed, so memory does not grow with the catalog; each
 * file's digest goes to the spool for the file list. A file whose content is what is published already is
 * hard-linked from the published folder instead, so an unchanged file keeps its inode and mtime and a deploy
 * (rsync, a CDN) sees nothing to upload.
 */
export class StagingFolder implements OutputWriter {
  /** Folders made so far: one mkdir per folder. */
  private readonly madeDirs = new Set<string>();
  private readonly singles: WrittenFile[] = [];
  private readonly groups = new Map<string, { files: number; bytes: number; digest: FolderDigest }>();
  private readonly spool: FileSpool | undefined;
  private unchanged = 0;

  constructor(
    readonly root: string,
    private readonly options: StagingOptions = {},
  ) {
    this.spool = options.spool ? new FileSpool(options.spool.dir, options.spool.writer) : undefined;
  }

  /** The options another writer (the channel worker) opens this folder with: same published folder, its own spool. */
  optionsFor(writer: SpoolWriter): StagingOptions {
    const { live, spool } = this.options;
    return { ...(live ? { live } : {}), ...(spool ? { spool: { dir: spool.dir, writer } } : {}) };
  }

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
        const sha256 = hash.digest('hex');
        this.singles.push({ path, bytes, sha256 });
        this.listed(path, bytes, sha256);
        const live = this.options.live;
        const before = live?.files[path];
        // The manifest says the published file had this content; its bytes are checked before it is kept.
        if (live && before && before.sha256 === sha256 && before.bytes === bytes) {
          const published = join(live.root, ...path.split('/'));
          if ((await sha256OfFile(published)) === sha256 && keepPublished(published, target)) this.unchanged++;
        }
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
    const sha256 = createHash('sha256').update(data).digest('hex');
    this.record(path, data.length, sha256);
    if (this.options.live) {
      // Reading a small file back is cheaper than writing it, and an unchanged file is then not touched.
      const published = join(this.options.live.root, ...path.split('/'));
      if (sameContent(published, data) && keepPublished(published, target)) {
        this.unchanged++;
        return;
      }
    }
    try {
      writeFileSync(target, data);
    } catch (error) {
      throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot write ${target}: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * Takes a published file into the staging folder as it is (hard-linked; copied where links are not
   * supported): another channel's output in a run of some channels, or a file agentshelf did not write.
   */
  async adopt(path: string, published: string, options: { listed?: boolean } = {}): Promise<void> {
    const target = this.resolve(path);
    this.makeDir(dirname(target));
    if (options.listed === false) {
      // Not ours: kept, but not described as an output (verify leaves it alone).
      if (!keepPublished(published, target)) writeFileSync(target, readFileSync(published));
      return;
    }
    const sha256 = await sha256OfFile(published);
    if (sha256 === undefined) throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot read ${published} to keep it.`);
    const { size } = statSync(published);
    if (!keepPublished(published, target)) writeFileSync(target, readFileSync(published));
    // A file the manifest listed by itself (a feed) stays listed by itself.
    if (this.options.live?.files[path]) {
      this.singles.push({ path, bytes: size, sha256 });
      this.listed(path, size, sha256);
    } else this.record(path, size, sha256);
    this.unchanged++;
  }

  /** Writes what the spool holds to its files, so the file list can be made from them. */
  flushSpool(): void {
    this.spool?.flush();
  }

  /** Files written one by one, and per-folder totals for folders of many small files. Flushes the spool. */
  written(): WrittenOutputs {
    this.spool?.flush();
    const folders = [...this.groups.entries()].map(([path, g]) => ({ path, files: g.files, bytes: g.bytes, sha256: g.digest.value.toString('hex') }));
    return { files: [...this.singles].sort((a, b) => comparePaths(a.path, b.path)), folders: folders.sort((a, b) => comparePaths(a.path, b.path)), unchanged: this.unchanged };
  }

  private record(path: string, bytes: number, sha256: string): void {
    const folder = folderOf(path);
    let group = this.groups.get(folder);
    if (!group) {
      group = { files: 0, bytes: 0, digest: new FolderDigest() };
      this.groups.set(folder, group);
    }
    group.files++;
    group.bytes += bytes;
    group.digest.add(path, bytes, sha256);
    this.listed(path, bytes, sha256);
  }

  private listed(path: string, bytes: number, sha256: string): void {
    this.spool?.add(folderOf(path), path, bytes, sha256);
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


function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
}

/** Whether a published file holds exactly these bytes (its size is checked first, so most changed files are not read). */
function sameContent(published: string, data: Buffer): boolean {
  try {
    if (statSync(published).size !== data.length) return false;
    return readFileSync(published).equals(data);
  } catch {
    return false;
  }
}
