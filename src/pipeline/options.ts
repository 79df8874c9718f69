import type { ResolvedConfig } from '../model/resolved-config.js';
import type { InputSpec } from '../sources/read-inputs.js';

export interface Progress {
  productsRead: number;
  variantsRead: number;
  /** Bytes of input read so far. */
  bytesRead: number;
  /** Bytes of input in all, when every input is a file (for an ETA). */
  totalBytes?: number;
  /** The run is over; the last call. */
  done?: boolean;
}

/** What build and validate take. */
export interface BuildOptions {
  config: ResolvedConfig;
  /** Catalog inputs; the config's inputs when absent. */
  inputs?: InputSpec[];
  /** Output folder; the config's out when absent. Ignored by validate. */
  out?: string;
  /** Channel ids; all when absent. */
  channels?: string[];
  /** Any error diagnostic fails the run, and nothing is published. */
  strict?: boolean;
  /** The instant sale windows are judged against; the config's `now`, else the time the run starts. */
  now?: Date;
  /** Called every few hundred products. */
  onProgress?: (progress: Progress) => void;
  /** Check every product and image URL before publishing (links/* findings; errors fail the run under strict). */
  checkLinks?: boolean;
  /**
   * How many threads run the channels: the main thread, which also reads and resolves the catalog, and
   * `threads - 1` workers, with the channels spread over them by their measured cost (pipeline/lane-plan.ts).
   * Outputs and report are the same on any number. Default: the machine's cores (availableParallelism).
   */
  threads?: number;
  /** Publish even when the publish gate would refuse the run (a large drop in variants, a rise in invalid products). */
  force?: boolean;
  /** Where the run state is kept (the last published run, for the gate and the change report); default: beside the output folder. */
  stateDir?: string;
  /**
   * Keep what each product rendered to (beside the run state, see cachePathOf), and reuse it for products that
   * did not change: a refresh then renders only the changed products. Outputs are the same either way.
   * Default true; false neither reads nor writes the cache.
   */
  cache?: boolean;
  /** How long to wait for another run that holds the output folder's lock; default 0: fail at once. */
  waitMs?: number;
  /** How many info findings of one rule the JSON report lists (the rest are counted); all when absent. */
  infoPerRule?: number;
  /** Stops the run: the staging folder and the lock are removed, the published outputs stay as they were. */
  signal?: AbortSignal;
  /**
   * The output folder is a built site (its root, beside its pages): every file agentshelf did not write is kept,
   * also on the first build, and a run that would overwrite one of them (a site's own robots.txt) is refused,
   * naming the files. Without it, agentshelf only publishes into a folder of its own.
   */
  site?: boolean;
}

/** The instant a build or validate run judges sale windows at, as ISO 8601. */
export function runInstant(options: BuildOptions): string {
  if (options.now) return options.now.toISOString();
  if (options.config.now) return new Date(options.config.now).toISOString();
  return new Date().toISOString();
}
