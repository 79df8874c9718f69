import type { ValidateFunction } from 'ajv';
import type { Diagnostic, Subject } from '../model/diagnostic.js';
import type { Product } from '../model/generated/product.js';
import { createAjv } from '../model/ajv.js';
import { ajvErrorsToDiagnostics } from './ajv-to-diagnostic.js';
import { checkIdentifierCharacters } from './identifier-characters.js';
import { loadSchema } from '../model/load-schema.js';

let compiled: ValidateFunction<Product> | undefined;

/** The canonical product schema, compiled once per process. */
function productValidator(): ValidateFunction<Product> {
  compiled ??= createAjv().compile<Product>(loadSchema('product'));
  return compiled;
}

/**
 * Validates one record against schemas/product.schema.json, and the characters of its ids, which the schema's
 * pattern cannot fully say (identifier-characters.ts). Returns no diagnostics when it is valid.
 */
export function checkProductSchema(value: unknown, base: Subject): Diagnostic[] {
  const validate = productValidator();
  const at = (pointer: string): Subject => subjectAt(value, pointer, base);
  const found = validate(value) ? [] : ajvErrorsToDiagnostics(validate.errors ?? [], at);
  const ids = checkIdentifierCharacters(value, at);
  return ids.length === 0 ? found : [...found, ...ids];
}

/** Names the product and, for a pointer under /variants/N, the variant a diagnostic is about. */
export function subjectAt(value: unknown, at: string, base: Subject): Subject {
  const record = value as { id?: unknown; variants?: unknown } | null;
  const subject: Subject = { ...base };
  if (record && typeof record.id === 'string') subject.productId = record.id;
  const match = /^\/variants\/(\d+)(?:\/|$)/.exec(at);
  if (match && record && Array.isArray(record.variants)) {
    const variant = record.variants[Number(match[1])] as { id?: unknown } | undefined;
    if (variant && typeof variant.id === 'string') subject.variantId = variant.id;
  }
  return subject;
}
