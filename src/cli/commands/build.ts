import type { CommandModule } from 'yargs';
import { EXIT_CODES_HELP } from '../exit-codes.js';
import { catalogOptions, type CatalogArgs } from '../common-options.js';

type Args = CatalogArgs & { out?: string; site?: string; checkLinks?: boolean; wait?: number; cache?: boolean };

export function buildCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'build',
    describe: 'Validate the catalog and publish every output into --out, atomically',
    builder: (y) =>
      catalogOptions(y)
        .option('out', { alias: 'o', type: 'string', describe: 'Output folder, replaced as a whole on success (default: the config\'s "out")' })
        .option('site', { type: 'string', conflicts: 'out', describe: 'A built site to write the outputs into, at its root: its own files are kept, and a run that would overwrite one is refused' })
        .option('check-links', { type: 'boolean', default: false, describe: 'Check every product and image URL before publishing (see the config\'s "links")' })
        .option('wait', { type: 'number', describe: 'Seconds to wait for another run publishing to the same folder, instead of failing at once' })
        .option('cache', {
          type: 'boolean',
          default: true,
          describe: 'Keep what each product rendered to beside the run state, so the next run renders only changed products; --no-cache neither reads nor writes it (the outputs are the same)',
        })
        .example('$0 build --config shop.config.json', 'build every output the config describes')
        .example('$0 build -c shop.config.json -i catalog.ndjson -o public', 'build from another catalog into another folder')
        .example('$0 build -c shop.config.json --channels google --strict', 'only the Google feed (the other outputs stay as they are); fail on any error')
        .example('$0 build -c shop.config.json --wait 600 -q', 'from cron: queue behind a run still publishing, print only failures')
        .example('$0 build -c shop.config.json --site dist', 'write the outputs into the built site in dist/, beside its pages')
        .example('$0 build -c shop.config.json --force', 'publish a catalog that really shrank, past the publish gate') 
        .epilogue(EXIT_CODES_HELP) as never,
    // The pipeline is loaded when the command runs, so --help and --version start fast.
    handler: async (args) => setExit(await (await import('./run-catalog-command.js')).runCatalogCommand('build', args)),
  };
}
