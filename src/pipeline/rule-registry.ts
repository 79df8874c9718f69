import { CHANNELS } from '../channels/registry.js';
import { isRule, type Rule } from '../model/rule.js';
import * as availability from '../enrich/rules/availability.js';
import * as category from '../enrich/rules/category.js';
import * as defaults from '../enrich/rules/defaults.js';
import * as gtin from '../enrich/rules/gtin.js';
import * as price from '../enrich/rules/price.js';
import * as text from '../enrich/rules/text.js';
import * as url from '../enrich/rules/url.js';
import * as variant from '../enrich/rules/variant.js';
import { csvBadCell } from '../sources/rules/csv-bad-cell.js';
import { csvProductFieldConflict } from '../sources/rules/csv-product-field-conflict.js';
import { csvUnknownColumn } from '../sources/rules/csv-unknown-column.js';
import { malformedCsv } from '../sources/rules/malformed-csv.js';
import { malformedJson } from '../sources/rules/malformed-json.js';
import { notACatalog } from '../sources/rules/not-a-catalog.js';
import { notAnObject } from '../sources/rules/not-an-object.js';
import * as schema from '../validate/rules/schema-rules.js';
import { GMC_RULES } from '../sources/importers/gmc/index.js';
import * as shopify from '../sources/importers/shopify/rules.js';
import { WOOCOMMERCE_RULES } from '../sources/importers/woocommerce/index.js';
import { PARITY_RULES } from '../publish/parity/rules.js';
import { LINK_RULES } from '../publish/links/rules.js';
import { MANIFEST_RULES } from '../publish/manifest-check/rules.js';
import { INJECT_RULES } from '../publish/inject/rules.js';

function rulesOf(module: Record<string, unknown>): Rule[] {
  return Object.values(module).filter(isRule);
}

/**
 * The rules about the catalog itself (reading, validation, defaults, enrichment): an error leaves the variant
 * or product out of every output, so the merchant may raise one of these to error (the config's "rules").
 */
export const CATALOG_RULES: readonly Rule[] = [
  malformedJson,
  malformedCsv,
  notACatalog,
  notAnObject,
  csvBadCell,
  csvProductFieldConflict,
  csvUnknownColumn,
  ...rulesOf(shopify),
  ...WOOCOMMERCE_RULES,
  ...GMC_RULES,
  ...rulesOf(schema),
  ...rulesOf(variant),
  ...rulesOf(price),
  ...rulesOf(availability),
  ...rulesOf(text),
  ...rulesOf(url),
  ...rulesOf(gtin),
  ...rulesOf(category),
  ...rulesOf(defaults),
];

/** Every rule agentshelf reports with, by stage; `agentshelf rules` lists them and docs/rules/ is generated from them. */
export const ALL_RULES: readonly Rule[] = [
  ...CATALOG_RULES,
  ...CHANNELS.flatMap((c) => c.rules),
  ...PARITY_RULES,
  ...LINK_RULES,
  ...MANIFEST_RULES,
  ...INJECT_RULES,
];
