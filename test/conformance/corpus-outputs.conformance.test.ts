// The outputs built from every real export of the corpus (test/corpus), held against the official material in
// ../shared/data as the demo's are: each JSON-LD document uses only current schema.org 30.0 terms on types in
// their domain; each Google feed is well-formed with the required elements and only taxonomy ids Google
// publishes; each ACP line is a valid ACP 2026-04-17 Product; each OpenAI row passes our encoding of OpenAI's rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rowSchemaProblems } from '../../src/channels/openai/row-schema.js';
import type { OpenAiRow } from '../../src/channels/openai/index.js';
import { CORPUS, CORPUS_DIR, initFlags } from '../support/corpus.js';
import { DEMO_NOW, runCli, tempDir } from '../support/run-cli.js';
import { loadAcpFeedSchema } from './support/acp-feed-schema.js';
import { checkSchemaOrgDocument, loadSchemaOrgVocabulary, type SchemaOrgVocabulary } from './support/schemaorg-vocabulary.js';
import { describeConformance, SHARED_DATA_DIR } from './support/shared-data.js';
import { formatAjvErrors } from './support/ucp-schemas.js';

describeConformance('outputs of the real-export corpus against the official schemas', () => {
  let dir: { path: string; remove(): Promise<void> };
  const outs: Array<{ file: string; out: string }> = [];
  let vocabulary: SchemaOrgVocabulary;
  let taxonomyIds: Set<string>;
  let acp: { validateProduct: ValidateFunction; validateMetadata: ValidateFunction };

  beforeAll(async () => {
    dir = await tempDir('agentshelf-corpus-conformance-');
    for (const entry of CORPUS) {
      const work = join(dir.path, entry.file.replace(/[/.]/g, '-'));
      const config = join(work, 'agentshelf.config.json');
      const init = await runCli(['init', '--from', join(CORPUS_DIR, entry.file), '--config', config, ...initFlags(entry)], { cwd: dir.path });
      expect(init.code, init.stderr).toBe(0);
      const build = await runCli(['build', '--config', config, '--now', DEMO_NOW, '--report', join(work, 'report.json')], { cwd: work });
      expect(build.code, build.stderr).toBe(0);
      outs.push({ file: entry.file, out: join(work, 'public') });
    }
    vocabulary = await loadSchemaOrgVocabulary(join(SHARED_DATA_DIR, 'schemaorg', '30.0'));
    const taxonomy = readFileSync(join(SHARED_DATA_DIR, 'google-product-taxonomy', 'taxonomy-with-ids.en-US.txt'), 'utf8');
    taxonomyIds = new Set(taxonomy.split('\n').filter((l) => /^\d+ - /.test(l)).map((l) => l.split(' ')[0]!));
    acp = loadAcpFeedSchema();
  }, 120_000);
  afterAll(() => dir.remove());

  it('writes JSON-LD with only current schema.org 30.0 terms, each on a type in its domain', () => {
    const problems: string[] = [];
    let documents = 0;
    for (const { file, out } of outs) {
      for (const name of readdirSync(join(out, 'jsonld'))) {
        documents++;
        const document = JSON.parse(readFileSync(join(out, 'jsonld', name), 'utf8')) as unknown;
        problems.push(...checkSchemaOrgDocument(document, vocabulary).map((p) => `${file} ${name}: ${p.path} ${p.problem} ${p.message}`));
      }
    }
    expect(problems).toEqual([]);
    expect(documents).toBeGreaterThan(1000);
  });

  it('writes well-formed Google feeds with the required elements and only official taxonomy ids', () => {
    const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => name === 'item' });
    let items = 0;
    for (const { file, out } of outs) {
      const xml = readFileSync(join(out, 'feeds/google/products.xml'), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      for (const item of (parser.parse(xml).rss.channel.item ?? []) as Array<Record<string, string>>) {
        items++;
        for (const required of ['g:id', 'g:title', 'g:description', 'g:link', 'g:image_link', 'g:availability', 'g:price']) expect(item[required], `${file} ${item['g:id']} ${required}`).toBeDefined();
        if (item['g:google_product_category'] !== undefined) expect(taxonomyIds.has(item['g:google_product_category']), `${file} ${item['g:google_product_category']}`).toBe(true);
        if (item['g:availability'] === 'preorder' || item['g:availability'] === 'backorder') expect(item['g:availability_date'], `${file} ${item['g:id']}`).toBeDefined();
      }
    }
    expect(items).toBeGreaterThan(500);
  });

  it('writes every ACP line as a valid Product of ACP 2026-04-17, and valid metadata', () => {
    const problems: string[] = [];
    let lines = 0;
    for (const { file, out } of outs) {
      const metadata = JSON.parse(readFileSync(join(out, 'feeds/acp/metadata.json'), 'utf8')) as unknown;
      if (!acp.validateMetadata(metadata)) problems.push(`${file} metadata: ${formatAjvErrors(acp.validateMetadata.errors).join('; ')}`);
      for (const [i, line] of readFileSync(join(out, 'feeds/acp/products.jsonl'), 'utf8').trimEnd().split('\n').entries()) {
        if (line === '') continue;
        lines++;
        if (!acp.validateProduct(JSON.parse(line))) problems.push(...formatAjvErrors(acp.validateProduct.errors).map((e) => `${file} line ${i + 1}: ${e}`));
      }
    }
    expect(problems).toEqual([]);
    expect(lines).toBeGreaterThan(1000);
  });

  it('writes every OpenAI row within schemas/openai-product-feed.schema.json', () => {
    const problems: string[] = [];
    let rows = 0;
    for (const { file, out } of outs) {
      const text = gunzipSync(readFileSync(join(out, 'feeds/openai/products.jsonl.gz'))).toString('utf8');
      for (const line of text.split('\n').filter(Boolean)) {
        rows++;
        const row = JSON.parse(line) as OpenAiRow;
        problems.push(...rowSchemaProblems(row).map((p) => `${file} ${row.item_id} ${p.pointer} ${p.keyword}: ${p.message}`));
      }
    }
    expect(problems).toEqual([]);
    expect(rows).toBeGreaterThan(300);
  });
});
