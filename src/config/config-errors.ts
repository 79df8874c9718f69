import type { ErrorObject } from 'ajv';
import { closest } from '../model/closest-name.js';

/**
 * A config schema error in words a merchant can act on: where (the JSON Pointer of the value, `/` for the
 * whole config), what is wrong, and what would be right: the allowed values of an enum, the closest known key
 * for an unknown one ("did you mean shipping?"), the expected type.
 */
export function describeConfigError(error: ErrorObject): string {
  const at = error.instancePath || '/';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const suggestion = closest(key, known);
      const where = at === '/' ? 'the config' : at;
      return `  ${where} has an unknown key "${key}"${suggestion ? `: did you mean "${suggestion}"?` : known.length > 0 ? `; the keys allowed here are ${known.join(', ')}` : ''}`;
    }
    case 'enum':
      return `  ${at} is ${JSON.stringify(error.data)}, which is not one of the allowed values: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `  ${at} must be ${article(String(params.type))}, not ${jsonType(error.data)}`;
    case 'required':
      return `  ${at === '/' ? 'the config' : at} is missing the required key "${String(params.missingProperty)}"`;
    default:
      return `  ${at} ${error.message ?? 'is not valid'}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return article(typeof value);
}
