import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE } from './atomic-publish.js';
import type { LiveFolder } from './staging.js';

/** What a published folder's manifest says of itself, as far as a new run needs it. */
export interface PublishedManifest {
  channels: ManifestChannel[];
  products?: number;
  variants?: number;
  files: Array<{ path: string; bytes: number; sha256: string }>;
  /** Files in the folder agentshelf did not write, kept as they were. */
  notOurs?: string[];
}

export interface ManifestChannel {
  id: string;
  title: string;
  spec: { name: string; version: string; url: string };
  outputs: readonly string[];
  items: number;
  skipped: number;
}

/** The published folder and its manifest, when there is one to keep files from. */
export async function readLiveFolder(out: string): Promise<{ live: LiveFolder; manifest: PublishedManifest } | undefined> {
  const text = await readFile(join(out, MANIFEST_FILE), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let manifest: PublishedManifest;
  try {
    manifest = JSON.parse(text) as PublishedManifest;
  } catch {
    // A manifest that does not parse describes nothing: every file is written anew.
    return { live: { root: out, files: {} }, manifest: { channels: [], files: [] } };
  }
  const files: Record<string, { bytes: number; sha256: string }> = {};
  for (const file of Array.isArray(manifest.files) ? manifest.files : []) files[file.path] = { bytes: file.bytes, sha256: file.sha256 };
  return { live: { root: out, files }, manifest: { ...manifest, channels: Array.isArray(manifest.channels) ? manifest.channels : [], files: Array.isArray(manifest.files) ? manifest.files : [] } };
}
