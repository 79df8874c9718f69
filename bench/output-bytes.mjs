// Bytes of a published folder per channel, from what the build itself records: the manifest (agentshelf.json)
// names each channel that ran with its output patterns, and the file list (agentshelf-files.tsv) every file it
// published with its size. Each file goes to the channel whose patterns match it; the manifest and the file
// list are counted as `manifest`; a file no channel claims is counted as `other` (and should not exist).
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
// The build's own matcher for Channel.outputs patterns (`*`, `<name>`), so the attribution cannot drift from it.
import { outputMatcher } from '../dist/publish/output-patterns.js';

export const MANIFEST_FILE = 'agentshelf.json';

/**
 * { variants, channels: [{ id, files, bytes }] in manifest order, then `manifest` (and `other` when any file
 * matched no channel), totalBytes, overlaps (files more than one channel's patterns match), digest (of the
 * file list and manifest: equal digests mean byte-identical folders) }.
 */
export async function outputBytes(folder) {
  const manifestText = await readFile(join(folder, MANIFEST_FILE), 'utf8');
  const manifest = JSON.parse(manifestText);
  const channels = manifest.channels.map((c) => ({ id: c.id, matches: outputMatcher(c.outputs), files: 0, bytes: 0 }));
  const other = { id: 'other', files: 0, bytes: 0, examples: [] };
  const listPath = join(folder, manifest.fileList.path);
  const digest = createHash('sha256').update(manifestText);
  let overlaps = 0;
  for await (const line of createInterface({ input: createReadStream(listPath, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    if (!line) continue;
    digest.update(line).update('\n');
    const [, bytes, ...rest] = line.split('\t');
    const path = rest.join('\t');
    const owners = channels.filter((c) => c.matches(path));
    if (owners.length > 1) overlaps++;
    const owner = owners[0] ?? other;
    owner.files++;
    owner.bytes += Number(bytes);
    if (owner === other && other.examples.length < 5) other.examples.push(path);
  }
  const own = { id: 'manifest', files: 2, bytes: Buffer.byteLength(manifestText) + (await stat(listPath)).size };
  const rows = [...channels.map(({ id, files, bytes }) => ({ id, files, bytes })), own, ...(other.files > 0 ? [other] : [])];
  return { variants: manifest.variants, products: manifest.products, channels: rows, totalBytes: rows.reduce((sum, r) => sum + r.bytes, 0), overlaps, digest: digest.digest('hex') };
}
