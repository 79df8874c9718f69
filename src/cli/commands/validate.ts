import type { CommandModule } from 'yargs';
import { EXIT_CODES_HELP } from '../exit-codes.js';
import { catalogOptions, type CatalogArgs } from '../common-options.js';

export function validateCommand(setExit: (code: number) => void): CommandModule<object, CatalogArgs> {
  return {
    command: 'validate',
    describe: 'Check the catalog against the model and every channel\'s rules; write nothing but the report',
    builder: (y) =>
      catalogOptions(y)
        .example('$0 validate -c shop.config.json', 'check the catalog the config names')
        .example('$0 validate -c shop.config.json -i export.csv --strict --json', 'check a CSV; exit 1 on any error; JSON report on stdout') 
        .epilogue(EXIT_CODES_HELP) as never,
    // The pipeline is loaded when the command runs, so --help and --version start fast.
    handler: async (args) => setExit(await (await import('./run-catalog-command.js')).runCatalogCommand('validate', args)),
  };
}
