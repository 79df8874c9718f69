import type { PageScan, Span } from './scan-page.js';

export type PageAction = 'injected' | 'replaced' | 'unchanged';

export interface PageEdit {
  action: PageAction;
  bytes: Buffer;
}

/** The element inject writes; `data-agentshelf` is how the next run finds it again. */
export function scriptElement(json: string): string {
  return `<script type="application/ld+json" data-agentshelf>${json}</script>`;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Whether the page is UTF-8 by its byte order mark or its `<meta charset>` (https://html.spec.whatwg.org/multipage/semantics.html#charset). */
export function isUtf8Page(bytes: Buffer, scan: Pick<PageScan, 'charset'>): boolean {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return true;
  return scan.charset === 'utf-8' || scan.charset === 'utf8';
}

/** UTF-16 pages are not ASCII-compatible, so byte offsets from a latin1 scan would be wrong. */
export function isUtf16Page(bytes: Buffer): boolean {
  return (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
}

/**
 * The bytes of the element for this page. A UTF-8 page gets the published JSON as it is. Any other page (a
 * Latin-1 or windows-1252 page, or one that declares no charset) gets it with every non-ASCII character
 * written as a JSON \uXXXX escape: pure ASCII, which reads the same in every ASCII-compatible encoding and
 * parses to the same value. Non-ASCII characters occur only inside JSON strings, where the escape is valid.
 */
export function elementBytes(json: string, utf8: boolean): Buffer {
  const text = utf8 ? json : json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return Buffer.from(scriptElement(text), 'utf8');
}

/**
 * Puts the element into the page: in place of its first data-agentshelf block (later ones are removed, so the
 * page holds exactly one), or else before `</head>`, at the start of `<body>`, or at the end of the page.
 * Every other byte stays as it was; a page whose block is already right comes back unchanged.
 */
export function editPage(input: { bytes: Buffer; scan: PageScan; element: Buffer }): PageEdit {
  const { bytes, scan, element } = input;
  if (scan.ours.length > 0) {
    const [first, ...rest] = scan.ours;
    const out = splice(bytes, [{ span: first!, with: element }, ...rest.map((span) => ({ span, with: Buffer.alloc(0) }))]);
    return { action: out.equals(bytes) ? 'unchanged' : 'replaced', bytes: out };
  }
  const at = scan.headClose ?? scan.bodyStart ?? bytes.length;
  return { action: 'injected', bytes: splice(bytes, [{ span: { start: at, end: at }, with: element }]) };
}

function splice(bytes: Buffer, edits: Array<{ span: Span; with: Buffer }>): Buffer {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const edit of sorted) {
    parts.push(bytes.subarray(at, edit.span.start), edit.with);
    at = edit.span.end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}
