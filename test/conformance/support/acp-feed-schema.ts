// The official ACP 2026-04-17 feed schema (../shared/data/acp/spec/2026-04-17/json-schema/schema.feed.json),
// compiled for `$defs.Product` and `$defs.FeedMetadata`. Its `$id` is a placeholder (example.com), so it is
// registered under its file URL instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SHARED_DATA_DIR } from './shared-data.js';

export const ACP_FEED_SCHEMA = join(SHARED_DATA_DIR, 'acp', 'spec', '2026-04-17', 'json-schema', 'schema.feed.json');

export function loadAcpFeedSchema(): { validateProduct: ValidateFunction; validateMetadata: ValidateFunction } {
  const schema = JSON.parse(readFileSync(ACP_FEED_SCHEMA, 'utf8')) as Record<string, unknown>;
  delete schema.$id;
  const uri = pathToFileURL(ACP_FEED_SCHEMA).href;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  // "example" is an OpenAPI-style annotation the bundle uses; it does not validate anything.
  ajv.addKeyword('example');
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  ajv.addSchema(schema, uri);
  return { validateProduct: ajv.compile({ $ref: `${uri}#/$defs/Product` }), validateMetadata: ajv.compile({ $ref: `${uri}#/$defs/FeedMetadata` }) };
}
