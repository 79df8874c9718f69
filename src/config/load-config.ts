import { readFile } from 'node:fs/promises';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { dirname, resolve } from 'node:path';
import type { AgentshelfConfig } from '../model/generated/config.js';
import { AgentshelfError } from '../model/errors.js';
import { createAjv } from '../model/ajv.js';
import { loadSchema } from '../model/load-schema.js';
import type { ResolvedConfig } from '../model/resolved-config.js';
import { describeConfigError } from './config-errors.js';
import { resolveConfig } from './resolve-config.js';

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
  return { ...parseConfig(parseConfigText(text, path), { baseDir: dirname(absolute), source: path }), path: absolute };
}

/**
 * The config file's JSON. Comments (// and /* *\/) and trailing commas are allowed, as in the JSON-with-comments
 * files editors use for settings, so a config can explain itself (agentshelf init writes one). A syntax error
 * names its line and column.
 */
export function parseConfigText(text: string, path: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    const what = SYNTAX_ERRORS[printParseErrorCode(first.error)] ?? printParseErrorCode(first.error);
    throw new AgentshelfError('E_CONFIG_INVALID', `${path}:${line}:${column} is not valid JSON: ${what}.`);
  }
  return value;
}

/** jsonc-parser's error codes in words. */
const SYNTAX_ERRORS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a number is malformed',
  PropertyNameExpected: 'a property name in double quotes is expected',
  ValueExpected: 'a value is expected',
  ColonExpected: 'a colon is missing after the property name',
  CommaExpected: 'a comma is missing between two entries',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is more text after the end of the config',
  UnexpectedEndOfComment: 'a /* comment is not closed',
  UnexpectedEndOfString: 'a string is not closed',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a control character is inside a string',
};

let validateConfig: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

/** Validates a config object (from a file or from library callers) and resolves it. */
export function parseConfig(value: unknown, options: { baseDir: string; source?: string }): Omit<LoadedConfig, 'path'> {
  validateConfig ??= createAjv().compile(loadSchema('config'));
  const source = options.source ?? 'config';
  if (!validateConfig(value)) {
    const problems = (validateConfig.errors ?? []).map(describeConfigError);
    throw new AgentshelfError('E_CONFIG_INVALID', `${source} does not match schemas/config.schema.json:\n${[...new Set(problems)].join('\n')}`);
  }
  const raw = value as AgentshelfConfig;
  return { raw, config: resolveConfig(raw, options.baseDir, source) };
}
