import type { CommandModule } from 'yargs';
import { DEFAULT_CONFIG } from '../common-options.js';
import { EXIT_CODES_HELP } from '../exit-codes.js';

export interface InitArgs {
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

/** Writes a commented config for an export: what the data states is read from it, the rest asked or flagged. */
export function initCommand(setExit: (code: number) => void): CommandModule<object, InitArgs> {
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
    // The importers and the detection are loaded when the command runs, so --help and --version start fast.
    handler: async (args) => setExit(await (await import('./init-run.js')).runInit(args)),
  };
}
