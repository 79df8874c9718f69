import type { ValidateFunction } from 'ajv';
import type { Diagnostic, Subject } from '../model/diagnostic.js';
import type { Product } from '../model/generated/product.js';
import { createAjv } from '../model/ajv.js';
import { ajvErrorsToDiagnostics } from './ajv-to-diagnostic.js';
import { loadSchema } from '../model/load-schema.js';

let compiled: ValidateFunction<Product> | undefined;

/** The canonical product schema, compiled once per process. */
function productValidator(): ValidateFunction<Product> {
  compiled ??= createAjv().compile<Product>(loadSchema('product'));
  return compiled;
}

/** Validates one record against schemas/product.schema.json. Returns no diagnostics when it is valid. */
export function checkProductSchema(value: unknown, base: Subject): Diagnostic[] {
  const validate = productValidator();
  if (validate(value)) return [];
  return ajvErrorsToDiagnostics(validate.errors ?? [], (at) => subjectAt(value, at, base));
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
