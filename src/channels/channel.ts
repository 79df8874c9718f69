import type { ResolvedConfig } from '../config/resolve-config.js';
import type { DiagnosticSink } from '../model/diagnostic.js';
import type { ResolvedProduct } from '../model/resolved.js';
import type { Rule } from '../model/rule.js';

/** The published specification a channel implements, pinned to a version. */
export interface ChannelSpec {
  name: string;
  version: string;
  url: string;
}

/** A file being written in order, chunk by chunk. `write` resolves when the chunk may be followed by more. */
export interface OutputStream {
  write(chunk: string): void | Promise<void>;
  close(): Promise<void>;
}

/**
 * Where a channel writes. `publish/` implements it over a staging folder; tests implement it in memory.
 * Paths are relative to the output root and use "/" separators.
 */
export interface OutputWriter {
  open(path: string, options?: { gzip?: boolean }): OutputStream;
  /** A small whole file. Resolves when the writer can take more (the write itself may still be under way). */
  writeFile(path: string, content: string): void | Promise<void>;
}

/** Files outside the catalog that a channel builds on, read by the pipeline (channels do no file I/O). */
export interface ChannelAssets {
  /** The site's existing robots.txt, when the config asks to merge into it. */
  robotsTxt?: string;
}

export interface ChannelContext {
  config: ResolvedConfig;
  assets: ChannelAssets;
  /** The ids of the channels this run writes, so a channel links only to files that will exist. */
  channels: ReadonlySet<string>;
  /** The run's clock: channels never read the wall clock themselves. */
  now: { iso: string; epochMs: number };
  out: OutputWriter;
  diagnostics: DiagnosticSink;
}

export interface ChannelSummary {
  /** Items the channel published: variants for feeds, products for per-product files. */
  items: number;
  /** Variants left out by the channel's own rules. */
  skipped: number;
}

/** One open run of a channel: fed one product at a time, then closed. */
export interface ChannelRun {
  add(product: ResolvedProduct): void | Promise<void>;
  close(): Promise<ChannelSummary>;
}

export interface Channel {
  /** Stable id, used by --channels and in the report. */
  id: string;
  title: string;
  spec: ChannelSpec;
  /** The rules the channel reports with, for `agentshelf rules` and the rule registry. */
  rules: readonly Rule[];
  /** The files it writes, relative to the output root (patterns use * for per-product files). */
  outputs: readonly string[];
  open(context: ChannelContext): ChannelRun;
}
