import { request } from 'undici';
import type { ProfileFetch } from '../http/platform-profiles.js';

/**
 * Platform profiles fetched with undici: no redirect followed (undici's request does not follow them), a
 * timeout on headers and body, and the body read only up to the cap (UCP overview, Profile Requirements).
 */
export const undiciProfileFetch: ProfileFetch = async (url, { maxBytes, timeoutMs }) => {
  const response = await request(url, { method: 'GET', headersTimeout: timeoutMs, bodyTimeout: timeoutMs, headers: { accept: 'application/json' } });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += (chunk as Buffer).byteLength;
    if (size > maxBytes) {
      response.body.destroy();
      throw new Error(`the profile is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  const cacheControl = response.headers['cache-control'];
  return { status: response.statusCode, ...(typeof cacheControl === 'string' ? { cacheControl } : {}), body: Buffer.concat(chunks).toString('utf8') };
};
