import { createInterface } from 'node:readline/promises';
import type { CommandModule } from 'yargs';
import { AgentshelfError } from '../../model/errors.js';
import { detectShop, type ShopFacts } from '../../pipeline/init/detect-shop.js';
import { answersFromFacts, REQUIRED_ANSWERS, writeInitConfig, type DefaultAnswers, type ShopAnswers } from '../../pipeline/init/init-config.js';
import { DEFAULT_CONFIG } from '../common-options.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';

interface Args {
  from: string;
  format?: string;
  config: string;
  name?: string;
  url?: string;
  currency?: string;
  country?: string;
  language?: string;
  brand?: string;
  productUrl?: string;
  backorderLeadDays?: number;
  yes: boolean;
  force: boolean;
}

const QUESTIONS: Readonly<Record<keyof ShopAnswers, { flag: string; ask: string }>> = {
  name: { flag: '--name', ask: 'Shop name' },
  url: { flag: '--url', ask: 'Shop URL (https://…/)' },
  currency: { flag: '--currency', ask: 'Currency of the prices (ISO 4217, e.g. USD)' },
  country: { flag: '--country', ask: 'Country the shop sells to (ISO 3166, e.g. US)' },
  language: { flag: '--language', ask: 'Language of the product texts (e.g. en)' },
};

/** Writes a commented config for an export: what the data states is read from it, the rest asked or flagged. */
export function initCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'init',
    describe: 'Write a config for a platform export or storefront, from what its data states',
    builder: (y) =>
      y
        .option('from', { type: 'string', demandOption: true, describe: 'The export file or storefront URL to build from' })
        .option('format', { type: 'string', describe: 'Input format, when it cannot be told from the name or content' })
        .option('config', { alias: 'c', type: 'string', default: DEFAULT_CONFIG, describe: 'Where to write the config' })
        .option('name', { type: 'string', describe: 'Shop name' })
        .option('url', { type: 'string', describe: 'Shop URL, when the export does not state it' })
        .option('currency', { type: 'string', describe: 'Currency (ISO 4217), when the export does not state it' })
        .option('country', { type: 'string', describe: 'Country (ISO 3166-1 alpha-2)' })
        .option('language', { type: 'string', describe: 'Language of the texts (e.g. en, de, ja)' })
        .option('brand', { type: 'string', describe: 'Brand of every product that names none (single-brand shops)' })
        .option('product-url', { type: 'string', describe: 'URL template of product pages, with {id}, {slug} or {platform_id}' })
        .option('backorder-lead-days', { type: 'number', describe: 'Days a backorder takes (the date Google requires on backorder items)' })
        .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'Take what the data states without asking' })
        .option('force', { type: 'boolean', default: false, describe: 'Replace an existing config file' })
        .example('$0 init --from products_export.csv', 'read a Shopify export, ask for what it does not say')
        .example('$0 init --from wc-product-export.csv --name "Alder & Pine" --url https://shop.example/ --currency EUR --country DE --language de', 'no questions: for scripts')
        .example('$0 init --from https://shop.example/products.json -y', 'a Shopify storefront')
        .epilogue(`After init: agentshelf build (with --config if you wrote the config elsewhere).\n\n${EXIT_CODES_HELP}`) as never,
    handler: async (args) => {
      const c = colors();
      const facts = await detectShop({ path: args.from, ...(args.format ? { format: args.format } : {}) });
      if (facts.records === 0) throw new AgentshelfError('E_SOURCE_EMPTY', `No product could be read from ${args.from} (read as ${facts.format}); check the file, or name its format with --format.`);
      const shop = await answer(args, facts);
      const defaults: DefaultAnswers = {};
      if (args.brand !== undefined) defaults.brand = args.brand;
      if (args.productUrl !== undefined) defaults.productUrl = args.productUrl;
      if (args.backorderLeadDays !== undefined) defaults.backorderLeadDays = args.backorderLeadDays;
      await writeInitConfig({ facts, from: args.from, configPath: args.config, shop, defaults }, { force: args.force });
      const lines = [c.bold('agentshelf init'), `  read       ${args.from} as ${facts.format}: ${facts.records.toLocaleString('en-US')} product(s)`];
      if (facts.shopUrl) lines.push(`  shop URL   ${facts.shopUrl.value} (from ${facts.shopUrl.from})`);
      if (facts.currency) lines.push(`  currency   ${facts.currency.value} (from ${facts.currency.from})`);
      if (facts.withoutUrl > 0) lines.push(`  URLs       ${facts.withoutUrl} product(s) have none in the export: see "defaults.productUrl" in the config`);
      lines.push(c.green(`  wrote      ${args.config}`), `  next       agentshelf build${args.config === DEFAULT_CONFIG ? '' : ` --config ${args.config}`}`);
      process.stderr.write(`${lines.join('\n')}\n`);
      setExit(EXIT_OK);
    },
  };
}

/** Flags first, then what the data states (asked to confirm on a terminal unless --yes), then questions. */
async function answer(args: Args, facts: ShopFacts): Promise<ShopAnswers> {
  const stated = answersFromFacts(facts);
  const interactive = Boolean(process.stdin.isTTY && process.stderr.isTTY) && !args.yes;
  const out: Partial<ShopAnswers> = {};
  const missing: string[] = [];
  const prompt = interactive ? createInterface({ input: process.stdin, output: process.stderr }) : undefined;
  try {
    for (const key of REQUIRED_ANSWERS) {
      const given = args[key] ?? (!interactive ? stated[key] : undefined);
      if (given !== undefined) {
        out[key] = given;
        continue;
      }
      if (!prompt) {
        missing.push(`${QUESTIONS[key].flag} (${QUESTIONS[key].ask.toLowerCase()})`);
        continue;
      }
      const suggestion = stated[key];
      const reply = (await prompt.question(`${QUESTIONS[key].ask}${suggestion ? ` [${suggestion}]` : ''}: `)).trim();
      if (reply !== '') out[key] = reply;
      else if (suggestion !== undefined) out[key] = suggestion;
      else missing.push(QUESTIONS[key].flag);
    }
  } finally {
    prompt?.close();
  }
  if (missing.length > 0) {
    throw new AgentshelfError('E_USAGE', `The export does not state everything a config needs; give ${missing.join(', ')}.`);
  }
  return out as ShopAnswers;
}
