import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { createAjv } from '../../src/model/ajv.js';
import { importBuiltPackage } from './built-package.js';
import { blockPosition, type CodeBlock, type JsonKind } from './markdown-blocks.js';

/** The languages of JSON blocks; jsonc allows comments and trailing commas, as the config loader does. */
export const JSON_LANGS = ['json', 'jsonc'];

/** The smallest shop a config can have: a config fragment is checked as part of a config with it. */
const MINIMAL_SHOP = { name: 'Example', url: 'https://shop.example/', currency: 'USD', country: 'US', language: 'en' };

/** What a json block is, from its annotation, else from its content; undefined for other data (parsed only). */
export function jsonKind(block: CodeBlock, value: unknown): JsonKind | undefined {
  if (block.annotations.json) return block.annotations.json;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if ('shop' in record || (typeof record.$schema === 'string' && record.$schema.includes('config.schema.json'))) return 'config';
  if (Array.isArray(record.variants)) return 'product';
  if (typeof record.ruleId === 'string') return 'diagnostic';
  return undefined;
}

/**
 * The problems of one json block. It must parse; a config goes through the package's own parseConfig (the
 * schema and every check beyond it, such as unknown rule ids, with the messages users see); a product through
 * schemas/product.schema.json, the model the README documents; a diagnostic through the report schema's
 * Diagnostic, and its ruleId must be a rule the package has.
 */
export async function checkJsonBlock(block: CodeBlock, root: string): Promise<string[]> {
  const fragment = block.annotations.json === 'config-fragment';
  // A fragment is the members of a config object: wrapped in braces on lines of their own, so lines still map.
  const text = fragment ? `{\n${block.code}\n}` : block.code;
  const errors: ParseError[] = [];
  const jsonc = block.lang === 'jsonc';
  const value: unknown = parse(text, errors, { allowTrailingComma: jsonc, disallowComments: !jsonc });
  if (errors.length > 0) {
    return errors.map((error) => `${blockPosition(block, text.slice(0, error.offset).split('\n').length - 1 - (fragment ? 1 : 0))}: not valid JSON: ${printParseErrorCode(error.error)}`);
  }
  const at = blockPosition(block);
  const kind = jsonKind(block, value);
  if (kind === 'config' || kind === 'config-fragment') {
    const config = kind === 'config-fragment' && !(value as Record<string, unknown>).shop ? { shop: MINIMAL_SHOP, ...(value as object) } : value;
    const { parseConfig } = await importBuiltPackage(root);
    try {
      parseConfig(config, { baseDir: dirname(join(root, block.file)), source: at });
      return [];
    } catch (error) {
      return [`${at}: ${(error as Error).message}`];
    }
  }
  if (kind === 'product') return schemaProblems(at, value, root, 'product.schema.json');
  if (kind === 'diagnostic') {
    const problems = schemaProblems(at, value, root, 'report.schema.json', '#/$defs/Diagnostic');
    const { ALL_RULES } = await importBuiltPackage(root);
    const ruleId = (value as { ruleId?: unknown }).ruleId;
    if (!ALL_RULES.some((rule) => rule.meta.id === ruleId)) problems.push(`${at}: ruleId "${String(ruleId)}" is not a rule of the package (agentshelf rules lists them)`);
    return problems;
  }
  return [];
}

const compiled = new Map<string, ReturnType<ReturnType<typeof createAjv>['compile']>>();

/** Problems of `value` against one of the package's schemas (or a definition in it), with the package's Ajv settings. */
function schemaProblems(at: string, value: unknown, root: string, schema: string, definition = ''): string[] {
  const key = `${schema}${definition}`;
  let validate = compiled.get(key);
  if (!validate) {
    const ajv = createAjv();
    const document = JSON.parse(readFileSync(join(root, 'schemas', schema), 'utf8')) as { $id: string };
    ajv.addSchema(document);
    validate = ajv.getSchema(`${document.$id}${definition}`);
    if (!validate) throw new Error(`schemas/${schema} has no ${definition}`);
    compiled.set(key, validate);
  }
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${at}: schemas/${schema}${definition}: ${error.instancePath || '/'} ${error.message ?? error.keyword}`);
}
