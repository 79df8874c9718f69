import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { AgentshelfError } from '../model/errors.js';
import type { Product } from '../model/generated/product.js';
import { detectApiFormat, detectFormat, formatByName, type StreamFormat } from './formats.js';
import { htmlPageError, looksLikeHtmlPage } from './html-page.js';
import { registerImporters } from './importers/index.js';
import type { ReadContext } from './read-context.js';
import type { SourceItem } from './source-item.js';

/** A catalog input: a file or URL, or products held in memory. */
export type InputSpec = FileInput | ProductsInput;

export interface FileInput {
  /** A file path, or an http(s) URL. */
  path: string;
  /** A format name; detected from the name, the URL and the content when absent. */
  format?: string;
}

/**
 * Products a program holds (an Astro content collection, Eleventy data, a CMS response), in the canonical
 * model (schemas/product.schema.json): an array, or any iterable or async iterable, read one at a time like a
 * file, so a generator of a million products streams. Each is validated like a record of a file; reports name
 * it by `name` and its 1-based position.
 */
export interface ProductsInput {
  /** Records that are not valid products are reported by the rules like a bad record of a file, never thrown. */
  products: Iterable<Product> | AsyncIterable<Product>;
  /** How reports name this input (default "products"). */
  name?: string;
}

export function isProductsInput(input: InputSpec): input is ProductsInput {
  return 'products' in input;
}

const CHUNK_BYTES = 1 << 20;

export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}

/** The total size of the file inputs, for an ETA; undefined when an input is a URL of unknown size. */
export async function inputBytes(inputs: readonly InputSpec[]): Promise<number | undefined> {
  let total = 0;
  for (const input of inputs) {
    if (isProductsInput(input) || isUrl(input.path)) return undefined;
    total += await stat(input.path).then((s) => s.size, () => 0);
  }
  return total;
}

/** Reads every input in turn, in the order given, as one stream of source items. */
export async function* readInputs(inputs: readonly InputSpec[], context: ReadContext): AsyncGenerator<SourceItem> {
  registerImporters();
  if (inputs.length === 0) throw new AgentshelfError('E_NO_INPUT', 'No catalog input was given: pass --input FILE or set "inputs" in the config.');
  for (const input of inputs) yield* readInput(input, context);
}

export async function* readInput(input: InputSpec, context: ReadContext): AsyncGenerator<SourceItem> {
  registerImporters();
  if (isProductsInput(input)) {
    yield* readProducts(input);
    return;
  }
  if (isUrl(input.path)) {
    const named = input.format ? formatByName(input.format) : undefined;
    const api = named?.kind === 'api' ? named : named ? undefined : detectApiFormat(input.path);
    if (api) {
      context.onFormat?.(input.path, api.name);
      yield* api.read(input.path, context);
      return;
    }
    const response = await context.http.get(input.path);
    yield* readStream(response.chunks(), input.path, named as StreamFormat | undefined, context, response.headers['content-type']);
    return;
  }
  const info = await stat(input.path).catch((error: NodeJS.ErrnoException) => {
    throw new AgentshelfError(
      error.code === 'ENOENT' ? 'E_INPUT_NOT_FOUND' : 'E_INPUT_UNREADABLE',
      error.code === 'ENOENT' ? `Input file not found: ${input.path}` : `Cannot read ${input.path}: ${error.message}`,
      { cause: error },
    );
  });
  if (!info.isFile()) throw new AgentshelfError('E_INPUT_UNREADABLE', `Input is not a file: ${input.path}`);
  const named = input.format ? formatByName(input.format) : undefined;
  if (named?.kind === 'api') throw new AgentshelfError('E_INPUT_FORMAT', `The format ${named.name} reads a storefront API: give its URL, not a file.`);
  yield* readStream(textChunks(input.path, context.onBytes), input.path, named, context);
}

async function* readStream(chunks: AsyncIterable<string>, name: string, named: StreamFormat | undefined, context: ReadContext, contentType?: string): AsyncGenerator<SourceItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  let format: StreamFormat;
  let head: IteratorResult<string>;
  try {
    head = await iterator.next();
    // Whatever the format, named or not: a login or error page is never a catalog, and read as one it would
    // only give a JSON syntax error or a CSV without an id column.
    if (!head.done && looksLikeHtmlPage(head.value)) throw htmlPageError(name, head.value, contentType);
    format = named ?? detectFormat(name, head.done ? '' : head.value);
  } catch (error) {
    await iterator.return?.(undefined);
    throw error;
  }
  context.onFormat?.(name, format.name);
  yield* format.read(replay(head, iterator), name, context);
}

/** The file as UTF-8 text chunks; .gz files are decompressed on the fly. */
async function* textChunks(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<string> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  // Bytes of the file itself (compressed, for .gz), so progress matches the size on disk.
  if (onBytes) file.on('data', (chunk: string | Buffer) => onBytes(chunk.length));
  let stream: Readable = file;
  if (path.toLowerCase().endsWith('.gz')) {
    const gunzip = createGunzip({ chunkSize: CHUNK_BYTES });
    // pipe() does not forward errors: a read error must end the gunzip stream we iterate.
    file.on('error', (error) => gunzip.destroy(error));
    stream = file.pipe(gunzip);
  }
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    // zlib says "unexpected end of file" when the gzip data stops before its end (a copy or download cut short).
    const truncated = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' ? ' (the gzip data ends early: the file is truncated, a copy or download cut short?)' : '';
    throw new AgentshelfError('E_INPUT_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}${truncated}`, { cause: error });
  } finally {
    // Ending early (or a gunzip error) must still close the file itself, which pipe() leaves open.
    file.destroy();
  }
}

/** The first chunk again, then the rest; stopping early closes the file. */
async function* replay(head: IteratorResult<string>, rest: AsyncIterator<string>): AsyncGenerator<string> {
  try {
    if (head.done) return;
    yield head.value;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await rest.return?.(undefined);
  }
}

async function* readProducts(input: ProductsInput): AsyncGenerator<SourceItem> {
  const file = input.name ?? 'products';
  let line = 0;
  for await (const value of input.products) {
    line++;
    yield { type: 'record', value, origin: { file, line } };
  }
}
