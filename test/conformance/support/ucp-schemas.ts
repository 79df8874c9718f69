// The official UCP schemas (../shared/data/ucp/<version>/) in one Ajv instance, for conformance suites that
// hold our outputs (the /.well-known/ucp profile, catalog API request and response bodies) against them.
//
// The files $ref each other by relative path ("../schemas/ucp.json#/$defs/base", "types/product.json"), but
// their own $ids do not all mirror their folders (discovery/profile_schema.json says .../discovery/profile.json,
// one level off), so resolving against the $ids would miss. As ../shared/README.md says, every file is
// registered under a URI that mirrors its path inside the version folder, with its own $id removed; then each
// relative $ref resolves to the file it names. Nothing is fetched: the base URI is under the reserved
// .invalid TLD (RFC 6761), and every $ref lands on a registered file.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SHARED_DATA_DIR } from './shared-data.js';

/** The folder of the UCP release loaded when a suite names none: the previous release, v2026-04-08 (the current one, 2026-08-25, is in 2026-08-25-pre). */
export const UCP_SCHEMA_VERSION = 'v2026-04-08';

const BASE_URI = 'https://ucp-schemas.invalid/';

export interface UcpSchemas {
  readonly ajv: Ajv2020;
  /** Absolute path of the version folder. */
  readonly dir: string;
  /** Every registered file, relative to the version folder with "/" separators, sorted. */
  readonly files: readonly string[];
  /** The URI a file (relative to the version folder) is registered under. */
  uri(file: string): string;
  /**
   * A compiled validator for a file, or for a JSON Pointer into it: ("discovery/profile_schema.json",
   * "/$defs/business_profile"), ("services/shopping/rest.openapi.json", "/paths/~1catalog~1search/post/...").
   */
  validator(file: string, pointer?: string): ValidateFunction;
  /** Validates a value; returns one readable line per error, empty when it is valid. */
  check(value: unknown, file: string, pointer?: string): string[];
}

function listJsonFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listJsonFiles(path.join(dir, entry.name), relative);
      return entry.name.endsWith('.json') ? [relative] : [];
    })
    .sort();
}

/** Encodes each reference token of a pointer's path as a URI fragment needs it (RFC 6901 §6). */
function fragment(pointer: string): string {
  return pointer === '' ? '' : `#${pointer.split('/').map((token) => encodeURIComponent(token).replace(/%24/g, '$')).join('/')}`;
}

export function formatAjvErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} (${e.schemaPath}${e.params ? ` ${JSON.stringify(e.params)}` : ''})`);
}

/**
 * Loads every JSON file of ../shared/data/ucp/<version>/ into one Ajv2020 instance. Cheap enough to call per
 * suite; schemas compile lazily when `validator` first asks for them.
 */
export function loadUcpSchemas(version: string = UCP_SCHEMA_VERSION): UcpSchemas {
  const dir = path.join(SHARED_DATA_DIR, 'ucp', version);
  // strict: false because the UCP files carry annotation keywords of their own ("name", "ucp_request",
  // "ucp_shared_request") that strict mode would refuse; they do not change validation.
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const files = listJsonFiles(dir);
  const uri = (file: string) => new URL(`${version}/${file}`, BASE_URI).href;
  for (const file of files) {
    const document = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    delete document.$id;
    // OpenAPI and OpenRPC documents are not schemas as a whole, only at the places their own $refs and
    // callers point into, so they are registered without a meta-schema check.
    const isSchema = typeof document.$schema === 'string';
    ajv.addSchema(document, uri(file), undefined, isSchema);
  }
  const validators = new Map<string, ValidateFunction>();
  const validator = (file: string, pointer = ''): ValidateFunction => {
    if (!files.includes(file)) throw new Error(`no UCP file ${file} in ${dir}`);
    const key = `${uri(file)}${fragment(pointer)}`;
    let validate = validators.get(key);
    if (!validate) {
      validate = ajv.compile({ $ref: key });
      validators.set(key, validate);
    }
    return validate;
  };
  return {
    ajv,
    dir,
    files,
    uri,
    validator,
    check(value, file, pointer) {
      const validate = validator(file, pointer);
      return validate(value) ? [] : formatAjvErrors(validate.errors);
    },
  };
}
