import type { Channel } from '../channels/channel.js';
import { comparePaths, FILE_LIST } from './file-list.js';
import type { ManifestChannel } from './live-folder.js';
import type { ReportSummary } from './run-report.js';
import type { WrittenOutputs } from './staging.js';

/** Names of files agentshelf did not write that the manifest lists; more are counted, not named. */
const NOT_OURS_LISTED = 1000;

/**
 * agentshelf.json at the root of the output folder: which spec version each output implements, what was
 * written (with digests, for `verify` and for diffing runs) and how many items each channel published.
 * Channels that did not run this time keep their entries from the published manifest, as their files were
 * kept. Every file is listed with its digest in agentshelf-files.tsv; files agentshelf did not write are
 * named in `notOurs`. It has no timestamp, so the same input gives the same bytes.
 */
export function buildManifest(input: {
  channels: readonly Channel[];
  /** Entries of channels that did not run, from the published manifest. */
  keptChannels?: readonly ManifestChannel[];
  written: WrittenOutputs;
  summary: ReportSummary;
  version: string;
  /** How many files agentshelf-files.tsv lists. */
  listed: number;
  notOurs?: readonly string[];
}): string {
  const ran = input.summary.channels.map((c): ManifestChannel => {
    const channel = input.channels.find((ch) => ch.id === c.id)!;
    return { id: c.id, title: channel.title, spec: c.spec, outputs: channel.outputs, items: c.items, skipped: c.skipped };
  });
  const notOurs = [...(input.notOurs ?? [])].sort(comparePaths);
  const manifest = {
    generator: { name: 'agentshelf', version: input.version },
    channels: [...ran, ...(input.keptChannels ?? [])].sort((a, b) => comparePaths(a.id, b.id)),
    products: input.summary.products.published,
    variants: input.summary.variants.published,
    files: input.written.files,
    folders: input.written.folders,
    fileList: { path: FILE_LIST, files: input.listed },
    ...(notOurs.length > 0 ? { notOurs: notOurs.slice(0, NOT_OURS_LISTED), ...(notOurs.length > NOT_OURS_LISTED ? { notOursMore: notOurs.length - NOT_OURS_LISTED } : {}) } : {}),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
