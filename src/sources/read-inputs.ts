import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { AgentshelfError } from '../model/errors.js';
import { detectFormat, formatByName } from './formats.js';
import type { SourceItem } from './source-item.js';

export interface InputSpec {
  /** A file path. */
  path: string;
  /** A format name; detected from the name and content when absent. */
  format?: string;
}

const CHUNK_BYTES = 1 << 20;

/** Reads every input in turn, in the order given, as one stream of source items. */
export async function* readInputs(inputs: readonly InputSpec[]): AsyncGenerator<SourceItem> {
  if (inputs.length === 0) throw new AgentshelfError('E_NO_INPUT', 'No catalog input was given: pass --input FILE or set "inputs" in the config.');
  for (const input of inputs) yield* readInput(input);
}

export async function* readInput(input: InputSpec): AsyncGenerator<SourceItem> {
  const info = await stat(input.path).catch((error: NodeJS.ErrnoException) => {
    throw new AgentshelfError(
      error.code === 'ENOENT' ? 'E_INPUT_NOT_FOUND' : 'E_INPUT_UNREADABLE',
      error.code === 'ENOENT' ? `Input file not found: ${input.path}` : `Cannot read ${input.path}: ${error.message}`,
      { cause: error },
    );
  });
  if (!info.isFile()) throw new AgentshelfError('E_INPUT_UNREADABLE', `Input is not a file: ${input.path}`);
  const chunks = textChunks(input.path);
  const iterator = chunks[Symbol.asyncIterator]();
  const head = await iterator.next();
  const sample = head.done ? '' : head.value;
  let format;
  try {
    format = input.format ? formatByName(input.format) : detectFormat(input.path, sample);
  } catch (error) {
    await iterator.return?.(undefined);
    throw error;
  }
  yield* format.read(replay(head, iterator), input.path);
}

/** The file as UTF-8 text chunks; .gz files are decompressed on the fly. */
async function* textChunks(path: string): AsyncGenerator<string> {
  const file = createReadStream(path, { highWaterMark: CHUNK_BYTES });
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
    throw new AgentshelfError('E_INPUT_UNREADABLE', `Cannot read ${path}: ${(error as Error).message}`, { cause: error });
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
    await rest.return?.();
  }
}
