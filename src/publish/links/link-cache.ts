import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** What one check found. */
export interface LinkResult {
  /** Final status, or 0 when the URL could not be reached. */
  status: number;
  contentType?: string;
  /** Every URL the check was redirected to, in order. */
  redirects: string[];
  /** Why it could not be reached. */
  error?: string;
  /** When it was checked (epoch ms). */
  checkedAt: number;
}

/**
 * Results of earlier runs, so a cron job does not knock on every page every time. One JSON file; results
 * older than the TTL are checked again. Written atomically.
 */
export class LinkCache {
  private entries = new Map<string, LinkResult>();

  constructor(
    private readonly path: string,
    private readonly ttlMs: number,
  ) {}

  async load(): Promise<void> {
    const text = await readFile(this.path, 'utf8').catch(() => undefined);
    if (!text) return;
    try {
      this.entries = new Map(Object.entries(JSON.parse(text) as Record<string, LinkResult>));
    } catch {
      this.entries = new Map();
    }
  }

  fresh(url: string, now: number): LinkResult | undefined {
    const entry = this.entries.get(url);
    return entry && now - entry.checkedAt < this.ttlMs ? entry : undefined;
  }

  set(url: string, result: LinkResult): void {
    this.entries.set(url, result);
  }

  async save(now: number): Promise<void> {
    // Entries past their TTL are dropped, so the file does not grow with URLs that left the catalog.
    const kept = Object.fromEntries([...this.entries].filter(([, r]) => now - r.checkedAt < this.ttlMs));
    await mkdir(dirname(this.path), { recursive: true });
    const temp = `${this.path}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(kept));
    await rename(temp, this.path);
  }
}
