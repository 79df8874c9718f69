import { MemoryWriter } from '../channels/memory-writer.js';
import { runInstant, type BuildOptions } from './options.js';
import { strictFailure } from './publish-gate.js';
import { reportOptionsOf } from './report-options.js';
import { runChannels } from './run-channels.js';
import { runWithReport, type RunResult } from './run-result.js';

/** What renderOutputs takes: a build's options without the ones about a published folder. */
export type RenderOptions = Omit<BuildOptions, 'out' | 'site' | 'force' | 'stateDir' | 'waitMs' | 'checkLinks' | 'threads'>;

export interface RenderedFile {
  /** The file's content. For a gzip file, the text before compression. */
  text: string;
  /** The build writes the file gzip-compressed (its path ends in `.gz`). */
  gzip: boolean;
}

export interface RenderResult extends RunResult {
  /** Every output file the channels wrote, by its path under the output root ("/" separators), in the order each was completed. */
  files: ReadonlyMap<string, RenderedFile>;
}

/**
 * Runs the channels on the catalog and keeps the outputs in memory instead of publishing them: for a program
 * that puts the feeds and JSON-LD somewhere itself (a framework's build, an upload, a test). The files are the
 * ones `buildCatalog` writes, with the same bytes (gzip files before compression); the publish step's own files
 * (manifest, file list) and the parity read-back belong to a published folder and are not part of it. Products
 * may come from code (`inputs: [{ products }]`). Everything runs in this thread; a catalog of millions of
 * variants belongs in `buildCatalog`, which streams to disk.
 */
export async function renderOutputs(options: RenderOptions): Promise<RenderResult> {
  const now = runInstant(options);
  const out = new MemoryWriter();
  const result = await runWithReport(reportOptionsOf(options), async (report) => {
    await runChannels({ options: { ...options, threads: 1 }, out, report, now });
    const failure =
      (options.strict ? strictFailure(report) : undefined) ??
      (report.counts.products.published === 0 ? { code: 'E_EMPTY_CATALOG', message: 'No product could be published: every one has an error, or none was read.' } : undefined);
    return { ok: failure === undefined, ...(failure ? { failure } : {}), published: false, now };
  });
  const files = new Map<string, RenderedFile>([...out.files].map(([path, text]) => [path, { text, gzip: out.gzipped.has(path) }]));
  return { ...result, files };
}
