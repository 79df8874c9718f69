import type { Channel } from '../channels/channel.js';
import type { ReportSummary } from './run-report.js';
import type { WrittenOutputs } from './staging.js';

/**
 * agentshelf.json at the root of the output folder: which spec version each output implements, what was
 * written (with digests, for `verify` and for diffing runs) and how many items each channel published.
 * It has no timestamp, so the same input gives the same bytes.
 */
export function buildManifest(input: { channels: readonly Channel[]; written: WrittenOutputs; summary: ReportSummary; version: string }): string {
  const manifest = {
    generator: { name: 'agentshelf', version: input.version },
    channels: input.summary.channels.map((c) => {
      const channel = input.channels.find((ch) => ch.id === c.id)!;
      return { id: c.id, title: channel.title, spec: c.spec, outputs: channel.outputs, items: c.items, skipped: c.skipped };
    }),
    products: input.summary.products.published,
    variants: input.summary.variants.published,
    files: input.written.files,
    folders: input.written.folders,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
