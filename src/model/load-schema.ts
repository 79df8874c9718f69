import { readFileSync } from 'node:fs';

/**
 * Reads one of the package's JSON Schemas. The path is the same from src/ (tests) and dist/ (the package),
 * both one folder below the package root.
 */
export function loadSchema(name: 'product' | 'config'): Record<string, unknown> {
  const url = new URL(`../../schemas/${name}.schema.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}
