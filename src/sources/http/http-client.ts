import { Agent, errors as undiciErrors, interceptors, request, type Dispatcher } from 'undici';
import pLimit, { type LimitFunction } from 'p-limit';
import { AgentshelfError } from '../../model/errors.js';
import { HttpCache, type CacheEntry } from './http-cache.js';
import { backoffMs, retryAfterMs } from './retry-after.js';

export interface HttpClientOptions {
  /** Time to open a connection (TCP and TLS). */
  connectTimeoutMs?: number;
  /** Time to wait for the response headers, and between two chunks of the body. */
  readTimeoutMs?: number;
  /** Attempts after the first, for 429, 5xx and network failures. */
  retries?: number;
  retryBaseMs?: number;
  /** The longest wait between attempts, whatever Retry-After asks. */
  maxRetryWaitMs?: number;
  /** Requests in flight at once, in all. */
  concurrency?: number;
  /** Requests in flight at once to one host. */
  perHost?: number;
  /** Where ETag/Last-Modified validated responses are kept between runs; no cache when absent. */
  cacheDir?: string;
  userAgent?: string;
  /** For tests: the wait between attempts. */
  sleep?: (ms: number) => Promise<void>;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: Record<string, string | undefined>;
  /** The body came from the cache after a 304 Not Modified. */
  fromCache: boolean;
  text(): Promise<string>;
  /** The body as UTF-8 text chunks, streamed. */
  chunks(): AsyncIterable<string>;
}

export interface GetOptions {
  accept?: string;
  /** Statuses that are answers rather than failures (the default is 2xx only). */
  okStatuses?: readonly number[];
  /** Send no conditional headers and cache nothing (link checks). */
  noCache?: boolean;
  method?: 'GET' | 'HEAD';
  /** Follow redirects (default true); link checks follow them themselves to report the chain. */
  followRedirects?: boolean;
}

const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** An HTTP failure: the URL, and the last status when the server answered at all. */
export class HttpError extends AgentshelfError {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super('E_HTTP', message);
    this.name = 'HttpError';
  }
}
const RETRY_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_SOCKET']);

/**
 * Every HTTP request agentshelf makes goes through this client (undici): bounded time to connect and to
 * read, retries with backoff on 429 and 5xx that honour Retry-After, ETag/Last-Modified revalidation against
 * an on-disk cache, and bounded concurrency overall and per host (p-limit). Failures are thrown as
 * AgentshelfError with code E_HTTP, naming the URL and what went wrong.
 */
export class HttpClient {
  private readonly agent: Agent;
  /** The agent with redirects followed (undici 7 follows them through an interceptor). */
  private readonly following: Dispatcher;
  private readonly options: Required<Omit<HttpClientOptions, 'cacheDir'>> & { cacheDir?: string };
  private readonly limit: LimitFunction;
  private readonly hostLimits = new Map<string, LimitFunction>();
  private readonly cache: HttpCache | undefined;

