import { AgentshelfError } from '../model/errors.js';
import { readCanonicalCsv } from './csv/canonical-csv.js';
import { readJsonCatalog } from './json-catalog.js';
import { readNdjson } from './ndjson.js';
import type { SourceReader } from './source-item.js';

/** An input format: how to recognise it and how to read it into source items. */
export interface InputFormat {
  name: string;
  description: string;
  /** File name endings that select this format (after a .gz suffix is removed). */
  extensions: readonly string[];
  read(chunks: AsyncIterable<string>, file: string): SourceReader;
}

export const INPUT_FORMATS: readonly InputFormat[] = [
  {
    name: 'json',
    description: 'canonical JSON: an array of products, or { "products": [...] }',
    extensions: ['.json'],
    read: readJsonCatalog,
  },
  {
    name: 'ndjson',
    description: 'canonical newline-delimited JSON: one product per line',
    extensions: ['.ndjson', '.jsonl'],
    read: readNdjson,
  },
  {
    name: 'csv',
    description: 'canonical CSV: one variant per row, rows of a product together',
    extensions: ['.csv'],
    read: (chunks, file) => readCanonicalCsv(chunks, file, { delimiter: ',' }),
  },
  {
    name: 'tsv',
    description: 'canonical TSV: like csv, tab-separated',
    extensions: ['.tsv', '.tab'],
    read: (chunks, file) => readCanonicalCsv(chunks, file, { delimiter: '\t' }),
  },
];

export function formatByName(name: string): InputFormat {
  const format = INPUT_FORMATS.find((f) => f.name === name);
  if (!format) {
    throw new AgentshelfError('E_INPUT_FORMAT', `Unknown input format "${name}". Known formats: ${INPUT_FORMATS.map((f) => f.name).join(', ')}.`);
  }
  return format;
}

/** Picks the format from the file name; falls back on the first non-blank character of the content. */
export function detectFormat(file: string, sample: string): InputFormat {
  // A URL's query and fragment are not part of its name; a local file may contain "#" or "?".
  const bare = /^https?:\/\//i.test(file) ? file.replace(/[?#].*$/, '') : file;
  const name = bare.toLowerCase().replace(/\.gz$/, '');
  const byExtension = INPUT_FORMATS.find((f) => f.extensions.some((ext) => name.endsWith(ext)));
  if (byExtension) return byExtension;
  const text = sample.replace(/^\ufeff/, '').trimStart();
  if (text.startsWith('[')) return formatByName('json');
  if (text.startsWith('{')) {
    // One object per line is NDJSON; a single object spanning lines is a JSON catalog.
    const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
    try {
      const first = JSON.parse(firstLine) as { products?: unknown };
      // A whole catalog minified onto one line is still a JSON catalog, not one NDJSON product.
      return formatByName(Array.isArray(first.products) ? 'json' : 'ndjson');
    } catch {
      return formatByName('json');
    }
  }
  if (text.split('\n', 1)[0]!.includes('\t')) return formatByName('tsv');
  if (text.length > 0) return formatByName('csv');
  throw new AgentshelfError('E_INPUT_FORMAT', `Cannot tell the format of ${file}: give it with --format.`);
}
