import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Every file under a folder, as paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else out.push(relative(dir, path));
    }
  };
  await walk(dir);
  return out.sort();
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** XML 1.0 Char (https://www.w3.org/TR/xml/#charsets) minus what UTF-8 cannot hold anyway (lone surrogates). */
const XML_FORBIDDEN = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** A problem found in one output file, named by the file: the test prints them all at once. */
export interface OutputProblem {
  file: string;
  problem: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Strings inside a parsed JSON value that are not well-formed UTF-16 (a lone surrogate written as a \u escape). */
function illFormedStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) found.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) illFormedStrings(v, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      illFormedStrings(k, found);
      illFormedStrings(v, found);
    }
  }
  return found;
}

function checkJson(file: string, text: string, problems: OutputProblem[]): void {
  try {
    const bad = illFormedStrings(JSON.parse(text));
    if (bad.length > 0) problems.push({ file, problem: `holds ${bad.length} string(s) with a lone surrogate` });
  } catch (error) {
    problems.push({ file, problem: `is not JSON: ${(error as Error).message}` });
  }
}

function checkTsv(file: string, text: string, problems: OutputProblem[]): void {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const width = lines[0]!.split('\t').length;
  lines.forEach((line, i) => {
    const fields = line.split('\t').length;
    if (fields !== width) problems.push({ file, problem: `line ${i + 1} has ${fields} fields, the header ${width}` });
    if (line.includes('\r')) problems.push({ file, problem: `line ${i + 1} holds a CR` });
  });
}

function checkCsv(file: string, text: string, problems: OutputProblem[]): void {
  try {
    // csv-parse refuses a record whose field count differs from the first one (relax_column_count is off).
    const rows = parseCsv(text, { bom: false, relax_quotes: false }) as string[][];
    const width = rows[0]!.length;
    rows.forEach((row, i) => {
      if (row.length !== width) problems.push({ file, problem: `record ${i + 1} has ${row.length} fields, the header ${width}` });
    });
  } catch (error) {
    problems.push({ file, problem: `is not CSV: ${(error as Error).message}` });
  }
}

function checkXml(file: string, text: string, problems: OutputProblem[]): void {
  const result = XMLValidator.validate(text);
  if (result !== true) problems.push({ file, problem: `is not well-formed XML: ${result.err.msg} (line ${result.err.line})` });
  if (XML_FORBIDDEN.test(text)) problems.push({ file, problem: 'holds a character XML 1.0 forbids' });
  // "]]>" may not appear in character data (https://www.w3.org/TR/xml/#syntax); agentshelf writes no CDATA sections.
  if (text.includes(']]>')) problems.push({ file, problem: 'holds "]]>" in character data' });
}

/**
 * Checks every file of a published folder: each is UTF-8 (after gunzip for .gz); JSON and JSON Lines parse to
 * well-formed strings; XML is well-formed; TSV and CSV have the header's number of fields on every line.
 * Returns the problems found, so a failure names every file at once.
 */
export async function outputProblems(out: string): Promise<OutputProblem[]> {
  const problems: OutputProblem[] = [];
  for (const file of await listFiles(out)) {
    let bytes = await readFile(join(out, file));
    let name = file;
    if (name.endsWith('.gz')) {
      try {
        bytes = gunzipSync(bytes);
      } catch (error) {
        problems.push({ file, problem: `does not gunzip: ${(error as Error).message}` });
        continue;
      }
      name = name.slice(0, -3);
    }
    let text: string;
    try {
      text = UTF8.decode(bytes);
    } catch {
      problems.push({ file, problem: 'is not UTF-8' });
      continue;
    }
    if (name.endsWith('.json') || name.endsWith('.jsonld') || name === '.well-known/ucp' || name.startsWith('.well-known/ucp-')) checkJson(file, text, problems);
    else if (name.endsWith('.jsonl')) text.split('\n').forEach((line, i) => line !== '' && checkJson(`${file}:${i + 1}`, line, problems));
    else if (name.endsWith('.xml')) checkXml(file, text, problems);
    else if (name.endsWith('.tsv') || name === 'feeds/microsoft/products.txt') checkTsv(file, text, problems);
    else if (name.endsWith('.csv')) checkCsv(file, text, problems);
  }
  return problems;
}

/** The rows of a gzip-compressed or plain delimited output, as objects by header name. */
export async function readDelimited(path: string, delimiter: '\t' | ','): Promise<Array<Record<string, string>>> {
  let bytes = await readFile(path);
  if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
  const text = bytes.toString('utf8');
  if (delimiter === ',') return parseCsv(text, { columns: true }) as Array<Record<string, string>>;
  const [header, ...lines] = text.split('\n').filter((line) => line !== '');
  const names = header!.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [names[i]!, cell])));
}

/** The items of an RSS feed with the g: namespace, every value as text. */
export async function readRssItems(path: string): Promise<Array<Record<string, unknown>>> {
  const parser = new XMLParser({ parseTagValue: false, ignoreAttributes: true, isArray: (name) => name === 'item' });
  const doc = parser.parse(await readFile(path, 'utf8')) as { rss: { channel: { item?: Array<Record<string, unknown>> } } };
  return doc.rss.channel.item ?? [];
}

/** The variant ids each offer output of a published folder carries. */
export async function publishedVariantIds(out: string): Promise<Record<string, string[]>> {
  const jsonl = async (path: string): Promise<Array<Record<string, unknown>>> => {
    let bytes = await readFile(path);
    if (path.endsWith('.gz')) bytes = gunzipSync(bytes);
    return bytes.toString('utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
  };
  return {
    google: (await readRssItems(join(out, 'feeds/google/products.xml'))).map((item) => String(item['g:id'])),
    meta: (await readRssItems(join(out, 'feeds/meta/products.xml'))).map((item) => String(item['g:id'])),
    microsoft: (await readDelimited(join(out, 'feeds/microsoft/products.txt'), '\t')).map((row) => row.id!),
    openai: (await jsonl(join(out, 'feeds/openai/products.jsonl.gz'))).map((row) => String(row.item_id)),
    'openai-tsv': (await readDelimited(join(out, 'feeds/openai/products.tsv.gz'), '\t')).map((row) => row.item_id!),
    'openai-csv': (await readDelimited(join(out, 'feeds/openai/products.csv.gz'), ',')).map((row) => row.item_id!),
    acp: (await jsonl(join(out, 'feeds/acp/products.jsonl'))).flatMap((product) => (product.variants as Array<{ id: string }>).map((v) => v.id)),
  };
}
