import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { CommandModule } from 'yargs';
import { verifyOutputs } from '../../pipeline/build.js';
import { DEFAULT_REPORT, nowArg } from '../common-options.js';
import { EXIT_CODES_HELP, EXIT_FAILED, EXIT_OK } from '../exit-codes.js';
import { colors } from '../output.js';
import { formatSummary } from '../summary.js';

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
        .example('$0 verify --out public/agentshelf', 'check a published folder after a deploy')
        .epilogue(EXIT_CODES_HELP) as never,
    handler: async (args) => {
      const now = nowArg(args.now);
      const result = await verifyOutputs({ out: args.out, ...(now ? { now } : {}) });
      const reportPath = resolve(args.report);
      try {
        await result.writeReport(reportPath);
        if (!args.quiet) process.stderr.write(formatSummary(result, { command: 'verify', reportPath, c: colors() }));
        else if (result.failure) process.stderr.write(`agentshelf verify: ${result.failure.message}\n`);
        if (args.json) await pipeline(createReadStream(reportPath), process.stdout, { end: false });
      } finally {
        await result.dispose();
      }
      setExit(result.ok ? EXIT_OK : EXIT_FAILED);
    },
  };
}
