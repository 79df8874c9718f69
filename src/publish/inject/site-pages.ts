import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { AgentshelfError } from '../../model/errors.js';

const PAGE = /\.html?$/i;

/**
 * The HTML pages of a site, relative to it with "/" separators, sorted. Dot-folders (.git, .well-known, a
 * build's staging folder), the outputs folder when it lies inside the site, and any file the build wrote are
 * left out. Symbolic links are not followed: renaming over one would replace the link, not its target.
 */
export async function listSitePages(options: { site: string; outputs: string; written: ReadonlySet<string> }): Promise<string[]> {
  const { site, outputs, written } = options;
  const outputsInSite = relative(site, outputs);
  const skipDir = outputsInSite !== '' && !outputsInSite.startsWith('..') ? outputs : undefined;
  const writtenInSite = new Set([...written].map((f) => relative(site, join(outputs, f)).split(sep).join('/')));
  const pages: string[] = [];
  const walk = async (dir: string, root: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (root) throw new AgentshelfError('E_INPUT_NOT_FOUND', `Cannot read the site folder ${site}: ${(error as Error).message}`, { cause: error });
      throw new AgentshelfError('E_INPUT_UNREADABLE', `Cannot read ${dir}: ${(error as Error).message}`, { cause: error });
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && path !== skipDir) await walk(path, false);
      } else if (entry.isFile() && PAGE.test(entry.name)) {
        const page = relative(site, path).split(sep).join('/').normalize('NFC');
        if (!writtenInSite.has(page)) pages.push(page);
      }
    }
  };
  await walk(site, true);
  return pages.sort();
}
