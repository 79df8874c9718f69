import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import type { ResolvedProduct } from '../model/resolved.js';
import { KEY_BYTES, RenderCacheReader, RenderCacheWriter } from '../publish/render-cache.js';
import type { MemoFile } from './lane-worker-protocol.js';
import { AGENTSHELF_VERSION } from './version.js';

/** Bumped whenever what a record holds changes shape, so an older cache is never read as this one. */
const MEMO_FORMAT = 2;

/** What one channel rendered a product to, and the findings it reported while rendering. */
export type MemoEntry = [rendered: unknown, findings: Diagnostic[]];

/** A cached record: when it holds (see validity) and each channel's entry by id. */
interface MemoRecord {
  v: [from: number | null, until: number | null];
  c: Record<string, MemoEntry>;
}

/** One product's look into the memo: its key, and what the last run rendered it to when that still holds. */
export interface MemoLookup {
  key: Buffer;
  validity: MemoRecord['v'];
  entries?: Record<string, MemoEntry>;
  /** The record's bytes as read, kept as they are when every channel of the lane was in it. */
  raw?: Buffer;
}

/**
 * What the run's config and code make of a product, apart from the product itself: a rendering is reused only
 * under the same fingerprint. The run's instant, its inputs and its output folder are left out: they do not
 * change what a product renders to (time is judged per product, see validity).
 */
export function memoFingerprint(config: ResolvedConfig, runChannels: Iterable<string>): string {
  const { now: _now, inputs: _inputs, out: _out, ...rest } = config as ResolvedConfig & { now?: unknown; inputs?: unknown; out?: unknown };
  return createHash('sha256')
    .update(`${MEMO_FORMAT}\0${AGENTSHELF_VERSION}\0${[...runChannels].sort().join(',')}\0${JSON.stringify(rest)}`)
    .digest('hex');
}

/** An instant as the model writes it (ISO 8601 with a zone), inside a JSON string. */
const INSTANT = /"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))"/g;
const MINUTE_MS = 60_000;

/**
 * The span of run instants over which a product renders the same: channels compare the run's instant only
 * with instants the product holds (a sale's start and end), or with those moved to a whole minute (Meta's
 * minute precision), so nothing changes until the run's instant crosses one of them. `from` is the last such
 * instant at or before `nowMs`, `until` the first after it (null: none).
 */
export function validity(json: string, nowMs: number): MemoRecord['v'] {
  let from: number | null = null;
  let until: number | null = null;
  for (const match of json.matchAll(INSTANT)) {
    const t = Date.parse(match[1]!);
    if (Number.isNaN(t)) continue;
    for (const b of [t, Math.floor(t / MINUTE_MS) * MINUTE_MS, Math.ceil(t / MINUTE_MS) * MINUTE_MS]) {
      if (b <= nowMs) from = from === null ? b : Math.max(from, b);
      else until = until === null ? b : Math.min(until, b);
    }
  }
  return [from, until];
}

/**
 * What a lane's channels rendered each product to, kept between runs so that a refresh renders only the
 * products that changed (Channel `rendering`). A product's key is a digest of the resolved product (its place
 * in the input left out) and the fingerprint; a record is reused while the run's instant stays within its
 * validity. Every product of this run goes into the next cache, so the cache never outgrows the catalog.
 */
export class ProductMemo {
  private readonly last: RenderCacheReader;
  private readonly next: RenderCacheWriter;
  hits = 0;
  misses = 0;

  private readonly fingerprint: string;

  constructor(
    file: MemoFile,
    private readonly nowMs: number,
    /** The lane's channels that render: a record with all of them is copied as it is. */
    private readonly channels: readonly string[],
  ) {
    this.fingerprint = file.fingerprint;
    this.last = new RenderCacheReader(file.read);
    this.next = new RenderCacheWriter(file.write);
  }

  look(product: ResolvedProduct): MemoLookup {
    const { origin: _origin, ...placeless } = product;
    const json = JSON.stringify(placeless);
    const key = createHash('sha256').update(this.fingerprint).update(json).digest().subarray(0, KEY_BYTES);
    const raw = this.last.get(key);
    if (raw) {
      try {
        const record = decodeRecord(inflateRawSync(raw));
        const [from, until] = record.v;
        if ((from === null || from <= this.nowMs) && (until === null || this.nowMs < until)) {
          const complete = this.channels.every((id) => id in record.c);
          return { key, validity: record.v, entries: record.c, ...(complete ? { raw } : {}) };
        }
      } catch {
        // A damaged record is a miss.
      }
    }
    return { key, validity: validity(json, this.nowMs) };
  }

