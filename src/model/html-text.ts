/**
 * HTML product descriptions (Shopify `body_html`, WooCommerce `description`) to plain text.
 *
 * Google Merchant descriptions are plain text (https://support.google.com/merchants/answer/6324468),
 * and agent feeds want readable text, so structure is kept as line breaks: paragraphs separated by a
 * blank line, list items as `- ` lines, table rows as `a | b | c` lines.
 *
 * This runs on every product of a catalog, so it streams through htmlparser2's `Parser` callbacks
 * (no DOM), reuses one parser instance, asks for tag names only (no attribute objects) and appends to
 * a single output string.
 */
import { Parser } from 'htmlparser2';

/**
 * Elements whose content is not readable text: code, styling, metadata, fallback content shown only
 * when something else fails to load (noscript, object, canvas, audio, video, iframe, noembed), inline
 * SVG icons, and form controls (their text is UI, not description).
 */
const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'title',
  'iframe',
  'noembed',
  'noframes',
  'object',
  'svg',
  'canvas',
  'audio',
  'video',
  'select',
  'datalist',
  'textarea',
  'button',
]);

/** What may appear inside `<head>`; any other element means the author forgot `</head>`, as browsers assume. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);

/** Block elements: each starts and ends a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'listing',
  'main',
  'menu',
  'nav',
  'p',
  'section',
  'summary',
  'table',
  'xmp',
]);

/** HTML element names, current and obsolete, for `looksLikeHtml` (https://html.spec.whatwg.org/multipage/indices.html#elements-3). */
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'base', 'bdi', 'bdo', 'big',
  'blockquote', 'body', 'br', 'button', 'canvas', 'caption', 'center', 'cite', 'code', 'col', 'colgroup',
  'data', 'datalist', 'dd', 'del', 'details', 'dfn', 'dialog', 'dir', 'div', 'dl', 'dt', 'em', 'embed',
  'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li',
  'link', 'main', 'map', 'mark', 'math', 'menu', 'meta', 'meter', 'nav', 'noscript', 'object', 'ol',
  'optgroup', 'option', 'output', 'p', 'param', 'picture', 'pre', 'progress', 'q', 'rp', 'rt', 'ruby', 's',
  'samp', 'script', 'search', 'section', 'select', 'small', 'source', 'span', 'strike', 'strong', 'style',
  'sub', 'summary', 'sup', 'svg', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
  'time', 'title', 'tr', 'track', 'tt', 'u', 'ul', 'var', 'video', 'wbr',
]);

const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number): boolean => isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
/** HTML's ASCII whitespace (https://infra.spec.whatwg.org/#ascii-whitespace). */
const isHtmlSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
/**
 * Whitespace that collapses in flowing text. Browsers keep U+00A0, but in descriptions `&nbsp;` is
 * almost always spacing filler (`<p>&nbsp;</p>`, double spaces after a full stop) rather than a
 * deliberate no-break, and in a plain-text feed a normal space reads the same.
 */
const isCollapsible = (c: number): boolean => isHtmlSpace(c) || c === 0xa0;

/**
 * True when `s` contains real HTML: a tag with a known HTML element name (`<p>`, `<br/>`, `</li>`,
 * `<strong class="x">`), a comment or doctype, or a character reference (`&amp;`, `&#39;`, `&#x2019;`,
 * `&eacute;`). Plain text using `<`/`>` as operators or arrows (`a < b`, `5 > 3`, `->`) or a bare
 * ampersand (`Salt & Pepper`) is not HTML. References must end with `;` here: without it a plain
 * `Q&A` would be ambiguous, and real HTML always has at least one terminated reference or a tag.
 */
