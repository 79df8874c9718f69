import type { ResolvedConfig } from '../model/resolved-config.js';
import type { DiagnosticSink } from '../model/diagnostic.js';
import type { OfferFacts } from '../model/offer-facts.js';
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

/** A file or endpoint a published document can point readers (people, agents) to. */
export interface SiteLink {
  name: string;
  url: string;
  notes?: string;
}

/**
 * What a link is, which decides where documents list it: the complete product feeds, other whole-catalog
 * documents, the overview for language models, and agent APIs.
 */
export type LinkKind = 'product-feed' | 'document' | 'overview' | 'api';

export interface ChannelLink extends SiteLink {
  kind: LinkKind;
  /** The channel that writes the file. */
  channel: string;
}

export interface ChannelContext {
  config: ResolvedConfig;
  assets: ChannelAssets;
  /** The ids of the channels this run writes, so a channel links only to files that will exist. */
  channels: ReadonlySet<string>;
  /**
   * The files of this run's channels that others may link to, as the channels declare them (Channel.links),
   * product feeds first. `variants`, once known, lets a channel describe how its file is split.
   */
  links(run?: { variants?: number }): readonly ChannelLink[];
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
  /** The same work as `add`, split so that a refresh can reuse what an unchanged product rendered to (see Rendering). */
  rendering?: Rendering<unknown>;
}

/**
 * A channel's work on one product in two halves, for incremental refresh (pipeline/product-memo.ts):
 * - `render` makes everything the channel writes for the product, as plain data (strings, numbers, arrays, and
 *   objects without a `$` key, which the cache's record format reserves), and reports its
 *   findings. It must be a pure function of the product, the config, the run's channels, and how the run's
 *   instant compares with the instants the product holds (a sale's start and end, to the minute): the memo
 *   reuses a rendering while the product, the config and those comparisons stay the same.
 * - `apply` writes a rendering where it goes in this run (which shard, which counters, whole-catalog state such
 *   as llms.txt's category tallies, which may read the product), and reports nothing.
 * `add(product)` is `apply(render(product), product)`; renderedRun builds a run from the two halves.
 */
export interface Rendering<P> {
  render(product: ResolvedProduct): P;
  apply(rendered: P, product: ResolvedProduct): void | Promise<void>;
}

/** What a feed with one row or item per variant renders a product to: the text and its counts. */
export interface FeedRendering {
  text: string;
  items: number;
  skipped: number;
}

/** A run whose `add` is `apply(render(product), product)`, with the halves exposed for the memo. */
export function renderedRun<P>(parts: Rendering<P> & { close(): Promise<ChannelSummary> }): ChannelRun {
  const { render, apply, close } = parts;
  return { add: (product) => apply(render(product), product), close, rendering: { render, apply } as Rendering<unknown> };
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
  /**
   * What the channel costs: CPU microseconds per variant, measured with --cpu-prof on the 100k benchmark
   * catalog (bench/README.md). A build on several threads spreads the channels over them by this weight
   * (pipeline/lane-plan.ts); the outputs are the same on any number of threads.
   */
  cost: number | ((config: ResolvedConfig) => number);
  /** How the parity check reads its offers back; absent when its outputs carry no offers. */
  readBack?: ReadBack;
  /** Where the link check may read the product pages and images, when its outputs name them with their products. */
  urls?: UrlScan;
  /** Its own section of the config, as a JSON Schema fragment that schemas/config.schema.json is assembled from. */
  configSection?: ConfigSection;
  /** The files it writes that other channels' documents may link to. */
  links?(config: ResolvedConfig, run: { variants?: number }): ReadonlyArray<SiteLink & { kind: LinkKind }>;
  open(context: ChannelContext): ChannelRun;
}

/**
 * How publish reads units of `T` back out of the files a channel wrote. The channel gives only pure parsing
 * (it does no file I/O); publish/read-outputs.ts reads the files and feeds the parser, in file order:
 * - `lines`: one file read line by line (gzip when asked); a parser is made per file, so it may keep state
 *   such as a header row;
 * - `shards`: every file of a folder ending in `suffix`, in `order`, each read as `lines`;
 * - `files`: every file of a folder ending in `suffix` but those in `skip`, each parsed whole;
 * - `items`: one file cut into the text between each `open` and `close` marker (an XML item).
 * Paths are relative to the output root.
 */
export type FileScan<T> =
  | { kind: 'lines'; path: string; gzip?: boolean; parser(now: number): (line: string) => Iterable<T> }
  | { kind: 'shards'; dir: string; suffix: string; gzip?: boolean; order(a: string, b: string): number; parser(now: number): (line: string) => Iterable<T> }
  | { kind: 'files'; dir: string; suffix: string; skip?: readonly string[]; parse(text: string, now: number): Iterable<T> }
  | { kind: 'items'; path: string; open: string; close: string; parse(item: string, now: number): Iterable<T> };

/** How the parity check reads a channel's offers back (publish/parity). */
export type ReadBack = FileScan<OfferFacts>;

/** A product page or image an output names, with the product (and variant) that names it. */
export interface FoundUrl {
  url: string;
  kind: 'page' | 'image';
  productId?: string;
  variantId?: string;
}

/**
 * Where the link check (publish/links) finds the shop's pages and images. It reads one output, the one with
 * the lowest `rank` that was written: every offer output names the same URLs, so reading more only costs time.
 */
export interface UrlScan {
  rank: number;
  scan: FileScan<FoundUrl>;
}

/**
 * A channel's section of the config: where it sits (`feeds.<id>` or a top-level key) and its JSON Schema. With
 * `def`, the schema becomes `$defs/<def>` and the property a reference to it (the generated type keeps that
 * name). References to the base schema's `$defs` (Text, Country…) are allowed.
 */
export interface ConfigSection {
  path: readonly [string] | readonly ['feeds', string];
  def?: string;
  schema: Readonly<Record<string, unknown>>;
}

/** A parser's one unit, or none, as the Iterable a FileScan wants. */
export function oneOrNone<T>(unit: T | undefined): T[] {
  return unit === undefined ? [] : [unit];
}
