import type { HttpClient } from './http/http-client.js';

/**
 * What a reader may need beyond the bytes: the shop (platform exports name products by handle, and prices
 * without a currency), and the HTTP client for sources read over HTTP.
 */
export interface ReadContext {
  shop: { url: string; currency: string };
  http: HttpClient;
  /** Told how many bytes of input were read, as they are read (for progress and an ETA). */
  onBytes?: (bytes: number) => void;
  /** Told the format an input is read as, once it is known (named or detected). */
  onFormat?: (input: string, format: string) => void;
}
