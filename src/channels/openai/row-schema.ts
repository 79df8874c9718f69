import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Diagnostic, Subject } from '../../model/diagnostic.js';
import { createAjv } from '../../model/ajv.js';
import type { OpenAiRow } from './columns.js';
import { openaiRowInvalid } from './rules.js';

/** Our JSON Schema for one feed row. Same relative path from src/channels/openai (tests) and dist/channels/openai (the package). */
const SCHEMA_URL = new URL('../../../schemas/openai-product-feed.schema.json', import.meta.url);

let compiled: ValidateFunction<OpenAiRow> | undefined;

/** schemas/openai-product-feed.schema.json, compiled once per process. */
export function openAiRowValidator(): ValidateFunction<OpenAiRow> {
  compiled ??= createAjv().compile<OpenAiRow>(JSON.parse(readFileSync(SCHEMA_URL, 'utf8')) as Record<string, unknown>);
  return compiled;
}

/** A problem of one row, at an RFC 6901 pointer into the row. */
export interface RowProblem {
  pointer: string;
  message: string;
  keyword: string;
}

const escape = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Checks one row against the schema: one problem per failing location. An `if` failure only repeats the
 * failure of its `then`, and the branches of an `anyOf` are noise beside the `anyOf` itself, so neither is kept.
 */
export function rowSchemaProblems(row: unknown): RowProblem[] {
  const validate = openAiRowValidator();
  if (validate(row)) return [];
  const byPointer = new Map<string, RowProblem>();
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue;
    const pointer = pointerOf(error);
    const problem = { pointer, message: error.message ?? error.keyword, keyword: error.keyword };
    const seen = byPointer.get(pointer);
    if (!seen || error.keyword === 'anyOf') byPointer.set(pointer, problem);
  }
  return [...byPointer.values()];
}

function pointerOf(error: ErrorObject): string {
  const params = error.params as { missingProperty?: string; additionalProperty?: string; property?: string };
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return `${error.instancePath}/${escape(String(params.missingProperty))}`;
    case 'additionalProperties':
      return `${error.instancePath}/${escape(String(params.additionalProperty))}`;
    default:
      return error.instancePath;
  }
}

/** The schema problems of a row as diagnostics (rule openai/row-invalid), one per problem. */
export function checkRowSchema(row: OpenAiRow, subject: Subject): Diagnostic[] {
  return rowSchemaProblems(row).map((problem) => {
    const field = problem.pointer.split('/')[1] ?? '';
    const value = field === '' ? undefined : (row as unknown as Record<string, unknown>)[field];
    const detail: Parameters<typeof openaiRowInvalid.diagnostic>[1] = {
      message: `${field || 'The row'} ${problem.message} (schemas/openai-product-feed.schema.json, ${problem.keyword}).`,
      pointer: problem.pointer,
    };
    if (value !== undefined && problem.keyword !== 'required' && problem.keyword !== 'dependentRequired') detail.actual = value;
    return openaiRowInvalid.diagnostic(subject, detail);
  });
}
