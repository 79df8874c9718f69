import { readFile } from 'node:fs/promises';
import { AgentshelfError } from '../../model/errors.js';

/** A --map file: one JSON object of page path (relative to the site) → product id. */
export async function readPageMap(file: string): Promise<Record<string, string>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AgentshelfError('E_USAGE', `--map ${file} cannot be read as JSON: ${(error as Error).message}`, { cause: error });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw new AgentshelfError('E_USAGE', `--map ${file} must be one JSON object of page path to product id, such as {"products/mug.html": "mug"}.`);
  }
  return value as Record<string, string>;
}
