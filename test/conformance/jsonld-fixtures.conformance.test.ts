// Holds the JSON-LD channel's golden files against schema.org 30.0, in both places the shop's shipping and return
// policies can be stated (jsonld.shippingAndReturns: src/channels/jsonld/fixtures/organization and every-offer):
// every type and property exists, is current, and is used on a type in its domain (Organization.hasShippingService,
// ShippingService and ShippingConditions are in 30.0, in the pending area).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { checkSchemaOrgDocument, loadSchemaOrgVocabulary, type SchemaOrgVocabulary } from './support/schemaorg-vocabulary.js';
import { describeConformance, SHARED_DATA_DIR } from './support/shared-data.js';

const FIXTURES = fileURLToPath(new URL('../../src/channels/jsonld/fixtures/', import.meta.url));

describeConformance('JSON-LD golden files against schema.org 30.0, in both policy placements', () => {
  let vocabulary: SchemaOrgVocabulary;
  beforeAll(async () => {
    vocabulary = await loadSchemaOrgVocabulary(join(SHARED_DATA_DIR, 'schemaorg', '30.0'));
  });

  it.each(['organization', 'every-offer'])('fixtures/%s uses only current terms, each on a type in its domain', (mode) => {
    const dir = join(FIXTURES, mode);
    const files = readdirSync(dir).filter((name) => name.endsWith('.jsonld'));
    expect(files).toContain('site.jsonld');
    expect(files.length).toBeGreaterThan(3);
    const problems = files.flatMap((name) => checkSchemaOrgDocument(JSON.parse(readFileSync(join(dir, name), 'utf8')), vocabulary).map((p) => `${name}: ${p.path} ${p.problem} ${p.message}`));
    expect(problems).toEqual([]);
  });
});
