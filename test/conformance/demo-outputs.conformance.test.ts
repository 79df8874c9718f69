// Holds what agentshelf writes for the demo shops against the official material in ../shared/data:
// every schema.org type and property in the JSON-LD exists in release 30.0, is current, and is used on a type in
// its domain; every Google product category id emitted exists in the official 2021-09-21 taxonomy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/config/load-config.js';
import { buildCatalog } from '../../src/pipeline/build.js';
import { DEMO_CONFIG, DEMO_JP_CONFIG, DEMO_NOW, tempDir } from '../support/run-cli.js';
import { checkSchemaOrgDocument, loadSchemaOrgVocabulary, type SchemaOrgVocabulary } from './support/schemaorg-vocabulary.js';
import { describeConformance, SHARED_DATA_DIR } from './support/shared-data.js';

describeConformance('demo outputs against schema.org 30.0 and the Google taxonomy', () => {
  let dir: { path: string; remove(): Promise<void> };
  const outs: string[] = [];
  let vocabulary: SchemaOrgVocabulary;
  let taxonomyIds: Set<string>;

  beforeAll(async () => {
    dir = await tempDir();
    for (const [name, path] of [['us', DEMO_CONFIG], ['jp', DEMO_JP_CONFIG]] as const) {
      const { config } = await loadConfigFile(path);
      const out = join(dir.path, name);
      const result = await buildCatalog({ config, out, now: new Date(DEMO_NOW) });
      await result.dispose();
      expect(result.ok).toBe(true);
      outs.push(out);
    }
    vocabulary = await loadSchemaOrgVocabulary(join(SHARED_DATA_DIR, 'schemaorg', '30.0'));
    const taxonomy = readFileSync(join(SHARED_DATA_DIR, 'google-product-taxonomy', 'taxonomy-with-ids.en-US.txt'), 'utf8');
    taxonomyIds = new Set(taxonomy.split('\n').filter((l) => /^\d+ - /.test(l)).map((l) => l.split(' ')[0]!));
  });
  afterAll(() => dir.remove());

  const jsonldFiles = () => outs.flatMap((out) => readdirSync(join(out, 'jsonld')).map((name) => join(out, 'jsonld', name)));

  it('uses only current schema.org 30.0 terms, each on a type in its domain', () => {
    const files = jsonldFiles();
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => checkSchemaOrgDocument(JSON.parse(readFileSync(file, 'utf8')), vocabulary).map((p) => `${file}: ${p.path} ${p.problem} ${p.message}`));
    expect(problems).toEqual([]);
  });

  it('emits only Google product category ids that exist in the official taxonomy', () => {
    const emitted = new Set<string>();
    for (const file of jsonldFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/"codeValue":"(\d+)"/g)) emitted.add(match[1]!);
    }
    for (const out of outs) {
      const xml = readFileSync(join(out, 'feeds/google/products.xml'), 'utf8');
      for (const match of xml.matchAll(/<g:google_product_category>(\d+)<\/g:google_product_category>/g)) emitted.add(match[1]!);
    }
    expect(emitted.size).toBeGreaterThan(10);
    expect([...emitted].filter((id) => !taxonomyIds.has(id))).toEqual([]);
  });

  it('writes Google feeds that are well-formed XML with every item in the g: namespace', () => {
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
    for (const out of outs) {
      const xml = readFileSync(join(out, 'feeds/google/products.xml'), 'utf8');
      expect(XMLValidator.validate(xml)).toBe(true);
      const rss = parser.parse(xml).rss;
      expect(rss['@_xmlns:g']).toBe('http://base.google.com/ns/1.0');
      for (const item of rss.channel.item as Array<Record<string, unknown>>) {
        expect(Object.keys(item).every((key) => key.startsWith('g:'))).toBe(true);
        for (const required of ['g:id', 'g:title', 'g:description', 'g:link', 'g:image_link', 'g:availability', 'g:price']) expect(item[required], required).toBeDefined();
      }
    }
  });
});