export function looksLikeHtml(s: string): boolean {
  const n = s.length;
  // Jump between `<` and `&` with native `indexOf` instead of visiting every character: plain text
  // has few or none of them.
  let lt = s.indexOf('<');
  let amp = s.indexOf('&');
  // Memoized searches keep adversarial input (`<p <p <p …`, `<!--<!--…`) linear.
  let gt = -2; // first `>` at or after the last position asked; -1: none left; -2: not searched yet
  let commentEndMissing = false;
  while (lt !== -1 || amp !== -1) {
    if (amp === -1 || (lt !== -1 && lt < amp)) {
      const i = lt;
      lt = s.indexOf('<', i + 1);
      let j = i + 1;
      const d = s.charCodeAt(j);
      if (d === 0x21 /* ! */) {
        if (s.startsWith('--', j + 1)) {
          if (!commentEndMissing) {
            if (s.indexOf('-->', j + 3) !== -1) return true;
            commentEndMissing = true;
          }
        } else if (s.slice(j + 1, j + 8).toLowerCase() === 'doctype') {
          return true;
        }
        continue;
      }
      if (d === 0x2f /* / */) j++;
      if (!isAsciiLetter(s.charCodeAt(j))) continue;
      let k = j + 1;
      while (k < n) {
        const e = s.charCodeAt(k);
        if (!(isAsciiLetter(e) || isDigit(e) || e === 0x2d)) break;
        k++;
      }
      // Longest element name is 10 characters; skip the slice for anything longer.
      if (k - j > 10 || !HTML_ELEMENTS.has(s.slice(j, k).toLowerCase())) continue;
      const e = s.charCodeAt(k);
      if (e === 0x3e /* > */) return true;
      if (e === 0x2f && s.charCodeAt(k + 1) === 0x3e) return true;
      if (isHtmlSpace(e)) {
        // Attributes follow: a tag only if it closes before the next `<`.
        if (gt === -2 || (gt !== -1 && gt < k)) gt = s.indexOf('>', k);
        if (gt !== -1 && (lt === -1 || gt < lt)) return true;
      }
    } else {
      const i = amp;
      amp = s.indexOf('&', i + 1);
      let j = i + 1;
      if (s.charCodeAt(j) === 0x23 /* # */) {
        j++;
        const hex = (s.charCodeAt(j) | 0x20) === 0x78; /* x */
        if (hex) j++;
        const start = j;
        while (j < n && j - start <= 8 && (hex ? isHexDigit(s.charCodeAt(j)) : isDigit(s.charCodeAt(j)))) j++;
        if (j > start && s.charCodeAt(j) === 0x3b) return true;
      } else if (isAsciiLetter(s.charCodeAt(j))) {
        const start = j;
        // Longest named reference is `&CounterClockwiseContourIntegral;` (31 letters).
        while (j < n && j - start <= 32 && (isAsciiLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j)))) j++;
        if (j - start >= 2 && j - start <= 31 && s.charCodeAt(j) === 0x3b) return true;
      }
    }
  }
  return false;
}

/**
 * Separators owed for `count` cell boundaries. Empty cells still get their separator so a value
 * stays under its column header (`M | | 71 cm`): a shifted size table would state wrong measurements.
 */
function cellRun(count: number, lineStart: boolean): string {
  if (count === 1) return lineStart ? '| ' : ' | ';
  return lineStart ? '| '.repeat(count) : `${' |'.repeat(count)} `;
}

const INDENTS: string[] = [''];
function indent(level: number): string {
  while (INDENTS.length <= level) INDENTS.push(`${INDENTS[INDENTS.length - 1]}  `);
  return INDENTS[level] ?? '';
}

/**
 * The parser callbacks and the output state. Text is never written eagerly: separators (space,
 * line break, blank line, list marker, cell separator) are recorded as pending and written only in
 * front of the next visible text, so empty elements (`<p>&nbsp;</p>`, `<li></li>`) leave nothing,
 * the output is trimmed by construction, and blank lines never pile up.
 */
class TextCollector {
  out = '';
  /** Newlines owed before the next text: 0, 1 (line break) or 2 (blank line). */
  breaks = 0;
  space = false;
  /** List marker owed at the start of the next line. */
  prefix: string | null = null;
  /** Cell boundaries crossed since the last text in the row; empty cells keep their column. */
  cellSeparators = 0;
  /** The output ends with `<pre>` text, so its tail may be whitespace. */
  endsWithPre = false;
  skipDepth = 0;
  inHead = false;
  preDepth = 0;
  /** HTML drops a newline directly after `<pre>` (https://html.spec.whatwg.org/multipage/grouping-content.html#the-pre-element). */
  preStart = false;
  listDepth = 0;
  itemDepth = 0;
  cellDepth = 0;
  /** Cells opened so far in the current row. */
  cellIndex = 0;

  reset(): void {
    this.out = '';
    this.breaks = 0;
    this.space = false;
    this.prefix = null;
    this.cellSeparators = 0;
    this.endsWithPre = false;
    this.skipDepth = 0;
    this.inHead = false;
    this.preDepth = 0;
    this.preStart = false;
    this.listDepth = 0;
    this.itemDepth = 0;
    this.cellDepth = 0;
    this.cellIndex = 0;
  }

