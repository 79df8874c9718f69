#!/usr/bin/env node
// Generates the TypeScript types of the canonical model from schemas/*.schema.json.
// The JSON Schemas are the single source of truth; src/model/generated is never edited by hand.
// `--check` exits 1 when the committed files are stale (run by the test suite).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = [
  { schema: 'schemas/product.schema.json', out: 'src/model/generated/product.ts' },
  { schema: 'schemas/config.schema.json', out: 'src/model/generated/config.ts' },
];

export async function generate(target) {
  const schema = JSON.parse(await readFile(root + target.schema, 'utf8'));
  const banner = `/* Generated from ${target.schema} by scripts/gen-types.mjs. Do not edit: change the schema and run npm run gen:types. */`;
  return compile(schema, schema.title, {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
  });
}

const check = process.argv.includes('--check');
let stale = 0;
for (const target of targets) {
  const text = await generate(target);
  if (check) {
    const current = await readFile(root + target.out, 'utf8').catch(() => '');
    if (current !== text) {
      stale++;
      console.error(`${target.out} is stale: run npm run gen:types`);
    }
  } else {
    await writeFile(root + target.out, text);
    console.log(`wrote ${target.out}`);
  }
}
process.exit(stale ? 1 : 0);
