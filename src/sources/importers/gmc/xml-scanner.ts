import { decodeXmlText } from '../../../model/xml-text.js';

/**
 * Cuts the items out of an XML feed as its text arrives: RSS 2.0 <item> elements
 * (https://support.google.com/merchants/answer/14987622) or Atom 1.0 <entry> elements
 * (https://support.google.com/merchants/answer/160593). Memory holds the item being cut and the chunk being
 * read, never the feed. Each item's text is handed over whole, to be parsed alone: a broken item then spoils
 * only itself.
 *
 * This is a tokenizer, not a parser: it tells markup from text (comments, CDATA sections, processing
 * instructions and the DOCTYPE are skipped whole, so an "</item>" inside a CDATA description does not end the
 * item), reads the root element's namespace declarations, and ends an item at the first end tag of its own
 * name. Items do not nest in either format, so a broken element inside an item (an end tag misspelt, a tag
 * left open) cannot make it swallow the items after it; an item whose own end tag is missing ends where the
 * next item starts.
 */
export type FeedKind = 'rss' | 'atom';

export type ScanEvent =
  | { type: 'item'; text: string; line: number }
  /** An item that cannot be cut out whole: it is reported at its line, and reading goes on. */
  | { type: 'broken'; line: number; message: string; excerpt: string }
  /** The input is not an RSS or Atom feed, or ends before its root element closes: nothing more is read. */
  | { type: 'not-a-feed'; line: number; message: string }
  | { type: 'truncated'; line: number; message: string };

/** No real item is this long; an item that reaches it is reported and skipped, so memory stays bounded. */
export const MAX_ITEM_CHARS = 8 * 1024 * 1024;

/** Enough characters to tell "<![CDATA[" and "<!--" from a tag at a chunk's end. */
const LONGEST_OPENER = '<![CDATA['.length;

interface Capture {
  start: number;
  line: number;
  name: string;
}

export class FeedScanner {
  kind: FeedKind | undefined;
  /** Namespace declarations in scope for items: prefix ("" for the default namespace) → URI. */
  readonly namespaces = new Map<string, string>();
  /** The namespace of the root element: RSS and Atom elements of an item are in it. */
  rootNamespace = '';
  finished = false;
  private rootName = '';
  private itemName = '';
  private buf = '';
  private pos = 0;
  /** The 1-based line of buf[pos]. */
  private line = 1;
  private capture: Capture | undefined;
  private first = true;

  push(chunk: string): ScanEvent[] {
    if (this.first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      this.first = false;
    }
    // Keep only what is still needed: the item being cut, or the token being read.
    const keep = this.capture ? this.capture.start : this.pos;
    this.buf = this.buf.slice(keep) + chunk;
    this.pos -= keep;
    if (this.capture) this.capture.start = 0;
    return this.scan(false);
  }

  end(): ScanEvent[] {
    const out = this.scan(true);
    if (this.finished) return out;
    if (this.capture) {
      out.push(this.broken(this.capture, this.buf.length, 'The item is not closed before the end of the file.'));
      this.capture = undefined;
    }
    if (this.kind === undefined) out.push({ type: 'not-a-feed', line: this.line, message: 'The file holds no XML element.' });
    else out.push({ type: 'truncated', line: this.line, message: `The file ends before the <${this.rootName}> element is closed; it may have been cut short.` });
    this.finished = true;
    return out;
  }

  private advanceTo(index: number): void {
    for (let i = this.buf.indexOf('\n', this.pos); i !== -1 && i < index; i = this.buf.indexOf('\n', i + 1)) this.line++;
    this.pos = index;
  }

  private scan(final: boolean): ScanEvent[] {
    const out: ScanEvent[] = [];
    const buf = this.buf;
    while (!this.finished) {
      const lt = buf.indexOf('<', this.pos);
      if (lt === -1) {
        this.advanceTo(buf.length);
        break;
      }
      this.advanceTo(lt);
      if (!final && buf.length - lt < LONGEST_OPENER) break;
      if (!startsMarkup(buf.charCodeAt(lt + 1))) {
        // A "<" that starts no markup ("5 < 6" in a title) is an error for the item's parser to report, not a
        // tag whose quotes could run on into the items after it.
        this.advanceTo(lt + 1);
        continue;
      }
      const end = this.tokenEnd(lt);
      if (end === -1) {
        if (!final && buf.length - lt < MAX_ITEM_CHARS) break;
        // A comment, CDATA section or tag that never ends: read its "<" as text and go on.
        if (this.capture) {
          out.push(this.broken(this.capture, lt, 'The item holds markup that is never closed.'));
          this.capture = undefined;
        }
        this.advanceTo(lt + 1);
        continue;
      }
      if (buf.charCodeAt(lt + 1) !== 0x21 && buf.charCodeAt(lt + 1) !== 0x3f) this.tag(lt, end, out);
      if (this.finished) break;
      if (this.capture && end - this.capture.start > MAX_ITEM_CHARS) {
        out.push(this.broken(this.capture, end, `The item is longer than ${MAX_ITEM_CHARS} characters.`));
        this.capture = undefined;
      }
      this.advanceTo(end);
    }
    // An item may also grow without markup (one endless text): it is cut off all the same.
    if (this.capture && buf.length - this.capture.start > MAX_ITEM_CHARS) {
      out.push(this.broken(this.capture, buf.length, `The item is longer than ${MAX_ITEM_CHARS} characters.`));
      this.capture = undefined;
    }
    return out;
  }

