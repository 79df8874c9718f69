import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../../model/diagnostic.js';
import { MANIFEST_FILE } from '../atomic-publish.js';
import { FILE_LIST, parseFileListLine, type ListedFile } from '../file-list.js';
import type { PublishedManifest } from '../live-folder.js';
import { manifestFileChanged, manifestFileMissing, manifestFileUnlisted, manifestMissing } from './rules.js';
import { readLines } from '../read-lines.js';

export interface ManifestCheck {
  /** Files the manifest lists, and how many of them were read and compared. */
  files: number;
  diagnostics: Diagnostic[];
}

/** Findings named per rule; past this many, they are counted in one more finding. */
const NAMED_PER_RULE = 200;

/**
 * Holds a published folder to its manifest: every file agentshelf-files.tsv lists must be there with its
 * digest, and no file may be there that it does not list (but those agentshelf found and kept, `notOurs`).
 * The list is read a folder at a time, so memory holds one folder's names, not the catalog's.
 */
export async function checkManifest(root: string): Promise<ManifestCheck> {
  const diagnostics: Diagnostic[] = [];
  const named = new Map<string, number>();
  const report = (rule: typeof manifestFileChanged, path: string, message: string, extra: { actual?: unknown; expected?: unknown } = {}) => {
    const count = (named.get(rule.meta.id) ?? 0) + 1;
    named.set(rule.meta.id, count);
    if (count <= NAMED_PER_RULE) diagnostics.push(rule.diagnostic({ channel: 'manifest' }, { message, pointer: `/${path}`, ...extra }));
  };
  let manifest: PublishedManifest & { fileList?: { path: string } };
  try {
    manifest = JSON.parse(await readFile(join(root, MANIFEST_FILE), 'utf8')) as typeof manifest;
  } catch (error) {
    diagnostics.push(manifestMissing.diagnostic({ channel: 'manifest' }, { message: `${MANIFEST_FILE} cannot be read: ${(error as Error).message}`, pointer: `/${MANIFEST_FILE}` }));
    return { files: 0, diagnostics };
  }
  const listPath = manifest.fileList?.path ?? FILE_LIST;
  const notOurs = new Set(manifest.notOurs ?? []);
  const ours = new Set([MANIFEST_FILE, listPath]);
  const seenFolders = new Set<string>();
  let files = 0;

  // The list itself is checked against the manifest's entry for it.
  const listEntry = manifest.files?.find((f) => f.path === listPath);
  if (listEntry) await compare(root, listEntry, report);

  let folder: string | undefined;
  let names = new Set<string>();
  const closeFolder = async () => {
    if (folder === undefined) return;
    seenFolders.add(folder);
    for (const extra of await filesIn(root, folder)) {
      const path = folder === '.' ? extra : `${folder}/${extra}`;
      if (!names.has(path) && !notOurs.has(path) && !ours.has(path)) report(manifestFileUnlisted, path, `${path} is in the folder but not in the manifest.`);
    }
  };
  try {
    for await (const line of readLines(join(root, listPath))) {
      const entry = parseFileListLine(line);
      const at = entry.path.lastIndexOf('/');
      const entryFolder = at === -1 ? '.' : entry.path.slice(0, at);
      if (entryFolder !== folder) {
        await closeFolder();
        folder = entryFolder;
        names = new Set();
      }
      names.add(entry.path);
      files++;
      await compare(root, entry, report);
    }
    await closeFolder();
  } catch (error) {
    diagnostics.push(manifestMissing.diagnostic({ channel: 'manifest' }, { message: `${listPath} cannot be read: ${(error as Error).message}`, pointer: `/${listPath}` }));
    return { files, diagnostics };
  }
  // Folders the list never names hold only files added later (or kept ones).
  for (const dir of await foldersUnder(root)) {
    if (seenFolders.has(dir)) continue;
    for (const name of await filesIn(root, dir)) {
      const path = dir === '.' ? name : `${dir}/${name}`;
      if (!notOurs.has(path) && !ours.has(path)) report(manifestFileUnlisted, path, `${path} is in the folder but not in the manifest.`);
    }
  }
  for (const [ruleId, count] of named) {
    if (count <= NAMED_PER_RULE) continue;
    const rule = [manifestFileChanged, manifestFileMissing, manifestFileUnlisted].find((r) => r.meta.id === ruleId)!;
    diagnostics.push(rule.diagnostic({ channel: 'manifest' }, { message: `… and ${count - NAMED_PER_RULE} more file(s) the same way.`, actual: count }));
  }
  return { files, diagnostics };
}

async function compare(root: string, entry: ListedFile, report: (rule: typeof manifestFileChanged, path: string, message: string, extra?: { actual?: unknown; expected?: unknown }) => void): Promise<void> {
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(join(root, ...entry.path.split('/')), { highWaterMark: 1 << 20 })) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return report(manifestFileMissing, entry.path, `${entry.path} is listed in the manifest but not in the folder.`);
    throw error;
  }
  const sha256 = hash.digest('hex');
  if (sha256 !== entry.sha256) report(manifestFileChanged, entry.path, `${entry.path} differs from the published file (${bytes} bytes now, ${entry.bytes} published).`, { actual: sha256, expected: entry.sha256 });
}

/** The files (not folders) directly in a folder of the output; none when it is not there. */
async function filesIn(root: string, folder: string): Promise<string[]> {
  const entries = await readdir(folder === '.' ? root : join(root, ...folder.split('/')), { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => !e.isDirectory()).map((e) => e.name);
}

/** Every folder of the output, the root as ".". */
async function foldersUnder(root: string): Promise<string[]> {
  const out = ['.'];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      out.push(path);
      await walk(join(dir, entry.name), path);
    }
  };
  await walk(root, '');
  return out;
}