  /** Keeps what the product rendered to for the next run. */
  keep(lookup: MemoLookup, entries: Record<string, MemoEntry>, reused: number): void {
    this.hits += reused;
    this.misses += this.channels.length - reused;
    const raw = reused === this.channels.length ? lookup.raw : undefined;
    this.next.add(lookup.key, raw ?? deflateRawSync(encodeRecord({ v: lookup.validity, c: entries }), { level: DEFLATE_LEVEL }));
  }

  commit(): void {
    this.last.close();
    this.next.commit();
  }

  abort(): void {
    this.last.close();
    this.next.abort();
  }
}

/**
 * Records are deflated: rendered feed text is repetitive markup, and a cache as large as the outputs (about
 * 10 KB a variant on the bench catalog) would double the disk a shop needs. Level 3 was measured on the bench
 * catalog's records as both faster than level 1 and smaller: 10.3 % of the bytes, about 4 µs a KB to
 * deflate and 2 µs a KB to inflate on the reference machine (bench/README.md).
 */
const DEFLATE_LEVEL = 3;

/** Strings this long or longer (the rendered text) are kept outside the record's JSON, so they are not escaped into it. */
const LONG_STRING = 64;

/**
 * A record as bytes: u32 length of the JSON, the JSON (with each long string of a rendering replaced by
 * {"$": n}), u32 count of long strings, a u32 UTF-8 length for each, then the strings. Rendered text is
 * mostly XML and JSON, which JSON would escape quote by quote: kept apart, it is copied, not escaped and parsed.
 */
export function encodeRecord(record: MemoRecord): Buffer {
  const strings: string[] = [];
  const c: Record<string, MemoEntry> = {};
  for (const [id, [rendered, findings]] of Object.entries(record.c)) c[id] = [pack(rendered, strings), findings];
  const json = Buffer.from(JSON.stringify({ v: record.v, c }), 'utf8');
  const head = Buffer.allocUnsafe(8 + strings.length * 4);
  head.writeUInt32LE(json.length, 0);
  head.writeUInt32LE(strings.length, 4);
  strings.forEach((text, i) => head.writeUInt32LE(Buffer.byteLength(text, 'utf8'), 8 + i * 4));
  return Buffer.concat([head.subarray(0, 4), json, head.subarray(4), Buffer.from(strings.join(''), 'utf8')]);
}

export function decodeRecord(bytes: Buffer): MemoRecord {
  const jsonLength = bytes.readUInt32LE(0);
  const record = JSON.parse(bytes.toString('utf8', 4, 4 + jsonLength)) as MemoRecord;
  const count = bytes.readUInt32LE(4 + jsonLength);
  const strings: string[] = new Array<string>(count);
  let at = 8 + jsonLength + count * 4;
  for (let i = 0; i < count; i++) {
    const length = bytes.readUInt32LE(8 + jsonLength + i * 4);
    if (at + length > bytes.length) throw new RangeError('record cut short');
    strings[i] = bytes.toString('utf8', at, at + length);
    at += length;
  }
  for (const entry of Object.values(record.c)) entry[0] = unpack(entry[0], strings);
  return record;
}

function pack(value: unknown, strings: string[]): unknown {
  if (typeof value === 'string') {
    if (value.length < LONG_STRING) return value;
    strings.push(value);
    return { $: strings.length - 1 };
  }
  if (Array.isArray(value)) return value.map((v) => pack(v, strings));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = pack(v, strings);
    return out;
  }
  return value;
}

function unpack(value: unknown, strings: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => unpack(v, strings));
  if (value !== null && typeof value === 'object') {
    const ref = (value as { $?: unknown }).$;
    if (typeof ref === 'number') {
      const text = strings[ref];
      if (text === undefined) throw new RangeError(`record has no string ${ref}`);
      return text;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = unpack(v, strings);
    return out;
  }
  return value;
}

/** A finding reported when the product was rendered, placed at the product as it stands in this run's input. */
export function replayed(d: Diagnostic, product: ResolvedProduct): Diagnostic {
  return d.origin === undefined ? d : { ...d, origin: product.origin };
}
