import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AgentshelfError } from '../model/errors.js';
import type { ResolvedConfig } from '../model/resolved-config.js';

/** The absolute path of a published folder that verify or check-links reads; a usage error when there is none. */
export async function publishedFolder(out: string): Promise<string> {
  const path = resolve(out);
  if (!(await stat(path).then((s) => s.isDirectory(), () => false))) throw new AgentshelfError('E_USAGE', `No output folder at ${path}.`);
  return path;
}

/** Where link results are cached between runs (links.cacheHours). */
export function linkCacheFile(config: ResolvedConfig): string {
  return join(config.sources.cacheDir, 'links.json');
}