  /** Writes whatever separator is owed; called right before visible text. */
  private flush(): void {
    const out = this.out;
    const cells = this.cellSeparators;
    if (out.length === 0) {
      this.out = (this.prefix ?? '') + (cells > 0 ? cellRun(cells, true) : '');
    } else if (this.breaks > 0) {
      let end = out.length;
      let owed = this.breaks;
      // Only `<pre>` content can end in spaces or newlines: drop trailing spaces and count the
      // newlines, so no line ends in blanks and a blank line is never doubled. Reading the tail of
      // the output flattens the string, so it is done only after `<pre>` text, never per paragraph.
      if (this.endsWithPre) {
        while (end > 0 && (out.charCodeAt(end - 1) === 0x20 || out.charCodeAt(end - 1) === 0x09)) end--;
        if (out.charCodeAt(end - 1) === 0x0a) owed -= out.charCodeAt(end - 2) === 0x0a ? 2 : 1;
      }
      this.out =
        (end === out.length ? out : out.slice(0, end)) +
        (owed >= 2 ? '\n\n' : owed === 1 ? '\n' : '') +
        (this.prefix ?? indent(this.itemDepth)) +
        (cells > 0 ? cellRun(cells, true) : '');
    } else if (cells > 0) {
      this.out = out + cellRun(cells, false);
    } else if (this.space) {
      this.out = `${out} `;
    }
    this.breaks = 0;
    this.space = false;
    this.prefix = null;
    this.cellSeparators = 0;
    this.endsWithPre = false;
  }

  private requestBreak(n: number): void {
    // Table rows stay on one line, and paragraphs inside a list item stay inside its bullet.
    if (this.cellDepth > 0) {
      this.space = true;
      return;
    }
    const owed = this.itemDepth > 0 ? 1 : n;
    if (owed > this.breaks) this.breaks = owed;
  }

  onopentagname(name: string): void {
    if (this.skipDepth > 0 || SKIPPED.has(name)) {
      // The set lookup runs at most twice per skipped element; skipped content is rare.
      if (SKIPPED.has(name)) this.skipDepth++;
      return;
    }
    if (this.inHead && !HEAD_CONTENT.has(name)) this.inHead = false;
    if (this.preDepth > 0) this.preStart = false;
    switch (name) {
      case 'head':
        // Browsers ignore a `<head>` that comes after visible content.
        if (this.out.length === 0) this.inHead = true;
        return;
      case 'br':
        if (this.cellDepth > 0) this.space = true;
        else if (this.breaks < 2) this.breaks++;
        return;
      case 'ul':
      case 'ol':
        this.listDepth++;
        this.requestBreak(2);
        return;
      case 'li':
        this.requestBreak(1);
        this.itemDepth++;
        this.prefix = `${indent(this.listDepth > 0 ? this.listDepth - 1 : 0)}- `;
        return;
      case 'dt':
      case 'dd':
        this.requestBreak(1);
        return;
      case 'tr':
        this.requestBreak(1);
        this.cellIndex = 0;
        this.cellSeparators = 0;
        return;
      case 'td':
      case 'th':
        if (this.cellIndex > 0) this.cellSeparators++;
        this.cellIndex++;
        this.cellDepth++;
        return;
      case 'pre':
        this.requestBreak(2);
        this.preDepth++;
        this.preStart = true;
        return;
      default:
        if (BLOCKS.has(name)) this.requestBreak(2);
    }
  }

  onclosetag(name: string): void {
    if (this.skipDepth > 0) {
      if (SKIPPED.has(name)) this.skipDepth--;
      return;
    }
    switch (name) {
      case 'head':
        this.inHead = false;
        return;
      case 'ul':
      case 'ol':
        if (this.listDepth > 0) this.listDepth--;
        this.requestBreak(2);
        return;
      case 'li':
        if (this.itemDepth > 0) this.itemDepth--;
        // An empty item must not leave its marker behind for the next line.
        this.prefix = null;
        this.requestBreak(1);
        return;
      case 'dt':
      case 'dd':
      case 'tr':
        this.requestBreak(1);
        return;
      case 'td':
      case 'th':
        if (this.cellDepth > 0) this.cellDepth--;
        return;
      case 'pre':
        if (this.preDepth > 0) this.preDepth--;
        this.requestBreak(2);
        return;
      default:
        // `hr` is void: its open already broke the paragraph.
        if (BLOCKS.has(name) && name !== 'hr') this.requestBreak(2);
    }
  }

