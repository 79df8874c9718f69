import type { ErrorCode } from '../model/errors.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { fixFor } from '../model/rule.js';
import type { SeverityOverrides } from '../model/severity-overrides.js';
import { RunReport, type ReportSummary } from '../publish/run-report.js';
import { ALL_RULES } from './rule-registry.js';
import { AGENTSHELF_VERSION } from './version.js';

/** What a run says of itself, besides its report. */
export interface RunOutcome {
  /** The run succeeded: for build, the outputs were published. */
  ok: boolean;
  /** Why the run failed, when it did because of the data (strict errors, an empty catalog, a parity finding). */
  failure?: { code: ErrorCode; message: string };
  published: boolean;
  out?: string;
  now: string;
}

export interface RunResult extends RunOutcome {
  summary: ReportSummary;
  /** Every diagnostic, in order, read back from the report's temporary file. */
  diagnostics(): AsyncIterable<Diagnostic>;
  /** Writes the JSON report. */
  writeReport(path: string): Promise<void>;
  /** Removes the temporary files behind diagnostics() and writeReport(). */
  dispose(): Promise<void>;
}

/**
 * The one way build, validate, verify and check-links run: the work reports into a fresh RunReport and says
 * how it went; the result carries the summary and the report. When the work throws, the report's temporary
 * files are removed before the error goes on.
 */
export async function runWithReport(options: { overrides?: SeverityOverrides; infoPerRule?: number }, work: (report: RunReport) => Promise<RunOutcome>): Promise<RunResult> {
  const report = await RunReport.create(options.overrides, options.infoPerRule !== undefined ? { infoPerRule: options.infoPerRule } : {});
  let outcome: RunOutcome;
  try {
    outcome = await work(report);
  } catch (error) {
    await report.dispose();
    throw error;
  }
  const summary = summaryOf(report);
  return {
    ...outcome,
    summary,
    diagnostics: () => report.diagnostics(),
    writeReport: (path) => report.writeTo(path, summary, { agentshelf: AGENTSHELF_VERSION, ok: outcome.ok, failure: outcome.failure, published: outcome.published, out: outcome.out, now: outcome.now }),
    dispose: () => report.dispose(),
  };
}

/** The summary with each systemic finding's cause, fix and page from the rule registry. */
function summaryOf(report: RunReport): ReportSummary {
  const summary = report.summary();
  const rules = new Map(ALL_RULES.map((rule) => [rule.meta.id, rule.meta]));
  for (const finding of summary.systemic) {
    const meta = rules.get(finding.ruleId);
    if (!meta) continue;
    finding.cause = meta.description;
    const fix = fixFor(meta, finding.pointer);
    if (fix !== undefined) finding.fix = fix;
    finding.docs = meta.docs;
  }
  return summary;
}
