import type { CommandModule } from 'yargs';
import { DEFAULT_REPORT, nowArg } from '../common-options.js';
import { EXIT_CODES_HELP } from '../exit-codes.js';

interface Args {
  out: string;
  now?: string;
  json: boolean;
  report: string;
  quiet: boolean;
}

export function verifyCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'verify',
    describe: 'Read a published folder back and check that its outputs agree on every price, currency, availability and URL',
    builder: (y) =>
      y
        .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'The published output folder' })
        .option('now', { type: 'string', describe: 'The instant sale windows are judged at (ISO 8601); default: now' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the JSON report on stdout' })
        .option('report', { type: 'string', default: DEFAULT_REPORT, describe: 'Where to write the JSON report' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but failures' })
        .example('$0 verify --out public', 'check a published folder after a deploy')
        .epilogue(EXIT_CODES_HELP) as never,
    handler: async (args) => {
      const now = nowArg(args.now);
      const [{ verifyOutputs }, { reportResult }] = await Promise.all([import('../../pipeline/verify.js'), import('../report-result.js')]);
      setExit(await reportResult('verify', await verifyOutputs({ out: args.out, ...(now ? { now } : {}) }), args));
    },
  };
}