  ontext(data: string): void {
    if (this.skipDepth > 0 || this.inHead) return;
    if (this.preDepth > 0) {
      this.preformatted(data);
      return;
    }
    // Append runs of text as whole slices: a single ASCII space between two visible characters is
    // already collapsed, so only longer or other whitespace splits the run. Most text nodes are
    // appended without any slicing.
    const n = data.length;
    let runStart = -1;
    for (let i = 0; i < n; i++) {
      const c = data.charCodeAt(i);
      if (!isCollapsible(c)) {
        if (runStart === -1) runStart = i;
        continue;
      }
      if (runStart !== -1) {
        if (c === 0x20 && i + 1 < n && !isCollapsible(data.charCodeAt(i + 1))) continue;
        this.flush();
        this.out += data.slice(runStart, i);
        runStart = -1;
      }
      this.space = true;
    }
    if (runStart !== -1) {
      this.flush();
      this.out += runStart === 0 ? data : data.slice(runStart);
    }
  }

  private preformatted(data: string): void {
    let text = data.indexOf('\r') === -1 ? data : data.replace(/\r\n?/g, '\n');
    if (this.preStart) {
      this.preStart = false;
      if (text.charCodeAt(0) === 0x0a) text = text.slice(1);
    }
    if (text.length === 0) return;
    this.flush();
    this.out += text;
    this.endsWithPre = true;
  }
}

const collector = new TextCollector();
// One parser for the process: parsing is synchronous and the callbacks never re-enter `htmlToText`,
// so reusing it saves allocating a tokenizer per description. Only tag names are requested
// (no `onopentag`), so htmlparser2 never builds attribute objects.
const parser = new Parser(
  {
    onopentagname: (name) => collector.onopentagname(name),
    onclosetag: (name) => collector.onclosetag(name),
    ontext: (data) => collector.ontext(data),
  },
  { decodeEntities: true },
);

/** Collapses HTML whitespace like a browser; for input with no markup and no references at all. */
function collapsePlain(s: string): string {
  let out = '';
  let wordStart = -1;
  const n = s.length;
  for (let i = 0; i <= n; i++) {
    if (i === n || isCollapsible(s.charCodeAt(i))) {
      if (wordStart !== -1) {
        if (wordStart === 0 && i === n) return s;
        out += out.length === 0 ? s.slice(wordStart, i) : ` ${s.slice(wordStart, i)}`;
        wordStart = -1;
      }
    } else if (wordStart === -1) {
      wordStart = i;
    }
  }
  return out;
}

/**
 * Renders HTML as plain text, roughly as a browser would display it:
 *
 * - block elements (p, div, h1–h6, ul, ol, table, blockquote, pre, …) become paragraphs separated by
 *   one blank line; `<br>` is a line break; never more than one blank line in a row;
 * - `<li>` becomes a `- ` line, indented two spaces per nesting level; paragraphs inside an item stay
 *   in the item, indented under its text;
 * - table rows become lines with cells joined by ` | ` (an empty cell keeps its column: `M | | 71 cm`);
 * - character references are decoded (named, decimal, hex, and the legacy ones without `;`);
 * - script, style, template, noscript, head, title, svg, form controls, comments and `<img alt>` are dropped;
 * - whitespace runs (including `&nbsp;`) collapse to one space, except inside `<pre>`.
 *
 * The result is text, not markup: decoded `&lt;script&gt;` is the literal characters `<script>`, and
 * whoever embeds the text in HTML or XML must escape it. Control characters that references can
 * produce (`&#1;`) are left for `removeControlCharacters`.
 */
export function htmlToText(html: string): string {
  if (html.indexOf('<') === -1 && html.indexOf('&') === -1) return collapsePlain(html);
  collector.reset();
  let text: string;
  try {
    parser.parseComplete(html);
    text = collector.out;
  } finally {
    collector.reset();
    // Drop the parser's reference to the input so a huge description is not kept alive.
    parser.reset();
  }
  const last = text.length - 1;
  // Only `<pre>` content can start or end with whitespace; everything else is trimmed by construction.
  if (last >= 0 && (isHtmlSpace(text.charCodeAt(0)) || isHtmlSpace(text.charCodeAt(last)))) text = text.trim();
  return text;
}

/**
 * The element that declares a page's character encoding: `<meta charset>` or `<meta http-equiv="content-type">`
 * (HTML Living Standard, "Specifying the document's character encoding",
 * https://html.spec.whatwg.org/multipage/semantics.html#charset).
 */
export const CHARSET_ELEMENT = 'meta';