  /** The index just past the token starting at `lt`, or -1 when it has not arrived (or never ends). */
  private tokenEnd(lt: number): number {
    const buf = this.buf;
    const after = (close: string, from: number) => {
      const i = buf.indexOf(close, from);
      return i === -1 ? -1 : i + close.length;
    };
    if (buf.startsWith('<!--', lt)) return after('-->', lt + 4);
    if (buf.startsWith('<![CDATA[', lt)) return after(']]>', lt + 9);
    if (buf.startsWith('<?', lt)) return after('?>', lt + 2);
    // A tag, or a declaration (<!DOCTYPE …[ internal subset ]>): ends at a ">" outside quotes and brackets.
    const declaration = buf.charCodeAt(lt + 1) === 0x21;
    let quote = 0;
    let brackets = 0;
    for (let i = lt + 1; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x22 || c === 0x27) quote = c;
      else if (declaration && c === 0x5b) brackets++;
      else if (declaration && c === 0x5d) brackets--;
      else if (c === 0x3e && brackets <= 0) return i + 1;
    }
    return -1;
  }

  private tag(lt: number, end: number, out: ScanEvent[]): void {
    const inner = this.buf.slice(lt + 1, end - 1);
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      if (this.capture && name === this.capture.name) {
        out.push({ type: 'item', text: this.buf.slice(this.capture.start, end), line: this.capture.line });
        this.capture = undefined;
      } else if (!this.capture && name === this.rootName) {
        this.finished = true;
      }
      return;
    }
    const name = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
    const selfClosing = inner.endsWith('/');
    if (this.kind === undefined) {
      this.root(name, inner, out);
      if (selfClosing) this.finished = true;
      return;
    }
    if (localName(name) !== this.itemName) {
      // Declarations outside items (on <channel>, say) are in scope for the items.
      if (!this.capture) this.declare(inner);
      return;
    }
    if (this.capture) {
      // A new item starts inside one: the open item never closed. It ends here.
      out.push(this.broken(this.capture, lt, `The <${this.capture.name}> element is not closed before the next one starts.`));
      this.capture = undefined;
    }
    if (selfClosing) out.push({ type: 'item', text: this.buf.slice(lt, end), line: this.line });
    else this.capture = { start: lt, line: this.line, name };
  }

  private root(name: string, inner: string, out: ScanEvent[]): void {
    const local = localName(name);
    if (local !== 'rss' && local !== 'feed') {
      out.push({ type: 'not-a-feed', line: this.line, message: `The root element is <${name}>, not an RSS 2.0 <rss> or an Atom <feed>.` });
      this.finished = true;
      return;
    }
    this.kind = local === 'rss' ? 'rss' : 'atom';
    this.itemName = local === 'rss' ? 'item' : 'entry';
    this.rootName = name;
    this.declare(inner);
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : '';
    this.rootNamespace = this.namespaces.get(prefix) ?? '';
  }

  private declare(inner: string): void {
    for (const [prefix, uri] of namespaceDeclarations(inner)) this.namespaces.set(prefix, uri);
  }

  private broken(capture: Capture, end: number, message: string): ScanEvent {
    const text = this.buf.slice(capture.start, Math.min(end, capture.start + 120));
    return { type: 'broken', line: capture.line, message, excerpt: text.length < end - capture.start ? `${text}…` : text };
  }
}

/** A name start character (https://www.w3.org/TR/xml/#NT-NameStartChar, non-ASCII taken as allowed), "/", "!" or "?". */
function startsMarkup(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a || c === 0x2f || c === 0x21 || c === 0x3f || c >= 0x80;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The xmlns and xmlns:prefix attributes of a start tag's text (without its angle brackets). */
export function namespaceDeclarations(inner: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const pattern = /\bxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = pattern.exec(inner); m; m = pattern.exec(inner)) out.push([m[1] ?? '', decodeXmlText(m[2] ?? m[3] ?? '')]);
  return out;
}
