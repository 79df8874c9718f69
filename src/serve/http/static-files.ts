/**
 * The published folder's files over HTTP: content types by extension, a strong ETag from the file list's
 * SHA-256 (agentshelf-files.tsv) where there is one, Last-Modified, 304 on a conditional GET, gzip when the
 * client accepts it and the file is text, and the headers UCP requires of its profiles.
 */

export interface StaticFile {
  size: number;
  mtimeMs: number;
  /** A strong validator when the content digest is known, else a weak one from size and mtime. */
  etag: string;
  read(): Promise<Uint8Array<ArrayBuffer>>;
}

/** Where the files come from: the Node adapter reads a folder; an edge deployment can read a bucket. */
export interface FileSource {
  get(path: string): Promise<StaticFile | undefined>;
}

/** Content types by extension; the profile paths have none and are JSON (docs/hosting-ucp.md). */
const TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.jsonl': 'application/jsonl',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.gz': 'application/gzip',
};

/** `.well-known/ucp` and the older versions' profiles beside it. */
const UCP_PROFILE = /^\/\.well-known\/ucp(?:-\d{4}-\d{2}-\d{2})?$/;

/**
 * UCP, Profile Requirements, Hosting: no redirect, Cache-Control public with max-age of at least 60 s (the
 * overview's rule 3), and in 2026-08-25 a validator. Five minutes, as docs/hosting-ucp.md recommends.
 */
const PROFILE_CACHE = 'public, max-age=300';
/** Feeds and pages change with every build: caches revalidate, which the ETag makes cheap. */
const DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

export function contentTypeOf(path: string): string {
  if (UCP_PROFILE.test(path)) return 'application/json';
  const dot = path.lastIndexOf('.');
  return (dot > path.lastIndexOf('/') && TYPES[path.slice(dot).toLowerCase()]) || 'application/octet-stream';
}

/** A request path as a file path inside the folder, or undefined for one that could leave it or is hidden. */
export function filePathOf(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || (s.startsWith('.') && s !== '.well-known'))) return undefined;
  return segments.join('/');
}

export async function serveStatic(request: Request, files: FileSource): Promise<Response | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const url = new URL(request.url);
  const path = filePathOf(url.pathname);
  if (path === undefined || path === '') return undefined;
  const file = await files.get(path);
  if (!file) return undefined;
  const headers = new Headers({
    'content-type': contentTypeOf(`/${path}`),
    etag: file.etag,
    'last-modified': new Date(Math.floor(file.mtimeMs / 1000) * 1000).toUTCString(),
    'cache-control': UCP_PROFILE.test(`/${path}`) ? PROFILE_CACHE : DEFAULT_CACHE,
    vary: 'accept-encoding',
  });
  if (notModified(request, file)) return new Response(null, { status: 304, headers });
  const body = await file.read();
  const gzip = compressible(headers.get('content-type')!) && acceptsGzip(request.headers.get('accept-encoding')) && body.byteLength > 1024;
  if (gzip) {
    headers.set('content-encoding', 'gzip');
    // A different representation needs its own validator (RFC 9110, section 8.8.3).
    headers.set('etag', file.etag.replace(/"$/, '-gzip"'));
    const stream = new Blob([body]).stream().pipeThrough(new CompressionStream('gzip'));
    return new Response(request.method === 'HEAD' ? null : stream, { status: 200, headers });
  }
  headers.set('content-length', String(body.byteLength));
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

function notModified(request: Request, file: StaticFile): boolean {
  const match = request.headers.get('if-none-match');
  // RFC 9110, section 13.1.2: weak comparison, and If-None-Match wins over If-Modified-Since.
  if (match !== null) {
    const bare = (tag: string) => tag.trim().replace(/^W\//, '').replace(/-gzip"$/, '"');
    return match.trim() === '*' || match.split(',').some((tag) => bare(tag) === bare(file.etag));
  }
  const since = Date.parse(request.headers.get('if-modified-since') ?? '');
  return Number.isFinite(since) && Math.floor(file.mtimeMs / 1000) * 1000 <= since;
}

function compressible(type: string): boolean {
  return /^(?:text\/|application\/(?:json|ld\+json|jsonl|xml))/.test(type);
}

function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    return (coding!.trim() === 'gzip' || coding!.trim() === '*') && (q === undefined || Number(q) > 0);
  });
}