  constructor(options: HttpClientOptions = {}) {
    this.options = {
      connectTimeoutMs: options.connectTimeoutMs ?? 10_000,
      readTimeoutMs: options.readTimeoutMs ?? 30_000,
      retries: options.retries ?? 4,
      retryBaseMs: options.retryBaseMs ?? 500,
      maxRetryWaitMs: options.maxRetryWaitMs ?? 60_000,
      concurrency: options.concurrency ?? 8,
      perHost: options.perHost ?? 4,
      userAgent: options.userAgent ?? 'agentshelf (+https://github.com/agentshelf/agentshelf)',
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir } : {}),
    };
    this.agent = new Agent({ connect: { timeout: this.options.connectTimeoutMs }, connections: this.options.perHost });
    this.following = this.agent.compose(interceptors.redirect({ maxRedirections: 5 }));
    this.limit = pLimit(this.options.concurrency);
    this.cache = options.cacheDir ? new HttpCache(options.cacheDir) : undefined;
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  /** GETs a URL with retries; resolves once the headers are in. The body must be read (or it is dropped on close). */
  async get(url: string, options: GetOptions = {}): Promise<HttpResponse> {
    const host = new URL(url).host;
    let hostLimit = this.hostLimits.get(host);
    if (!hostLimit) {
      hostLimit = pLimit(this.options.perHost);
      this.hostLimits.set(host, hostLimit);
    }
    return this.limit(() => hostLimit!(() => this.attempt(url, options)));
  }

  private async attempt(url: string, options: GetOptions): Promise<HttpResponse> {
    const cached = this.cache && !options.noCache ? await this.cache.get(url) : undefined;
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent, accept: options.accept ?? '*/*' };
    if (cached?.entry.etag) headers['if-none-match'] = cached.entry.etag;
    if (cached?.entry.lastModified) headers['if-modified-since'] = cached.entry.lastModified;
    let lastProblem = '';
    let lastStatus: number | undefined;
    for (let attempt = 0; attempt <= this.options.retries; attempt++) {
      let response: Dispatcher.ResponseData;
      try {
        response = (await request(url, {
          method: options.method ?? 'GET',
          headers,
          dispatcher: options.followRedirects === false ? this.agent : this.following,
          headersTimeout: this.options.readTimeoutMs,
          bodyTimeout: this.options.readTimeoutMs,
        })) as Dispatcher.ResponseData;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        lastProblem = describeNetworkError(error);
        if (!RETRY_CODES.has(code) || attempt === this.options.retries) break;
        await this.options.sleep(backoffMs(attempt, this.options.retryBaseMs, this.options.maxRetryWaitMs));
        continue;
      }
      const status = response.statusCode;
      const flat = flattenHeaders(response.headers);
      if (status === 304 && cached) {
        await response.body.dump();
        const body = await cached.body();
        return bufferResponse(url, 200, { ...flat, 'content-type': cached.entry.contentType ?? flat['content-type'] }, body, true);
      }
      if ((status >= 200 && status < 300) || options.okStatuses?.includes(status)) {
        return this.liveResponse(url, status, flat, response, options.noCache ? undefined : cached?.entry);
      }
      await response.body.dump().catch(() => undefined);
      lastProblem = `HTTP ${status}`;
      lastStatus = status;
      if (!RETRY_STATUSES.has(status) || attempt === this.options.retries) break;
      const wait = retryAfterMs(flat['retry-after'], Date.now()) ?? backoffMs(attempt, this.options.retryBaseMs, this.options.maxRetryWaitMs);
      await this.options.sleep(Math.min(wait, this.options.maxRetryWaitMs));
    }
    throw new HttpError(url, lastStatus, `${options.method ?? 'GET'} ${url} failed: ${lastProblem}${this.options.retries > 0 ? ` (after up to ${this.options.retries} retries)` : ''}.`);
  }

  /** A response read from the network; a body that carries validators is stored for the next run. */
  private liveResponse(url: string, status: number, headers: Record<string, string | undefined>, response: Dispatcher.ResponseData, _previous: CacheEntry | undefined): HttpResponse {
    const entry: CacheEntry = { url };
    if (headers.etag) entry.etag = headers.etag;
    if (headers['last-modified']) entry.lastModified = headers['last-modified'];
    if (headers['content-type']) entry.contentType = headers['content-type'];
    const cache = status === 200 && (entry.etag || entry.lastModified) ? this.cache : undefined;
    let consumed = false;
    const take = () => {
      if (consumed) throw new Error(`the body of ${url} was already read`);
      consumed = true;
    };
    return {
      url,
      status,
      headers,
      fromCache: false,
      text: async () => {
        take();
        const body = Buffer.from(await readBody(url, response));
        if (cache) await cache.put(entry, body);
        return body.toString('utf8');
      },
      chunks: () => {
        take();
        return streamBody(url, response, cache ? { cache, entry } : undefined);
      },
    };
  }
}

async function readBody(url: string, response: Dispatcher.ResponseData): Promise<ArrayBuffer> {
  try {
    return await response.body.arrayBuffer();
  } catch (error) {
    throw new AgentshelfError('E_HTTP', `GET ${url} failed while reading the body: ${describeNetworkError(error)}.`, { cause: error });
  }
}

async function* streamBody(url: string, response: Dispatcher.ResponseData, store: { cache: HttpCache; entry: CacheEntry } | undefined): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  const parts: Buffer[] = [];
  let bytes = 0;
  // Bodies up to 64 MiB are kept for the cache; larger ones are streamed without one.
  const CACHE_LIMIT = 64 * 1024 * 1024;
  try {
    for await (const chunk of response.body) {
      const buffer = chunk as Buffer;
      if (store && bytes + buffer.length <= CACHE_LIMIT) parts.push(buffer);
      bytes += buffer.length;
      const text = decoder.decode(buffer, { stream: true });
      if (text) yield text;
    }
  } catch (error) {
    throw new AgentshelfError('E_HTTP', `GET ${url} failed while reading the body: ${describeNetworkError(error)}.`, { cause: error });
  }
  const rest = decoder.decode();
  if (rest) yield rest;
  if (store && bytes <= CACHE_LIMIT) await store.cache.put(store.entry, Buffer.concat(parts));
}

function bufferResponse(url: string, status: number, headers: Record<string, string | undefined>, body: Buffer, fromCache: boolean): HttpResponse {
  return {
    url,
    status,
    headers,
    fromCache,
    text: async () => body.toString('utf8'),
    chunks: async function* () {
      yield body.toString('utf8');
    },
  };
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers)) out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

function describeNetworkError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (error instanceof undiciErrors.ConnectTimeoutError || code === 'UND_ERR_CONNECT_TIMEOUT') return 'connecting timed out';
  if (error instanceof undiciErrors.HeadersTimeoutError || code === 'UND_ERR_HEADERS_TIMEOUT') return 'no response headers in time';
  if (error instanceof undiciErrors.BodyTimeoutError || code === 'UND_ERR_BODY_TIMEOUT') return 'the body stalled';
  return `${(error as Error).message}${code ? ` (${code})` : ''}`;
}
