import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/**
 * The non-empty lines of a text file (gzipped or not), streamed with backpressure. Not node:readline: its
 * async iterator keeps reading ahead of a slow consumer, and reading back a 1.4 GB feed line by line held
 * most of the file in memory (a 1M-variant benchmark: 1.6 GB peak RSS for the ACP feed alone).
 */
export async function* readLines(path: string, options: { gzip?: boolean } = {}): AsyncGenerator<string> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  let stream: Readable = file;
  if (options.gzip) {
    const gunzip = createGunzip();
    file.on('error', (error) => gunzip.destroy(error));
    stream = file.pipe(gunzip);
  }
  stream.setEncoding('utf8');
  let pending = '';
  try {
    for await (const chunk of stream) {
      const text = pending + (chunk as string);
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const line = text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl);
        start = nl + 1;
        if (line.trim() !== '') yield line;
      }
      // Copy the tail rather than keep a slice of the whole chunk alive.
      pending = start < text.length ? Buffer.from(text.slice(start)).toString() : '';
    }
    if (pending.trim() !== '') yield pending;
  } finally {
    file.destroy();
  }
}
