import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UCP_VERSIONS, type UcpVersion } from '../../formats/ucp/catalog-spec.js';
import type { CatalogQueries } from '../http/catalog-operations.js';
import type { ServedSite } from '../http/agent-handler.js';
import { openCatalogDir } from '../catalog/open-catalog-dir.js';
import { CATALOG_PRODUCTS_PATH } from '../../formats/search-index/search-index-format.js';
import { folderFiles } from './folder-files.js';

/** The published folder's identity: the manifest's inode changes with every publish (the folder is swapped). */
export async function buildIdOf(dir: string): Promise<string | undefined> {
  const info = await stat(join(dir, 'agentshelf.json')).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}:${info.mtimeMs}` : undefined;
}

interface ProfileServices {
  version: string;
  supported: string[];
  rest?: string;
  mcp?: string;
}

/**
 * What a published folder serves: its files, its catalog index, and the endpoints and versions its UCP profile
 * declares, so the server answers exactly where and in the versions the profile promises.
 */
export async function loadSite(dir: string): Promise<{ site: ServedSite; buildId: string }> {
  const buildId = await buildIdOf(dir);
  if (!buildId) throw new Error(`${dir} has no agentshelf.json: it is not a folder agentshelf published (run agentshelf build first).`);
  const profile = await readProfile(dir);
  const served = UCP_VERSIONS.filter((v) => !profile || v === profile.version || profile.supported.includes(v));
  const catalog: CatalogQueries | undefined = profile?.rest || profile?.mcp ? await openIndex(dir) : undefined;
  const endpoint = profile?.rest ?? profile?.mcp;
  const site: ServedSite = {
    ...(catalog ? { catalog } : {}),
    restPath: profile?.rest ? trimSlash(new URL(profile.rest).pathname) : '',
    ...(profile?.mcp ? { mcpPath: new URL(profile.mcp).pathname } : {}),
    continueUrl: endpoint ? new URL('/', endpoint).href : '/',
    versions: served as UcpVersion[],
    files: await folderFiles(dir),
  };
  // The folder may have been swapped while it was read: then the parts could come from two builds.
  if ((await buildIdOf(dir)) !== buildId) throw new Error(`${dir} was replaced while it was loading; trying again.`);
  return { site, buildId };
}

async function openIndex(dir: string): Promise<CatalogQueries> {
  try {
    return await openCatalogDir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${dir} has a UCP profile with catalog endpoints but no catalog index (${CATALOG_PRODUCTS_PATH}): build it again with this version of agentshelf.`, { cause: error });
    }
    throw error;
  }
}

async function readProfile(dir: string): Promise<ProfileServices | undefined> {
  const text = await readFile(join(dir, '.well-known/ucp'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const ucp = (JSON.parse(text) as { ucp: { version: string; supported_versions?: Record<string, string>; services?: Record<string, Array<{ transport?: string; endpoint?: string }>> } }).ucp;
  const entries = Object.values(ucp.services ?? {}).flat();
  return {
    version: ucp.version,
    supported: Object.keys(ucp.supported_versions ?? {}),
    ...(entries.find((e) => e.transport === 'rest')?.endpoint ? { rest: entries.find((e) => e.transport === 'rest')!.endpoint! } : {}),
    ...(entries.find((e) => e.transport === 'mcp')?.endpoint ? { mcp: entries.find((e) => e.transport === 'mcp')!.endpoint! } : {}),
  };
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}
