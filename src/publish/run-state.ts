import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AgentshelfError } from '../model/errors.js';

/** Invalid item ids kept for the next run's "newly invalid" list; more are counted, not named. */
export const INVALID_IDS_KEPT = 10_000;

/**
 * What the last published run of an output folder looked like, kept outside the folder (it is not for the
 * public): the publish gate compares the next run with it, and the change report names what is newly invalid.
 */
export interface RunState {
  format: 1;
  out: string;
  publishedAt: string;
  products: { read: number; published: number; leftOut: number };
  variants: { read: number; published: number };
  /** Products and variants left out as invalid (catalog errors), up to INVALID_IDS_KEPT ids. */
  invalid: { count: number; ids: string[] };
}

/** Where an output folder's state lives: beside it (`.public.state.json`), or in `--state DIR`. */
export function statePathOf(out: string, stateDir?: string): string {
  return stateDir ? join(stateDir, 'agentshelf-state.json') : join(dirname(out), `.${basename(out)}.state.json`);
}

/**
 * Where an output folder's render cache lives (pipeline/product-memo.ts): beside it (`.public.cache/`), or in
 * `--state DIR` as `cache/`. Like the state, it is not for the public, and deleting it only costs time.
 */
export function cachePathOf(out: string, stateDir?: string): string {
  return stateDir ? join(stateDir, 'cache') : join(dirname(out), `.${basename(out)}.cache`);
}

/** The state of the last published run, or undefined before the first (or when the file cannot be read). */
export async function readRunState(path: string): Promise<RunState | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const state = JSON.parse(text) as RunState;
    return state.format === 1 && Number.isFinite(state.variants?.published) ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the state atomically (a temporary file renamed over it), so a killed run never leaves half a state. */
export async function writeRunState(path: string, state: RunState): Promise<void> {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new AgentshelfError('E_PUBLISH_FAILED', `Cannot write the run state ${path}: ${(error as Error).message}`, { cause: error });
  }
}
