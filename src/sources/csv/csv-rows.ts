/**
 * A streaming RFC 4180 reader (https://www.rfc-editor.org/rfc/rfc4180) that recovers from broken quoting.
 *
 * Why not csv-parse or papaparse: after a stray quote both stay inside the quoted field and swallow every
 * record up to the next quote, so one bad row silently eats the rows after it. Here a bad row is reported by
 * its line and reading resumes at the next line, and a quoted field that never closes (or grows past
 * MAX_RECORD_CHARS) is reported and reading resumes on the line after the one it started on. Quoted fields
 * may still span lines, as Shopify and WooCommerce exports do for HTML descriptions.
 */
export interface CsvRow {
  type: 'row';
  fields: string[];
  /** 1-based line where the row starts. */
  line: number;
}

export interface CsvRowError {
  type: 'error';
  line: number;
  message: string;
  excerpt: string;
}

export interface CsvReadOptions {
  delimiter?: ',' | '\t' | ';';
}

/** No real cell is this long; a quoted field that reaches it is taken to be a quote that never closes. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

type Parsed =
  | { kind: 'row'; fields: string[]; end: number; lines: number }
  | { kind: 'bad-quote'; at: number; lines: number }
  | { kind: 'need-more' };

/** Parses one record starting at `pos`. `final` says no more text will come. */
function parseRecord(text: string, pos: number, delimiter: number, final: boolean): Parsed {
  const fields: string[] = [];
  let i = pos;
  let lines = 0;
  for (;;) {
    if (i < text.length && text.charCodeAt(i) === QUOTE) {
      // Quoted field: "" is an escaped quote; the field ends at a quote followed by a delimiter or a line end.
      let value = '';
      let from = i + 1;
      let j = from;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          if (!final && text.length - pos < MAX_RECORD_CHARS) return { kind: 'need-more' };
          return { kind: 'bad-quote', at: -1, lines };
        }
        lines += countNewlines(text, j, q);
        if (q + 1 >= text.length && !final) return { kind: 'need-more' };
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          j = from = q + 2;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i >= text.length) {
        if (!final) return { kind: 'need-more' };
        return { kind: 'row', fields, end: i, lines };
      }
      const c = text.charCodeAt(i);
      if (c === delimiter) {
        i++;
        continue;
      }
      if (c === LF || c === CR) return endOfRow(text, i, fields, lines, final);
      return { kind: 'bad-quote', at: i, lines };
    }
    // Unquoted field: runs to the next delimiter or line end.
    let j = i;
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === delimiter || c === LF || c === CR) break;
      j++;
    }
    if (j >= text.length && !final) return { kind: 'need-more' };
    fields.push(text.slice(i, j));
    if (j >= text.length) return { kind: 'row', fields, end: j, lines };
    if (text.charCodeAt(j) === delimiter) {
      i = j + 1;
      continue;
    }
    return endOfRow(text, j, fields, lines, final);
  }
}

function endOfRow(text: string, i: number, fields: string[], lines: number, final: boolean): Parsed {
  if (text.charCodeAt(i) === CR) {
    if (i + 1 >= text.length && !final) return { kind: 'need-more' };
    if (text.charCodeAt(i + 1) === LF) i++;
  }
  return { kind: 'row', fields, end: i + 1, lines: lines + 1 };
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) n++;
  return n;
}

function nextLineStart(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl + 1;
}

function snippet(text: string, from: number): string {
  const end = text.indexOf('\n', from);
  const line = text.slice(from, end === -1 ? Math.min(text.length, from + 120) : Math.min(end, from + 120));
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/** Yields every row (blank lines skipped) and every unreadable row, in input order. */
export async function* readCsvRows(
  chunks: AsyncIterable<string>,
  options: CsvReadOptions = {},
): AsyncGenerator<CsvRow | CsvRowError> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  let text = '';
  let pos = 0;
  let line = 1;
  let first = true;
  const iterator = chunks[Symbol.asyncIterator]();
  let final = false;
  const more = async (): Promise<void> => {
    const next = await iterator.next();
    if (next.done) {
      final = true;
      return;
    }
    let chunk = next.value;
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
    }
    text = pos >= text.length ? chunk : text.slice(pos) + chunk;
    pos = 0;
  };
  for (;;) {
    if (pos >= text.length) {
      if (final) break;
      await more();
      continue;
    }
    // Blank lines separate nothing in CSV; skip them.
    const c = text.charCodeAt(pos);
    if (c === LF || c === CR) {
      if (c === CR && pos + 1 >= text.length && !final) {
        await more();
        continue;
      }
      pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const parsed = parseRecord(text, pos, delimiter, final);
    if (parsed.kind === 'need-more') {
      await more();
      continue;
    }
    if (parsed.kind === 'row') {
      yield { type: 'row', fields: parsed.fields, line };
      line += parsed.lines;
      pos = parsed.end;
      continue;
    }
    const from = parsed.at === -1 ? pos : parsed.at;
    if (!final && text.indexOf('\n', from) === -1) {
      // The rest of the broken line has not arrived yet; read it before skipping past it.
      await more();
      continue;
    }
    // Broken quoting. A stray character after a closing quote spoils only its own line; a quote that never
    // closes spoils only the line it opened on. Either way reading resumes at the next line.
    const message =
      parsed.at === -1
        ? 'A quoted field is never closed.'
        : `A quoted field is followed by "${text[parsed.at]}" instead of a delimiter or the end of the line.`;
    yield { type: 'error', line, message, excerpt: snippet(text, pos) };
    const resume = nextLineStart(text, from);
    line += countNewlines(text, pos, resume);
    pos = resume;
  }
}
