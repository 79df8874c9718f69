import type { RunReport } from '../publish/run-report.js';

export interface RunFailure {
  code: string;
  message: string;
}

/**
 * Whether the staged outputs may be published. Outputs that contradict each other are never published;
 * nor, under --strict, outputs with any error; nor an empty catalog over whatever was there before.
 */
export function publishGate(input: { parityFindings: number; strict: boolean; report: RunReport }): RunFailure | undefined {
  if (input.parityFindings > 0) return { code: 'E_PARITY', message: `${input.parityFindings} parity finding(s): the outputs disagree, so nothing was published.` };
  if (input.strict) {
    const failure = strictFailure(input.report);
    if (failure) return failure;
  }
  if (input.report.counts.products.published === 0) return { code: 'E_EMPTY_CATALOG', message: 'No product could be published; the previous outputs are kept.' };
  return undefined;
}

/** Under --strict, any error fails the run. */
export function strictFailure(report: RunReport): RunFailure | undefined {
  return report.severities.error > 0 ? { code: 'E_STRICT', message: `${report.severities.error} error(s) were found and --strict is set.` } : undefined;
}
