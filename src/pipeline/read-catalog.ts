import type { ResolvedConfig } from '../model/resolved-config.js';
import { HttpClient } from '../sources/http/http-client.js';
import { readInputs, type InputSpec } from '../sources/read-inputs.js';
import { interruptible } from './interruptible.js';
import { resolveCatalog, type CatalogEntry } from './resolve-catalog.js';

export interface ReadCatalogOptions {
  config: ResolvedConfig;
  /** Catalog inputs: files, URLs or `{ products }`; the config's inputs when absent. */
  inputs?: InputSpec[];
  /** The instant sale windows are judged against; the config's `now`, else the current time. */
  now?: Date;
  /** Stops reading: the iteration ends with an `E_INTERRUPTED` error. */
  signal?: AbortSignal;
}

/**
 * The catalog as a build sees it, one product at a time: each input read in turn, every record validated and
 * resolved, with its diagnostics. Nothing is written. Memory stays flat however long the catalog is; an HTTP
 * client is opened for URL inputs and closed when the iteration ends, also when it is broken off early.
 */
export async function* readCatalog(options: ReadCatalogOptions): AsyncGenerator<CatalogEntry> {
  const { config } = options;
  const nowMs = options.now?.getTime() ?? (config.now ? Date.parse(config.now) : Date.now());
  const http = new HttpClient(config.sources);
  try {
    const items = readInputs(options.inputs ?? config.inputs, { shop: { url: config.shop.url, currency: config.shop.currency }, http });
    yield* interruptible(resolveCatalog(items, { config, nowMs }), options.signal);
  } finally {
    await http.close();
  }
}
