import { parseRecordText } from './parse-record.js';
import { notACatalog } from './rules/not-a-catalog.js';
import type { SourceItem } from './source-item.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xfeff;
}

/**
 * Reads a canonical JSON catalog, either a top-level array of products or an object with a `products` array,
 * as a stream. It scans the text once, cuts out each element of the products array and parses that element
 * alone with JSON.parse, so memory holds one product at a time, and a broken product is reported by its line
 * and skipped while the products after it are still read. A streaming tokenizer could not recover after a
 * syntax error; this can, as long as the brackets and quotes of the broken product still balance.
 */
export async function* readJsonCatalog(chunks: AsyncIterable<string>, file: string): AsyncGenerator<SourceItem> {
  const scanner = new CatalogScanner(file);
  for await (const chunk of chunks) {
    const items = scanner.push(chunk);
    for (const item of items) yield item;
    if (scanner.finished) break;
  }
  for (const item of scanner.end()) yield item;
}

class CatalogScanner {
  finished = false;
  private top: 'unknown' | 'array' | 'object' = 'unknown';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private line = 1;
  /** The depth inside the products array, where its elements start; 0 while outside it. */
  private elementDepth = 0;
  private sawProducts = false;
  // Keys of the top-level object, to find "products".
  private expectKey = false;
  private keyParts: string[] | undefined;
  private keyFrom = 0;
  private lastKey: string | undefined;
  // The element being cut out, across chunks.
  private elementParts: string[] | undefined;
  private elementFrom = 0;
  private elementLine = 0;

  constructor(private readonly file: string) {}

  push(chunk: string): SourceItem[] {
    const out: SourceItem[] = [];
    if (this.elementParts) this.elementFrom = 0;
    if (this.keyParts) this.keyFrom = 0;
    for (let i = 0; i < chunk.length && !this.finished; i++) {
      const c = chunk.charCodeAt(i);
      if (c === NEWLINE) this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.keyParts) {
            this.keyParts.push(chunk.slice(this.keyFrom, i));
            this.lastKey = this.keyParts.join('');
            this.keyParts = undefined;
          }
        }
        continue;
      }
      if (this.top === 'unknown') {
        this.begin(c, out);
        continue;
      }
      if (this.elementDepth > 0 && this.depth === this.elementDepth && !this.elementParts) {
        if (!isSpace(c) && c !== COMMA && c !== CLOSE_BRACKET) {
          this.elementParts = [];
          this.elementFrom = i;
          this.elementLine = this.line;
        }
      }
      switch (c) {
        case QUOTE:
          this.inString = true;
          if (this.top === 'object' && this.depth === 1 && this.expectKey) {
            this.keyParts = [];
            this.keyFrom = i + 1;
          }
          break;
        case OPEN_BRACE:
        case OPEN_BRACKET:
          if (this.top === 'object' && this.depth === 1 && c === OPEN_BRACKET && this.lastKey === 'products') {
            this.sawProducts = true;
            this.elementDepth = 2;
          }
          this.depth++;
          break;
        case CLOSE_BRACE:
        case CLOSE_BRACKET:
          this.depth--;
          if (this.elementParts && this.depth === this.elementDepth) {
            // An object (or array) element has just closed.
            out.push(this.cut(chunk, i + 1));
          } else if (this.elementParts && this.depth === this.elementDepth - 1) {
            // A bare value element, ended by the array's closing bracket.
            out.push(this.cut(chunk, i));
          }
          if (this.depth === this.elementDepth - 1) this.elementDepth = 0;
          if (this.depth === 0) this.finished = true;
          break;
        case COMMA:
          if (this.elementParts && this.depth === this.elementDepth) out.push(this.cut(chunk, i));
          if (this.top === 'object' && this.depth === 1) this.expectKey = true;
          break;
        case COLON:
          if (this.top === 'object' && this.depth === 1) this.expectKey = false;
          break;
      }
    }
    if (this.keyParts) this.keyParts.push(chunk.slice(this.keyFrom));
    if (this.elementParts) this.elementParts.push(chunk.slice(this.elementFrom));
    return out;
  }

  end(): SourceItem[] {
    const out: SourceItem[] = [];
    if (this.elementParts) {
      out.push(this.parse(this.elementParts.join('')));
      this.elementParts = undefined;
    }
    if (this.top === 'unknown') out.push(this.notCatalog('The file holds no JSON value.'));
    else if (this.top === 'object' && !this.sawProducts) out.push(this.notCatalog('The object has no "products" array.'));
    else if (!this.finished) out.push(this.notCatalog('The file ends before its products array is closed.'));
    return out;
  }

  private begin(c: number, out: SourceItem[]): void {
    if (isSpace(c)) return;
    if (c === OPEN_BRACKET) {
      this.top = 'array';
      this.depth = 1;
      this.elementDepth = 1;
      this.sawProducts = true;
    } else if (c === OPEN_BRACE) {
      this.top = 'object';
      this.depth = 1;
      this.expectKey = true;
    } else {
      this.top = 'array';
      this.finished = true;
      out.push(this.notCatalog('The file must hold a JSON array of products, or an object with a "products" array.'));
    }
  }

  private cut(chunk: string, end: number): SourceItem {
    const parts = this.elementParts ?? [];
    parts.push(chunk.slice(this.elementFrom, end));
    this.elementParts = undefined;
    return this.parse(parts.length === 1 ? parts[0]! : parts.join(''));
  }

  private parse(text: string): SourceItem {
    return parseRecordText(text, { file: this.file, line: this.elementLine }, 'product');
  }

  private notCatalog(message: string): SourceItem {
    return { type: 'unreadable', diagnostic: notACatalog.diagnostic({ origin: { file: this.file, line: this.line } }, { message }) };
  }
}
