import type { ErrorObject } from 'ajv';
import type { Diagnostic, Subject } from '../model/diagnostic.js';
import { SCHEMA_RULES_BY_DEFINITION, SCHEMA_RULES_BY_KEYWORD, schemaInvalid } from './rules/schema-rules.js';

/**
 * Turns Ajv's errors for one record into diagnostics: one finding per failing location. When a value fails a
 * oneOf/anyOf (a price that is neither a decimal string nor a non-negative number), the branch failures are
 * noise: the composite is reported once, by the named type it belongs to.
 */
export function ajvErrorsToDiagnostics(errors: readonly ErrorObject[], subjectAt: (pointer: string) => Subject): Diagnostic[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    const at = pointerOf(error);
    const key = error.keyword === 'required' || error.keyword === 'additionalProperties' ? `${at}\u0000${error.keyword}${JSON.stringify(error.params)}` : at;
    const group = byPath.get(key);
    if (group) group.push(error);
    else byPath.set(key, [error]);
  }
  const out: Diagnostic[] = [];
  for (const group of byPath.values()) out.push(toDiagnostic(group, subjectAt));
  return out;
}

/** Where the problem is: for a missing or unknown property, the property itself, not the object holding it. */
function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${escape(String(error.params.missingProperty))}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escape(String(error.params.additionalProperty))}`;
  return error.instancePath;
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function toDiagnostic(group: ErrorObject[], subjectAt: (pointer: string) => Subject): Diagnostic {
  const composite = group.find((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  const error = composite ?? group[0]!;
  const pointer = pointerOf(error);
  const subject = subjectAt(pointer);
  if (composite) {
    const definition = /\$defs\/([^/]+)\/(?:oneOf|anyOf)$/.exec(composite.schemaPath)?.[1];
    const rule = (definition && SCHEMA_RULES_BY_DEFINITION[definition]) || schemaInvalid;
    return rule.diagnostic(subject, {
      message: (definition && COMPOSITE_MESSAGES[definition]?.(composite.data)) ?? describeComposite(composite),
      pointer,
      actual: reportable(composite.data),
      expected: description(composite.parentSchema) ?? 'a value matching the schema',
    });
  }
  const rule = SCHEMA_RULES_BY_KEYWORD[error.keyword] ?? schemaInvalid;
  const detail = describe(error);
  return rule.diagnostic(subject, { pointer, ...detail });
}

/** Plain messages for the model's composite types; the schema description says the rest. */
const COMPOSITE_MESSAGES: Record<string, (value: unknown) => string> = {
  Decimal: (value) => `${shown(value)} is not a price: write a non-negative decimal amount such as "15.00", without a sign, currency or thousands separator.`,
  DateTime: (value) => `${shown(value)} is not a date: write an RFC 3339 date-time such as "2026-11-20T09:00:00-05:00", or a date such as "2026-11-20".`,
};

function description(schema: unknown): string | undefined {
  const text = (schema as { description?: unknown } | undefined)?.description;
  return typeof text === 'string' ? text : undefined;
}

function describeComposite(error: ErrorObject): string {
  const about = description(error.parentSchema);
  const value = shown(error.data);
  return about ? `${value} is not valid here. ${about}` : `${value} matches none of the allowed forms.`;
}

function describe(error: ErrorObject): { message: string; actual?: unknown; expected?: unknown } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { message: `The required property "${String(params.missingProperty)}" is missing.`, expected: params.missingProperty };
    case 'additionalProperties':
      return {
        message: `"${String(params.additionalProperty)}" is not a property of the canonical model.`,
        actual: params.additionalProperty,
      };
    case 'type':
      if (isUnreadableNumber(error.data)) {
        return { message: `Must be of type ${String(params.type)}: ${shown(error.data)} is not a usable number.`, actual: reportable(error.data), expected: params.type };
      }
      return { message: `Must be of type ${String(params.type)}.`, actual: jsonType(error.data), expected: params.type };
    case 'enum':
      return {
        message: `${shown(error.data)} is not one of ${(params.allowedValues as unknown[]).map(String).join(', ')}.`,
        actual: reportable(error.data),
        expected: params.allowedValues,
      };
    case 'pattern':
      return {
        message: `${JSON.stringify(error.data)} does not have the required form${suffix(error.parentSchema)}`,
        actual: error.data,
        expected: description(error.parentSchema) ?? params.pattern,
      };
    case 'format':
      return { message: `${JSON.stringify(error.data)} is not a valid ${String(params.format)}.`, actual: error.data, expected: params.format };
    case 'minItems':
      return { message: `Must have at least ${String(params.limit)} item(s).`, expected: params.limit };
    case 'minLength':
      return { message: 'Must not be empty.', actual: error.data, expected: `at least ${String(params.limit)} character(s)` };
    case 'minimum':
    case 'exclusiveMinimum':
      return { message: `Must be ${String(params.comparison)} ${String(params.limit)}.`, actual: reportable(error.data), expected: `${String(params.comparison)} ${String(params.limit)}` };
    default:
      return { message: error.message ?? 'Does not match the schema.', actual: reportable(error.data) };
  }
}

function suffix(schema: unknown): string {
  const about = description(schema);
  return about ? `: ${about}` : '.';
}

/**
 * Values nested deeper than this are named by their type in messages and in the report: JSON.stringify
 * recurses, and a value nested 10,000 levels deep (which JSON.parse reads) overflows the stack.
 */
const MAX_SHOWN_DEPTH = 32;

/** A number JSON.parse gave as ±Infinity (1e400 is valid JSON beyond the largest double); JSON would write it as null. */
function isUnreadableNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isFinite(value);
}

function nestedDeeperThan(value: object, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** A failing value as the report can carry it: too-deep values by their type, non-finite numbers by their name. */
function reportable(value: unknown): unknown {
  if (isUnreadableNumber(value)) return String(value);
  if (value !== null && typeof value === 'object' && nestedDeeperThan(value, MAX_SHOWN_DEPTH)) {
    return `${Array.isArray(value) ? 'An array' : 'An object'} nested more than ${MAX_SHOWN_DEPTH} levels deep`;
  }
  return value;
}

/** A failing value as a message shows it. */
function shown(value: unknown): string {
  if (isUnreadableNumber(value)) return `${String(value)} (a number beyond the largest double, such as 1e400)`;
  const safe = reportable(value);
  return safe === value ? JSON.stringify(value) : String(safe);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
