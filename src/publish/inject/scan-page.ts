import { Parser } from 'htmlparser2';
import { CHARSET_ELEMENT } from '../../model/html-text.js';

/** A range of the page, by byte offset (the page is scanned as latin1, one character per byte): [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface ScriptBlock extends Span {
  /** The element's text, between its tags. */
  content: string;
}

/** What a page holds that inject needs: where its head ends, its JSON-LD blocks and the product it names. */
export interface PageScan {
  /** Offset of an explicit `</head>`. */
  headClose?: number;
  /** Offset just after an explicit `<body …>` tag. */
  bodyStart?: number;
  /** `<script data-agentshelf>` elements: the blocks agentshelf wrote. */
  ours: ScriptBlock[];
  /** Every other `<script type="application/ld+json">`. */
  others: ScriptBlock[];
  /** The first `data-agentshelf-product` attribute's value, trimmed. */
  product?: string;
  /** The charset a `<meta>` declares, lowercased. */
  charset?: string;
}

const CHARSET_IN_CONTENT_TYPE = /charset\s*=\s*["']?([^"';\s]+)/i;

/**
 * Scans a page decoded as latin1, so every offset htmlparser2 reports is a byte offset into the file. The page
 * is never rebuilt from the parse: inject splices bytes at these offsets and keeps everything else.
 *
 * htmlparser2 12 reports an end tag written with white space before its ">" (`</head >`) one character
 * short, and the next tag one character early; `tagStart` and `tagEnd` put both back on the "<" and the ">".
 */
export function scanPage(html: string): PageScan {
  const scan: PageScan = { ours: [], others: [] };
  let open: { start: number; contentStart: number; ours: boolean; ldJson: boolean } | undefined;
  const tagStart = (i: number) => (html[i] === '<' ? i : html.indexOf('<', i));
  const tagEnd = (i: number) => {
    const end = html.indexOf('>', i);
    return end === -1 ? html.length : end + 1;
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = tagStart(parser.startIndex);
        if (scan.product === undefined && attributes['data-agentshelf-product'] !== undefined) {
          const value = attributes['data-agentshelf-product'].trim();
          if (value !== '') scan.product = value;
        }
        if (name === 'body' && scan.bodyStart === undefined && start !== -1 && html.slice(start + 1, start + 5).toLowerCase() === 'body') {
          scan.bodyStart = tagEnd(parser.endIndex);
        } else if (name === CHARSET_ELEMENT && scan.charset === undefined) {
          const declared = attributes.charset ?? (attributes['http-equiv']?.toLowerCase() === 'content-type' ? CHARSET_IN_CONTENT_TYPE.exec(attributes.content ?? '')?.[1] : undefined);
          if (declared) scan.charset = declared.trim().toLowerCase();
        } else if (name === 'script') {
          const type = (attributes.type ?? '').split(';')[0]!.trim().toLowerCase();
          open = { start, contentStart: tagEnd(parser.endIndex), ours: attributes['data-agentshelf'] !== undefined, ldJson: type === 'application/ld+json' };
        }
      },
      onclosetag(name, isImplied) {
        if (name === 'head' && !isImplied && scan.headClose === undefined) scan.headClose = tagStart(parser.startIndex);
        if (name === 'script' && open) {
          // An unclosed script runs to the end of the page; its close is implied there.
          const closeStart = isImplied ? html.length : tagStart(parser.startIndex);
          const block = { start: open.start, end: isImplied ? html.length : tagEnd(parser.endIndex), content: html.slice(open.contentStart, closeStart) };
          if (open.ours) scan.ours.push(block);
          else if (open.ldJson) scan.others.push(block);
          open = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return scan;
}

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'https://schema.org/Product', 'https://schema.org/ProductGroup', 'http://schema.org/Product', 'http://schema.org/ProductGroup']);

/** Whether a JSON-LD block describes a product: a Product or ProductGroup node at its top, in an array or in @graph. */
export function describesProduct(content: string): boolean {
  try {
    return hasProductNode(JSON.parse(content));
  } catch {
    return false;
  }
}

function hasProductNode(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasProductNode);
  if (typeof value !== 'object' || value === null) return false;
  const node = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  return types.some((t) => typeof t === 'string' && PRODUCT_TYPES.has(t)) || hasProductNode(node['@graph']);
}
