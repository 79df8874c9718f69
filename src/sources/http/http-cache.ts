import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What a cached response needs to be revalidated and replayed. */
export interface CacheEntry {
  url: string;
  etag?: string;
  lastModified?: string;
  contentType?: string;
}

/**
 * A small on-disk HTTP cache keyed by URL: the validators (ETag, Last-Modified) and the body. A later run
 * sends If-None-Match / If-Modified-Since and, on 304 Not Modified, replays the stored body
 * (RFC 9111, https://www.rfc-editor.org/rfc/rfc9111; RFC 9110 §13.1). Writes are atomic, so a killed run
 * leaves the old entry or the new one.
 */
export class HttpCache {
  constructor(readonly dir: string) {}

  private paths(url: string): { meta: string; body: string } {
    const key = createHash('sha256').update(url).digest('hex');
    return { meta: join(this.dir, `${key}.json`), body: join(this.dir, `${key}.body`) };
  }

  async get(url: string): Promise<{ entry: CacheEntry; body: () => Promise<Buffer> } | undefined> {
    const { meta, body } = this.paths(url);
    const text = await readFile(meta, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const entry = JSON.parse(text) as CacheEntry;
      if (entry.url !== url) return undefined;
      return { entry, body: () => readFile(body) };
    } catch {
      return undefined;
    }
  }

  async put(entry: CacheEntry, body: Buffer): Promise<void> {
    if (entry.etag === undefined && entry.lastModified === undefined) return;
    await mkdir(this.dir, { recursive: true });
    const { meta, body: bodyPath } = this.paths(entry.url);
    const suffix = `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(bodyPath + suffix, body);
    await rename(bodyPath + suffix, bodyPath);
    await writeFile(meta + suffix, JSON.stringify(entry));
    await rename(meta + suffix, meta);
  }

  async delete(url: string): Promise<void> {
    const { meta, body } = this.paths(url);
    await rm(meta, { force: true });
    await rm(body, { force: true });
  }
}
