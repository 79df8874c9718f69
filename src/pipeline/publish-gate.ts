import type { ErrorCode } from '../model/errors.js';
import type { ResolvedPublish } from '../model/resolved-config.js';
import type { RunReport } from '../publish/run-report.js';
import type { RunState } from '../publish/run-state.js';

export interface RunFailure {
  code: ErrorCode;
  message: string;
}

/** A run the gate refuses: the data may be right, but it differs too much from what is published to go out unattended. */
export const REFUSED = 'E_PUBLISH_REFUSED';

/**
 * Whether the staged outputs may be published. Outputs that contradict each other are never published; nor,
 * under --strict, outputs with any error; nor an empty catalog over whatever was there before. Then the
 * gate against the last published run (unless forced): a bad hour of a shop's API must not replace a full
 * feed with half of one, or with a catalog mostly left out as invalid.
 */
export function publishGate(input: { parityFindings: number; strict: boolean; report: RunReport; previous?: RunState; limits: ResolvedPublish; force: boolean }): RunFailure | undefined {
  if (input.parityFindings > 0) return { code: 'E_PARITY', message: `${input.parityFindings} parity finding(s): the outputs disagree, so nothing was published.` };
  const strict = input.strict ? strictFailure(input.report) : undefined;
  if (strict) return strict;
  const { counts } = input.report;
  if (counts.products.published === 0) return { code: 'E_EMPTY_CATALOG', message: 'No product could be published; the previous outputs are kept.' };
  if (input.force || !input.previous) return undefined;
  return driftFailure(input.previous, counts, input.limits);
}

/** The gate's comparison with the last published run, shared by build and validate. */
export function driftFailure(previous: RunState, counts: RunReport['counts'], limits: ResolvedPublish): RunFailure | undefined {
  const before = previous.variants.published;
  const after = counts.variants.published;
  if (before > 0 && after < before && (before - after) / before > limits.maxVariantDrop) {
    return {
      code: REFUSED,
      message: `The run would publish ${after.toLocaleString('en-US')} variants where ${before.toLocaleString('en-US')} are published (${percent((before - after) / before)} fewer; publish.maxVariantDrop is ${percent(limits.maxVariantDrop)}). The published outputs are kept; check the input, or pass --force if the catalog really shrank.`,
    };
  }
  const share = (leftOut: number, read: number) => (read > 0 ? leftOut / read : 0);
  const was = share(previous.products.leftOut, previous.products.read);
  const now = share(counts.products.read - counts.products.published, counts.products.read);
  if (now > limits.maxInvalidShare && was <= limits.maxInvalidShare) {
    return {
      code: REFUSED,
      message: `${percent(now)} of the products are left out as invalid, up from ${percent(was)} in the published run (publish.maxInvalidShare is ${percent(limits.maxInvalidShare)}). The published outputs are kept; see the report, or pass --force.`,
    };
  }
  return undefined;
}

/** Under --strict, any error fails the run. */
export function strictFailure(report: RunReport): RunFailure | undefined {
  return report.severities.error > 0 ? { code: 'E_STRICT', message: `${report.severities.error} error(s) were found and --strict is set.` } : undefined;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10} %`;
}
