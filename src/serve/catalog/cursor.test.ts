import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, queryDigest } from './cursor.js';

describe('cursors', () => {
  const digest = queryDigest('a query');
  it.each([0, 1, 10, 99999])('round-trips offset %i as base64url without padding', (offset) => {
    const cursor = encodeCursor(offset, digest);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, digest)).toBe(offset);
  });

  it.each<[string, string]>([
    ['another query', encodeCursor(10, queryDigest('another query'))],
    ['not base64', '***'],
    ['a negative offset', btoa(`-1.${digest}`)],
    ['no digest', btoa('10')],
    ['empty', ''],
  ])('refuses a cursor of %s', (_name, cursor) => {
    expect(() => decodeCursor(cursor, digest)).toThrow(expect.objectContaining({ code: 'E_CATALOG_CURSOR' }));
  });

  it('tells similar queries apart', () => {
    expect(new Set(['a', 'b', 'ab', 'ba', '', ' a'].map(queryDigest)).size).toBe(6);
  });
});
