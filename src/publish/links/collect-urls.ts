import type { FoundUrl } from '../../channels/channel.js';
import { CHANNELS } from '../../channels/registry.js';
import { readScan, scanHasFiles } from '../read-outputs.js';

export type { FoundUrl } from '../../channels/channel.js';

/** The outputs the link check can read, most preferred first: derived from what the channels declare. */
export const URL_SCANS = CHANNELS.flatMap((c) => (c.urls ? [{ channel: c.id, ...c.urls }] : [])).sort((a, b) => a.rank - b.rank);

/**
 * The product pages and images a published folder names, read back from one output agentshelf wrote: the most
 * preferred one that is there. Each URL is yielded once, so the caller keeps one set of strings, the smallest
 * state that deduplicates.
 */
export async function* collectUrls(root: string, now: number): AsyncGenerator<FoundUrl> {
  for (const { scan } of URL_SCANS) {
    if (!(await scanHasFiles(scan, root))) continue;
    const seen = new Set<string>();
    for await (const found of readScan(scan, root, now)) {
      if (seen.has(found.url)) continue;
      seen.add(found.url);
      yield found;
    }
    return;
  }
}
