import type { Origin } from '../model/diagnostic.js';
import { parseRecordText } from './parse-record.js';
import type { SourceItem } from './source-item.js';

/**
 * Reads newline-delimited JSON (https://github.com/ndjson/ndjson-spec): one product per line.
 * A line that is not JSON is reported with its line number and skipped; blank lines are ignored.
 * Memory holds one chunk and one line at a time, whatever the size of the file.
 */
export async function* readNdjson(chunks: AsyncIterable<string>, file: string): AsyncGenerator<SourceItem> {
  let pending = '';
  let line = 0;
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      // A UTF-8 byte order mark is allowed before the first record and is not part of it.
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    const text = pending + chunk;
    let start = 0;
    // The pending part holds no newline: search only what is new, so long lines in small chunks stay linear.
    let nl = text.indexOf('\n', pending.length);
    for (; nl !== -1; nl = text.indexOf('\n', start)) {
      line++;
      const item = parseLine(text.slice(start, nl), { file, line });
      if (item) yield item;
      start = nl + 1;
    }
    pending = text.slice(start);
  }
  if (pending.length > 0) {
    line++;
    const item = parseLine(pending, { file, line });
    if (item) yield item;
  }
}

function parseLine(raw: string, origin: Origin): SourceItem | undefined {
  const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (text.trim() === '') return undefined;
  return parseRecordText(text, origin, 'line');
}
