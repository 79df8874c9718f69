import { createReadStream, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Channel, ReadBack } from '../../channels/channel.js';
import { CHANNELS } from '../../channels/registry.js';
import type { OfferFacts } from '../../model/offer-facts.js';
import { readLines } from '../read-lines.js';

/** One output read back: where it is, and its variants' facts in file order. */
export interface OutputReader {
  /** The channel that wrote it. */
  channel: string;
  /** Its path relative to the output root, for messages. */
  path: string;
  read(root: string, now: number): AsyncGenerator<OfferFacts>;
}

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

/**
 * Reads a channel's files as its ReadBack declares and hands each unit to the channel's parser: the I/O of
 * the parity check lives here, the knowledge of each format in the channel's folder.
 */
async function* readOffers(readBack: ReadBack, root: string, now: number): AsyncGenerator<OfferFacts> {
  switch (readBack.kind) {
    case 'lines': {
      const file = join(root, readBack.path);
      if (!(await isFile(file))) return;
      const parse = readBack.parser(now);
      for await (const line of readLines(file, { gzip: readBack.gzip === true })) yield* parse(line);
      return;
    }
    case 'shards': {
      const dir = join(root, readBack.dir);
      if (!(await isDir(dir))) return;
      const shards = (await readdir(dir)).filter((name) => name.endsWith(readBack.suffix)).sort(readBack.order);
      for (const shard of shards) {
        const parse = readBack.parser(now);
        for await (const line of readLines(join(dir, shard), { gzip: readBack.gzip === true })) yield* parse(line);
      }
      return;
    }
    case 'files': {
      const dir = join(root, readBack.dir);
      if (!(await isDir(dir))) return;
      const skip = new Set(readBack.skip ?? []);
      const names = (await readdir(dir)).filter((n) => n.endsWith(readBack.suffix) && !skip.has(n)).sort();
      // Synchronous reads: many small files, where async reads cost twice as much (see publish/staging.ts).
      for (const name of names) yield* readBack.parse(readFileSync(join(dir, name), 'utf8'), now);
      return;
    }
    case 'items':
      yield* readItems(readBack, root, now);
  }
}

/**
 * A file cut into items between two markers, decoded one item at a time from bytes: no item string keeps a
 * megabyte chunk alive (reading a 1.8 GB feed back as text chunks grew the heap with the feed; see read-lines.ts).
 */
async function* readItems(readBack: Extract<ReadBack, { kind: 'items' }>, root: string, now: number): AsyncGenerator<OfferFacts> {
  const file = join(root, readBack.path);
  if (!(await isFile(file))) return;
  const open = Buffer.from(readBack.open);
  const close = Buffer.from(readBack.close);
  let pending = Buffer.alloc(0);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const data = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    let start = 0;
    let at: number;
    let end: number;
    while ((at = data.indexOf(open, start)) !== -1 && (end = data.indexOf(close, at)) !== -1) {
      start = end + close.length;
      const facts = readBack.parse(data.toString('utf8', at + open.length, end), now);
      if (facts) yield facts;
    }
    pending = Buffer.from(data.subarray(start));
  }
}

function describe(readBack: ReadBack): string {
  return readBack.kind === 'shards' || readBack.kind === 'files' ? readBack.dir : readBack.path;
}

/** The reader of a channel's offers, when its outputs carry any. */
export function readerOf(channel: Channel): OutputReader | undefined {
  const { readBack } = channel;
  if (!readBack) return undefined;
  return { channel: channel.id, path: describe(readBack), read: (root, now) => readOffers(readBack, root, now) };
}

/** Every channel's reader, in registry order: derived from what the channels declare. */
export const OUTPUT_READERS: readonly OutputReader[] = CHANNELS.flatMap((c) => readerOf(c) ?? []);
