import { HttpClient, type HttpClientOptions } from '../sources/http/http-client.js';
import type { ReadContext } from '../sources/read-context.js';

/** A read context for tests: the demo shop, and an HTTP client that waits no real time between retries. */
export function testReadContext(options: HttpClientOptions = {}): ReadContext {
  return {
    shop: { url: 'https://alder-and-pine.example/', currency: 'USD' },
    http: new HttpClient({ retryBaseMs: 1, sleep: async () => undefined, ...options }),
  };
}
