import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type ErrorCode } from '../model/errors.js';
import { exitCodeOf, renderErrorDocs } from './error-docs.js';

const DOCS = fileURLToPath(new URL('../../docs/errors.md', import.meta.url));

describe('the error codes', () => {
  it('are documented in docs/errors.md, generated from ERROR_CODES', () => {
    const text = renderErrorDocs();
    if (process.env.UPDATE_DOCS) writeFileSync(DOCS, text);
    expect(readFileSync(DOCS, 'utf8')).toBe(text);
  });

  it.each<[ErrorCode, string]>([
    ['E_CONFIG_INVALID', '2'],
    ['E_USAGE', '2'],
    ['E_INPUT_NOT_FOUND', '1'],
    ['E_STRICT', '1'],
    ['E_PUBLISH_REFUSED', '3'],
    ['E_INTERRUPTED', '130 or 143'],
  ])('%s exits %s', (code, exit) => {
    expect(exitCodeOf(code)).toBe(exit);
  });

  it('each say when they happen and what to do, in sentences', () => {
    for (const [code, { when, todo }] of Object.entries(ERROR_CODES)) {
      expect(when, code).toMatch(/^[A-Z`-].{30,}[.)]$/);
      expect(todo, code).toMatch(/^[A-Z`].{20,}[.)]$/);
    }
  });
});
