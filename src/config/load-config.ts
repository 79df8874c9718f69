import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { AgentshelfConfig } from '../model/generated/config.js';
import { AgentshelfError } from '../model/errors.js';
import { createAjv } from '../validate/ajv.js';
import { loadSchema } from '../validate/load-schema.js';
import { resolveConfig, type ResolvedConfig } from './resolve-config.js';

export interface LoadedConfig {
  /** The config as written. */
  raw: AgentshelfConfig;
  /** The config with money in minor units and paths made absolute. */
  config: ResolvedConfig;
  /** Absolute path of the file, when it came from one. */
  path?: string;
}

/** Reads and validates a config file. A config problem stops the run: no output is right without the shop. */
export async function loadConfigFile(path: string): Promise<LoadedConfig> {
  const absolute = resolve(path);
  const text = await readFile(absolute, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new AgentshelfError(
      error.code === 'ENOENT' ? 'E_CONFIG_NOT_FOUND' : 'E_CONFIG_INVALID',
      error.code === 'ENOENT' ? `Config file not found: ${path}` : `Cannot read config ${path}: ${error.message}`,
      { cause: error },
    );
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new AgentshelfError('E_CONFIG_INVALID', `${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return { ...parseConfig(value, { baseDir: dirname(absolute), source: path }), path: absolute };
}

let validateConfig: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

/** Validates a config object (from a file or from library callers) and resolves it. */
export function parseConfig(value: unknown, options: { baseDir: string; source?: string }): Omit<LoadedConfig, 'path'> {
  validateConfig ??= createAjv().compile(loadSchema('config'));
  const source = options.source ?? 'config';
  if (!validateConfig(value)) {
    const problems = (validateConfig.errors ?? []).map((e) => `  ${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
    throw new AgentshelfError('E_CONFIG_INVALID', `${source} does not match schemas/config.schema.json:\n${[...new Set(problems)].join('\n')}`);
  }
  const raw = value as AgentshelfConfig;
  return { raw, config: resolveConfig(raw, options.baseDir, source) };
}
