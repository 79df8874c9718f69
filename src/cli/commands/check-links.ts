import type { CommandModule } from 'yargs';
import { DEFAULT_REPORT, loadConfigArg } from '../common-options.js';
import { EXIT_CODES_HELP } from '../exit-codes.js';

interface Args {
  out: string;
  config?: string;
  concurrency?: number;
  perHost?: number;
  timeout?: number;
  json: boolean;
  report: string;
  quiet: boolean;
}

export function checkLinksCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'check-links',
    describe: 'Check every product and image URL a published folder names (4xx, 5xx, redirect chains, content types)',
    builder: (y) =>
      y
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'The published output folder' })
        .option('config', { alias: 'c', type: 'string', describe: 'Shop config file, for the "links" settings and the cache folder' })
        .option('concurrency', { type: 'number', describe: 'Checks in flight at once (default: links.concurrency, 16)' })
        .option('per-host', { type: 'number', describe: 'Checks in flight per host (default: links.perHost, 4)' })
        .option('timeout', { type: 'number', describe: 'Milliseconds to connect and to get headers (default: links.timeoutMs, 10000)' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the JSON report on stdout' })
        .option('report', { type: 'string', default: DEFAULT_REPORT, describe: 'Where to write the JSON report' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but failures' })
        .example('$0 check-links -o public -c shop.config.json', 'check the links of a published folder; results are cached for links.cacheHours')
        .example('$0 check-links -o public -c shop.config.json --per-host 2 --timeout 5000', 'gentler on a small server')
        .epilogue(EXIT_CODES_HELP) as never,
    handler: async (args) => {
      const { config } = await loadConfigArg(args.config);
      const links = { ...config.links };
      if (args.concurrency !== undefined) links.concurrency = args.concurrency;
      if (args.perHost !== undefined) links.perHost = args.perHost;
      if (args.timeout !== undefined) links.timeoutMs = args.timeout;
      const [{ checkPublishedLinks }, { reportResult }] = await Promise.all([import('../../pipeline/check-links.js'), import('../report-result.js')]);
      setExit(await reportResult('check-links', await checkPublishedLinks({ out: args.out, config: { ...config, links } }), args));
    },
  };
}
