import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalServer, type LocalServer } from '../../test-support/local-server.js';
import { HttpClient } from './http-client.js';
import { backoffMs, retryAfterMs } from './retry-after.js';

describe('HttpClient against a real server on 127.0.0.1', () => {
  const servers: LocalServer[] = [];
  const clients: HttpClient[] = [];
  const waits: number[] = [];
  const client = (options: ConstructorParameters<typeof HttpClient>[0] = {}) => {
    const c = new HttpClient({ retryBaseMs: 1, sleep: async (ms) => void waits.push(ms), ...options });
    clients.push(c);
    return c;
  };
  const serve = async (handler: Parameters<typeof startLocalServer>[0]) => {
    const s = await startLocalServer(handler);
    servers.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await Promise.all(servers.splice(0).map((s) => s.close()));
    waits.length = 0;
  });

  it('gets a body as text and as streamed chunks', async () => {
    const server = await serve((_req, res) => res.end('{"products":[]}'));
    const http = client();
    expect(await (await http.get(`${server.url}/a.json`)).text()).toBe('{"products":[]}');
    let streamed = '';
    for await (const chunk of (await http.get(`${server.url}/b.json`)).chunks()) streamed += chunk;
    expect(streamed).toBe('{"products":[]}');
  });

  it('retries a 429 after the wait Retry-After asks for', async () => {
    let calls = 0;
    const server = await serve((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(429, { 'retry-after': '7' });
        res.end();
      } else res.end('ok');
    });
    expect(await (await client().get(server.url)).text()).toBe('ok');
    expect(calls).toBe(2);
    expect(waits).toEqual([7000]);
  });

  it('retries a 500 and then succeeds', async () => {
    let calls = 0;
    const server = await serve((_req, res) => {
      calls++;
      res.statusCode = calls < 3 ? 500 : 200;
      res.end(calls < 3 ? 'boom' : 'fine');
    });
    expect(await (await client().get(server.url)).text()).toBe('fine');
    expect(calls).toBe(3);
  });

  it('gives up with E_HTTP after its retries, naming the URL and status', async () => {
    const server = await serve((_req, res) => {
      res.statusCode = 503;
      res.end();
    });
    await expect(client({ retries: 2 }).get(`${server.url}/feed.xml`)).rejects.toMatchObject({ code: 'E_HTTP', message: expect.stringContaining('/feed.xml failed: HTTP 503') });
    expect(server.requests).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const server = await serve((_req, res) => {
      res.statusCode = 404;
      res.end();
    });
    await expect(client().get(server.url)).rejects.toMatchObject({ code: 'E_HTTP', message: expect.stringContaining('HTTP 404') });
    expect(server.requests).toHaveLength(1);
  });

  it('times out when the headers never come', async () => {
    const server = await serve(() => new Promise(() => undefined));
    await expect(client({ readTimeoutMs: 150, retries: 1 }).get(server.url)).rejects.toMatchObject({ code: 'E_HTTP', message: expect.stringContaining('no response headers in time') });
    expect(server.requests).toHaveLength(2);
  });

  it('times out when the body stalls', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"products": [');
    });
    const response = await client({ readTimeoutMs: 150 }).get(server.url);
    await expect(response.text()).rejects.toMatchObject({ code: 'E_HTTP', message: expect.stringContaining('the body stalled') });
  });

  it('fails when nothing listens', async () => {
    const server = await serve((_req, res) => res.end());
    const url = server.url;
    await server.close();
    servers.length = 0;
    await expect(client({ retries: 1 }).get(url)).rejects.toMatchObject({ code: 'E_HTTP' });
  });

  it('revalidates with If-None-Match and replays the cached body on 304', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'agentshelf-http-cache-'));
    try {
      const server = await serve((req, res) => {
        if (req.headers['if-none-match'] === '"v1"') {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.writeHead(200, { etag: '"v1"', 'content-type': 'application/json' });
        res.end('{"v":1}');
      });
      const first = await client({ cacheDir }).get(`${server.url}/p.json`);
      expect(first.fromCache).toBe(false);
      expect(await first.text()).toBe('{"v":1}');
      const second = await client({ cacheDir }).get(`${server.url}/p.json`);
      expect(second.fromCache).toBe(true);
      expect(await second.text()).toBe('{"v":1}');
      expect(second.headers['content-type']).toBe('application/json');
      expect(server.requests.map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"']);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('keeps at most perHost requests in flight to one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const server = await serve(async (_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 30));
      inFlight--;
      res.end('x');
    });
    const http = client({ perHost: 2, concurrency: 10 });
    await Promise.all(Array.from({ length: 8 }, async (_, i) => (await http.get(`${server.url}/${i}`)).text()));
    expect(peak).toBe(2);
    expect(server.requests).toHaveLength(8);
  });
});

describe('retry timing', () => {
  it.each([
    ['120', 120_000],
    [' 5 ', 5_000],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['soon', undefined],
    [undefined, undefined],
  ])('Retry-After %j → %j ms', (value, expected) => {
    expect(retryAfterMs(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });

  it('backs off exponentially within its cap', () => {
    expect([0, 1, 2, 3, 10].map((a) => backoffMs(a, 100, 1000, () => 1))).toEqual([100, 200, 400, 800, 1000]);
  });
});
