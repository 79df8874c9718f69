import { appendFileSync, createReadStream, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AgentshelfError } from '../model/errors.js';
import type { OutputStream } from '../channels/channel.js';

/**
 * agentshelf-files.tsv, beside the manifest: one line per published file, `sha256 <TAB> bytes <TAB> path`,
 * so `verify` can name a changed, missing or extra file, and anyone can check a file with sha256sum. It is
 * written from spools each writer appends to as it writes (one per folder and writer, outside the staging
 * folder), so no list of files is held in memory while a catalog is built.
 */
export const FILE_LIST = 'agentshelf-files.tsv';

/** Writers of a staging folder, in the order their spools are merged. */
/** Who writes a spool: the main thread, a channel worker (lane 1, 2, …), or the carry-over of kept files. */
export type SpoolWriter = 'main' | `lane-${number}` | 'carry';

/** Spools of one folder are listed main first, then the lanes in their order, then carried files. */
function writerOrder(writer: SpoolWriter): number {
  return writer === 'main' ? 0 : writer === 'carry' ? Number.MAX_SAFE_INTEGER : Number(writer.slice('lane-'.length));
}

/**
 * A folder with at most this many files is listed in path order. A larger one is a per-product folder, which
 * one channel writes in catalog order whichever thread runs it; it is listed in that order, the same every run,
 * without sorting hundreds of thousands of lines in memory.
 */
const SORTED_UP_TO = 50_000;

const FLUSH_CHARS = 64 * 1024;

/** One writer's spools: a buffer per folder, appended to its spool file as it fills. */
export class FileSpool {
  private readonly buffers = new Map<string, string>();

  constructor(
    private readonly dir: string,
    private readonly writer: SpoolWriter,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  add(folder: string, path: string, bytes: number, sha256: string): void {
    const line = `${sha256}\t${bytes}\t${path}\n`;
    const text = (this.buffers.get(folder) ?? '') + line;
    if (text.length < FLUSH_CHARS) this.buffers.set(folder, text);
    else {
      this.buffers.delete(folder);
      appendFileSync(this.fileOf(folder), text);
    }
  }

  flush(): void {
    for (const [folder, text] of this.buffers) appendFileSync(this.fileOf(folder), text);
    this.buffers.clear();
  }

  private fileOf(folder: string): string {
    return join(this.dir, `${encodeURIComponent(folder)}~${this.writer}.tsv`);
  }
}

/**
 * Merges the spools into the file list, folders in path order, and returns the number of files listed. The
 * list names every file but itself and the manifest.
 */
export async function writeFileList(spoolDir: string, out: OutputStream): Promise<number> {
  const byFolder = new Map<string, Array<{ writer: SpoolWriter; file: string }>>();
  for (const name of readdirSync(spoolDir)) {
    const match = /^(.*)~(main|lane-\d+|carry)\.tsv$/.exec(name);
    if (!match) continue;
    const folder = decodeURIComponent(match[1]!);
    const list = byFolder.get(folder) ?? [];
    list.push({ writer: match[2] as SpoolWriter, file: join(spoolDir, name) });
    byFolder.set(folder, list);
  }
  let count = 0;
  for (const folder of [...byFolder.keys()].sort(comparePaths)) {
    const spools = byFolder.get(folder)!.sort((a, b) => writerOrder(a.writer) - writerOrder(b.writer));
    const lines = await countLines(spools.map((s) => s.file));
    count += lines;
    if (lines <= SORTED_UP_TO) {
      const all = spools.flatMap((s) => readFileSync(s.file, 'utf8').split('\n').filter(Boolean));
      all.sort((a, b) => comparePaths(a.slice(a.indexOf('\t', 65) + 1), b.slice(b.indexOf('\t', 65) + 1)));
      await out.write(`${all.join('\n')}\n`);
      continue;
    }
    for (const spool of spools) {
      for await (const chunk of createReadStream(spool.file, { encoding: 'utf8', highWaterMark: 1 << 20 })) await out.write(chunk as string);
    }
  }
  return count;
}

async function countLines(files: readonly string[]): Promise<number> {
  let lines = 0;
  for (const file of files) {
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const data = chunk as Buffer;
      for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10, at + 1)) lines++;
    }
  }
  return lines;
}

/** Paths in code-unit order: the same on every machine and locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One line of the file list. */
export interface ListedFile {
  path: string;
  bytes: number;
  sha256: string;
}

export function parseFileListLine(line: string): ListedFile {
  const [sha256, bytes, ...path] = line.split('\t');
  if (!sha256 || !/^[0-9a-f]{64}$/.test(sha256) || path.length === 0) throw new AgentshelfError('E_SOURCE_MALFORMED', `Not a line of ${FILE_LIST}: ${line.slice(0, 80)}`);
  return { sha256, bytes: Number(bytes), path: path.join('\t') };
}
