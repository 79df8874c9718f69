import { AgentshelfError } from '../model/errors.js';
import { readCanonicalCsv } from './csv/canonical-csv.js';
import { readJsonCatalog } from './json-catalog.js';
import { readNdjson } from './ndjson.js';
import type { ReadContext } from './read-context.js';
import type { SourceReader } from './source-item.js';

/** An input format read from a file, or from a body fetched over HTTP. */
export interface StreamFormat {
  kind: 'stream';
  name: string;
  description: string;
  /** File name endings this format may have (after a .gz suffix is removed). */
  extensions: readonly string[];
  /**
   * Recognises the format from the start of the content (the first chunk) when the name alone does not
   * decide; formats that share an extension (.csv: canonical, Shopify, WooCommerce) tell themselves apart here.
   */
  sniff?(sample: string): boolean;
  read(chunks: AsyncIterable<string>, file: string, context: ReadContext): SourceReader;
}

/** An input format read from a storefront API, page by page. */
export interface ApiFormat {
  kind: 'api';
  name: string;
  description: string;
  /** Whether a URL points at this API (for detection without --format). */
  matchesUrl(url: URL): boolean;
  read(url: string, context: ReadContext): SourceReader;
}

export type InputFormat = StreamFormat | ApiFormat;

const CANONICAL_FORMATS: readonly StreamFormat[] = [
  {
    kind: 'stream',
    name: 'json',
    description: 'canonical JSON: an array of products, or { "products": [...] }',
    extensions: ['.json'],
    read: (chunks, file) => readJsonCatalog(chunks, file),
  },
  {
    kind: 'stream',
    name: 'ndjson',
    description: 'canonical newline-delimited JSON: one product per line',
    extensions: ['.ndjson', '.jsonl'],
    read: (chunks, file) => readNdjson(chunks, file),
  },
  {
    kind: 'stream',
    name: 'csv',
    description: 'canonical CSV: one variant per row, rows of a product together',
    extensions: ['.csv'],
    read: (chunks, file) => readCanonicalCsv(chunks, file, { delimiter: ',' }),
  },
  {
    kind: 'stream',
    name: 'tsv',
    description: 'canonical TSV: like csv, tab-separated',
    extensions: ['.tsv', '.tab'],
    read: (chunks, file) => readCanonicalCsv(chunks, file, { delimiter: '\t' }),
  },
];

/** Platform importers register here; sniffing formats are tried before the canonical ones. */
const IMPORTERS: InputFormat[] = [];

export function registerImporter(format: InputFormat): void {
  if (IMPORTERS.some((f) => f.name === format.name)) return;
  IMPORTERS.push(format);
}

export function inputFormats(): readonly InputFormat[] {
  return [...IMPORTERS, ...CANONICAL_FORMATS];
}

export function formatByName(name: string): InputFormat {
  const format = inputFormats().find((f) => f.name === name);
  if (!format) {
    throw new AgentshelfError('E_INPUT_FORMAT', `Unknown input format "${name}". Known formats: ${inputFormats().map((f) => f.name).join(', ')}.`);
  }
  return format;
}

/** An API format a URL points at, when one does. */
export function detectApiFormat(url: string): ApiFormat | undefined {
  const parsed = new URL(url);
  return inputFormats().find((f): f is ApiFormat => f.kind === 'api' && f.matchesUrl(parsed));
}

function bareName(file: string): string {
  // A URL's query and fragment are not part of its name; a local file may contain "#" or "?".
  const bare = /^https?:\/\//i.test(file) ? new URL(file).pathname : file;
  return bare.toLowerCase().replace(/\.gz$/, '');
}

/**
 * Picks a stream format: a format whose sniff recognises the content and whose extensions fit the name
 * (or any, when the name has no known extension); else the canonical format of the extension; else the
 * canonical format the content looks like.
 */
export function detectFormat(file: string, sample: string): StreamFormat {
  const name = bareName(file);
  const streams = inputFormats().filter((f): f is StreamFormat => f.kind === 'stream');
  const known = streams.some((f) => f.extensions.some((ext) => name.endsWith(ext)));
  const fits = (f: StreamFormat) => !known || f.extensions.some((ext) => name.endsWith(ext));
  const sniffed = streams.find((f) => f.sniff && fits(f) && f.sniff(sample));
  if (sniffed) return sniffed;
  const byExtension = CANONICAL_FORMATS.find((f) => f.extensions.some((ext) => name.endsWith(ext)));
  if (byExtension) return byExtension;
  const text = sample.replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('[')) return formatByName('json') as StreamFormat;
  if (text.startsWith('{')) {
    const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
    try {
      const first = JSON.parse(firstLine) as { products?: unknown };
      // A whole catalog minified onto one line is still a JSON catalog, not one NDJSON product.
      return formatByName(Array.isArray(first.products) ? 'json' : 'ndjson') as StreamFormat;
    } catch {
      return formatByName('json') as StreamFormat;
    }
  }
  if (text.split('\n', 1)[0]!.includes('\t')) return formatByName('tsv') as StreamFormat;
  if (text.length > 0) return formatByName('csv') as StreamFormat;
  throw new AgentshelfError('E_INPUT_FORMAT', `Cannot tell the format of ${file}: give it with --format.`);
}

/** Every format name, for --help and errors. */
export function formatNames(): string[] {
  return inputFormats().map((f) => f.name);
}

/** The canonical formats alone (platform importers join through registerImporter). */
export const INPUT_FORMATS: readonly InputFormat[] = CANONICAL_FORMATS;
