import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { RunResult } from '../pipeline/run-result.js';
import { unlessClosedPipe } from './closed-pipe.js';
import { exitCodeForResult } from './exit-codes.js';
import { colors } from './output.js';
import { formatSummary } from './summary.js';

export interface ReportArgs {
  /** Where the JSON report goes. */
  report: string;
  /** Print the JSON report on stdout. */
  json: boolean;
  /** Print nothing but a failure. */
  quiet: boolean;
}

/**
 * How every run command ends: the JSON report written, the summary (or, quiet, only a failure) on stderr, the
 * report on stdout with --json, the temporary files removed, and the exit code the result calls for.
 */
export async function reportResult(command: 'build' | 'validate' | 'verify' | 'check-links', result: RunResult, args: ReportArgs): Promise<number> {
  const reportPath = resolve(args.report);
  try {
    await result.writeReport(reportPath);
    if (!args.quiet) process.stderr.write(formatSummary(result, { command, reportPath, c: colors() }));
    else if (result.failure) process.stderr.write(`agentshelf ${command}: ${result.failure.message}\n`);
    if (args.json) await pipeline(createReadStream(reportPath), process.stdout, { end: false }).catch(unlessClosedPipe);
  } finally {
    await result.dispose();
  }
  return exitCodeForResult(result);
}
