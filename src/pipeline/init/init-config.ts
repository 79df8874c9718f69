import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseConfig, parseConfigText } from '../../config/load-config.js';
import { AgentshelfError } from '../../model/errors.js';
import { Nested, renderObject, type Member } from './config-text.js';
import type { ShopFacts } from './detect-shop.js';

/** What init needs about the shop: from the data where it says so, else from the merchant. */
export interface ShopAnswers {
  name: string;
  url: string;
  currency: string;
  country: string;
  language: string;
}

/** Shop-wide facts the merchant may state for what the export lacks (the config's "defaults"). */
export interface DefaultAnswers {
  brand?: string;
  productUrl?: string;
  backorderLeadDays?: number;
}

export const REQUIRED_ANSWERS: ReadonlyArray<keyof ShopAnswers> = ['name', 'url', 'currency', 'country', 'language'];

/** The answers the data gives: the shop URL and currency, when the export states them. */
export function answersFromFacts(facts: ShopFacts): Partial<ShopAnswers> {
  const out: Partial<ShopAnswers> = {};
  if (facts.shopUrl) out.url = facts.shopUrl.value;
  if (facts.currency) out.currency = facts.currency.value;
  return out;
}

/**
 * The address that reaches a WooCommerce product by its post ID whatever the permalink settings: WordPress
 * renders it directly (product is a publicly queryable post type, and post_type and p are public query
 * variables), and with pretty permalinks answers with a 301 to the product's own address
 * (wp-includes/class-wp.php, class-wp-query.php, canonical.php; docs/importers/woocommerce-csv.md).
 */
export const WOOCOMMERCE_ID_URL = '?post_type=product&p={platform_id}';

export interface InitInput {
  facts: ShopFacts;
  /** The export as given: a path or a URL. */
  from: string;
  /** Where the config goes. */
  configPath: string;
  shop: ShopAnswers;
  defaults?: DefaultAnswers;
}

/** The commented config for the export, checked against the config schema before anyone sees it. */
export function renderInitConfig(input: InitInput): string {
  const { facts, shop } = input;
  const detected = (key: keyof ShopAnswers, fact: ShopFacts['shopUrl']) =>
    fact && fact.value === shop[key] ? [`Read from ${fact.from}; check it.`] : undefined;
  const members: Member[] = [
    { key: '$schema', value: './node_modules/agentshelf/schemas/config.schema.json', comment: [`Written by agentshelf init for ${describeInput(input)}. Every key: README.md and schemas/config.schema.json.`] },
    {
      key: 'shop',
      value: new Nested([
        { key: 'name', value: shop.name },
        { key: 'url', value: shop.url, ...optionalComment(detected('url', facts.shopUrl)) },
        { key: 'currency', value: shop.currency, ...optionalComment(detected('currency', facts.currency)) },
        { key: 'country', value: shop.country },
        { key: 'language', value: shop.language },
      ]),
    },
    { key: 'inputs', value: [inputEntry(input)] },
    { key: 'out', value: 'public', comment: ['The folder the outputs are published into, replaced as a whole on each build.'] },
  ];
  const defaults = defaultMembers(facts, input.defaults ?? {});
  if (defaults.length > 0) {
    members.push({ key: 'defaults', value: new Nested(defaults), comment: ["Shop-wide facts for what the export does not carry. Each use is reported as info (defaults/*)."] });
  }
  const text = `${renderObject(members)}\n`;
  // Never hand the merchant a config that does not load.
  parseConfig(parseConfigText(text, input.configPath), { baseDir: dirname(resolve(input.configPath)), source: input.configPath });
  return text;
}

/** Writes the config, refusing to replace an existing file unless asked to. */
export async function writeInitConfig(input: InitInput, options: { force?: boolean } = {}): Promise<string> {
  const path = resolve(input.configPath);
  if (existsSync(path) && !options.force) {
    throw new AgentshelfError('E_USAGE', `${input.configPath} already exists; pass --force to replace it, or --config to write another file.`);
  }
  const text = renderInitConfig(input);
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
  return text;
}

function optionalComment(comment: string[] | undefined): Pick<Member, 'comment'> {
  return comment ? { comment } : {};
}

function describeInput(input: InitInput): string {
  return `${/^https?:\/\//i.test(input.from) ? input.from : input.from.split(/[\\/]/).pop()} (${input.facts.format})`;
}

/** The input as the config names it: relative to the config's folder, with "/" separators, and its format. */
function inputEntry(input: InitInput): { source: string; format: string } {
  if (/^https?:\/\//i.test(input.from)) return { source: input.from, format: input.facts.format };
  const absolute = isAbsolute(input.from) ? input.from : resolve(input.from);
  const source = relative(dirname(resolve(input.configPath)), absolute).split(sep).join('/');
  return { source, format: input.facts.format };
}

function defaultMembers(facts: ShopFacts, answers: DefaultAnswers): Member[] {
  const out: Member[] = [];
  if (answers.productUrl !== undefined || facts.withoutUrl > 0) {
    const woo = facts.withPlatformId > 0 && facts.format.startsWith('woocommerce');
    const productUrl = answers.productUrl ?? (woo ? WOOCOMMERCE_ID_URL : undefined);
    const comment = woo
      ? [
          'WooCommerce exports carry no product URLs. This address reaches every published product by its post ID,',
          "whatever the permalink settings; WordPress redirects it to the product's own address. If your product",
          `pages are <shop>/product/<slug>/ and the export has a Slug column, "product/{slug}/" links them directly.`,
        ]
      : [`${facts.withoutUrl} of ${facts.records} products read have no URL. A template with {id}, {slug} or {platform_id} gives them one.`];
    out.push(productUrl !== undefined ? { key: 'productUrl', value: productUrl, comment } : { key: 'productUrl', value: 'products/{id}', comment, suggestion: true });
  }
  if (answers.brand !== undefined) out.push({ key: 'brand', value: answers.brand, comment: ['The brand of every product that names none.'] });
  else if (facts.records > 0 && facts.withoutBrand === facts.records) {
    out.push({ key: 'brand', value: 'Your brand', suggestion: true, comment: ['No product names a brand, and the OpenAI feed requires one. For a single-brand shop, name it here.'] });
  }
  if (answers.backorderLeadDays !== undefined) {
    out.push({ key: 'backorderLeadDays', value: answers.backorderLeadDays, comment: ['Days a backorder takes: the availability date Google requires for backorder items.'] });
  } else if (facts.backorders > 0) {
    out.push({
      key: 'backorderLeadDays',
      value: 14,
      suggestion: true,
      comment: [`${facts.backorders} variant(s) can be backordered and the export gives no date; Google leaves such items out. Days a backorder takes:`],
    });
  }
  return out;
}
