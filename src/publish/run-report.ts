import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, readdir, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ChangeReport } from './changes.js';
import { readLines } from './read-lines.js';
import type { ChannelSpec, ChannelSummary } from '../channels/channel.js';
import type { Diagnostic, DiagnosticSink, Severity } from '../model/diagnostic.js';
import { pointerPattern } from '../model/rule.js';
import { applySeverityOverride, NO_OVERRIDES, type SeverityOverrides } from '../model/severity-overrides.js';

export interface RuleTally {
  ruleId: string;
  severity: Severity;
  count: number;
  /** How many of them the report lists, when fewer than all (info findings past the per-rule cap are counted only). */
  listed?: number;
  /** The first few findings, for a readable summary. */
  examples: Diagnostic[];
}

/**
 * A finding most of the catalog shares: one rule at one place (variant indices folded) on more than half of
 * the products or variants read. Said once, with the fix, instead of as N copies of one error.
 */
export interface SystemicFinding {
  ruleId: string;
  severity: Severity;
  /** The pointer pattern, `/variants/*` for any variant; empty for findings about a whole item. */
  pointer: string;
  unit: 'products' | 'variants';
  count: number;
  of: number;
  /** What the rule checks (the registry's description), filled in by the pipeline. */
  cause?: string;
  /** How to fix it, when the rule names a fix. */
  fix?: string;
  /** The rule's page in docs/rules/. */
  docs?: string;
}

export interface ChannelReport extends ChannelSummary {
  id: string;
  spec: ChannelSpec;
}

export interface ParitySummary {
  outputs: Array<{ channel: string; path: string; variants: number }>;
  comparisons: number;
  findings: number;
}

export interface LinksSummary {
  urls: number;
  checked: number;
  fromCache: number;
  notChecked: number;
}

export interface ReportSummary {
  products: { read: number; published: number; leftOut: number };
  variants: { read: number; published: number; leftOut: number };
  unreadableRecords: number;
  /** Records the source left out on purpose (drafts, archived products). */
  skippedRecords: number;
  diagnostics: Record<Severity, number>;
  rules: RuleTally[];
  /** Problems shared by most of the catalog, largest first. */
  systemic: SystemicFinding[];
  channels: ChannelReport[];
  parity?: ParitySummary;
  links?: LinksSummary;
  /** What the run changes against the last published one (build). */
  changes?: ChangeReport;
}

const EXAMPLES_PER_RULE = 3;

/** Temporary report folders are named with their run's pid, so a later run can remove those of runs that died. */
export const REPORT_DIR_PREFIX = 'agentshelf-report-';

/** A line of the temporary file the report does not list (an info finding past its rule's cap). */
const UNLISTED = '~';

/**
 * The run report. Every diagnostic is appended to a temporary NDJSON file as it happens, so memory holds
 * counts and a few examples per rule however many findings a catalog has; the final JSON report is written
 * from that file at the end.
 */
export class RunReport implements DiagnosticSink {
  readonly counts: Omit<ReportSummary, 'rules' | 'systemic' | 'channels' | 'diagnostics'> = {
    products: { read: 0, published: 0, leftOut: 0 },
    variants: { read: 0, published: 0, leftOut: 0 },
    unreadableRecords: 0,
    skippedRecords: 0,
  };
  readonly severities: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly rules = new Map<string, RuleTally>();
  /** Findings by rule and pointer pattern, for the systemic ones. */
  private readonly spread = new Map<string, { ruleId: string; severity: Severity; pointer: string; unit: 'products' | 'variants'; count: number }>();
  private readonly channels: ChannelReport[] = [];
  private parity: ParitySummary | undefined;
  private links: LinksSummary | undefined;
  private changes: ChangeReport | undefined;
  private stream: WriteStream | undefined;
  private dir: string | undefined;
  private buffered: string[] = [];

  private constructor(
    private readonly overrides: SeverityOverrides,
    private readonly infoPerRule: number,
  ) {}

  /**
   * `overrides`: the merchant's severities by rule id (the config's "rules"), applied to every finding.
   * `infoPerRule`: how many info findings of one rule the JSON report lists; the rest are counted in the
   * summary (a 100k-variant catalog has hundreds of thousands of "HTML turned into text"). Errors and warnings
   * are always listed, and diagnostics() yields everything.
   */
  static async create(overrides: SeverityOverrides = NO_OVERRIDES, options: { infoPerRule?: number } = {}): Promise<RunReport> {
    await removeDeadRunsFolders();
    const report = new RunReport(overrides, options.infoPerRule ?? Number.POSITIVE_INFINITY);
    report.dir = await mkdtemp(join(tmpdir(), `${REPORT_DIR_PREFIX}${process.pid}-`));
    report.stream = createWriteStream(join(report.dir, 'diagnostics.ndjson'));
    return report;
  }

  report(reported: Diagnostic): void {
    const diagnostic = applySeverityOverride(reported, this.overrides);
    if (!diagnostic) return;
    this.severities[diagnostic.severity]++;
    let tally = this.rules.get(diagnostic.ruleId);
    if (!tally) {
      tally = { ruleId: diagnostic.ruleId, severity: diagnostic.severity, count: 0, examples: [] };
      this.rules.set(diagnostic.ruleId, tally);
    }
    tally.count++;
    if (tally.examples.length < EXAMPLES_PER_RULE) tally.examples.push(diagnostic);
    if (diagnostic.productId !== undefined && diagnostic.severity !== 'info') this.spreadOf(diagnostic);
    const listed = diagnostic.severity !== 'info' || tally.count <= this.infoPerRule;
    if (!listed) tally.listed = this.infoPerRule;
    this.buffered.push(listed ? JSON.stringify(diagnostic) : UNLISTED + JSON.stringify(diagnostic));
    if (this.buffered.length >= 512) this.flushBuffer();
  }

  addChannel(channel: ChannelReport): void {
    this.channels.push(channel);
  }

  setParity(parity: ParitySummary): void {
    this.parity = parity;
  }

  setLinks(links: LinksSummary): void {
    this.links = links;
  }

  setChanges(changes: ChangeReport): void {
    this.changes = changes;
  }

  summary(): ReportSummary {
    const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
    const rules = [...this.rules.values()].sort((a, b) => order[a.severity] - order[b.severity] || b.count - a.count || a.ruleId.localeCompare(b.ruleId));
    return {
      ...structuredClone(this.counts),
      diagnostics: { ...this.severities },
      rules,
      systemic: this.systemic(),
      channels: [...this.channels],
      ...(this.parity ? { parity: this.parity } : {}),
      ...(this.links ? { links: this.links } : {}),
      ...(this.changes ? { changes: this.changes } : {}),
    };
  }

  private spreadOf(diagnostic: Diagnostic): void {
    const pointer = pointerPattern(diagnostic.pointer ?? '');
    const unit = diagnostic.variantId !== undefined || pointer.startsWith('/variants/*') ? 'variants' : 'products';
    const key = `${diagnostic.ruleId}\u0000${pointer}\u0000${unit}`;
    const entry = this.spread.get(key);
    if (entry) entry.count++;
    else this.spread.set(key, { ruleId: diagnostic.ruleId, severity: diagnostic.severity, pointer, unit, count: 1 });
  }

  /** Findings on more than half of the products (or variants) read. */
  private systemic(): SystemicFinding[] {
    const out: SystemicFinding[] = [];
    for (const entry of this.spread.values()) {
      const of = entry.unit === 'products' ? this.counts.products.read : this.counts.variants.read;
      if (of === 0 || entry.count * 2 <= of) continue;
      out.push({ ...entry, count: Math.min(entry.count, of), of });
    }
    return out.sort((a, b) => b.count / b.of - a.count / a.of || a.ruleId.localeCompare(b.ruleId) || a.pointer.localeCompare(b.pointer));
  }

  /** Every diagnostic, in the order reported. */
  async *diagnostics(): AsyncGenerator<Diagnostic> {
    for await (const line of this.lines()) yield JSON.parse(line.startsWith(UNLISTED) ? line.slice(1) : line) as Diagnostic;
  }

  private async *lines(): AsyncGenerator<string> {
    await this.drain();
    if (!this.dir) return;
    yield* readLines(join(this.dir, 'diagnostics.ndjson'));
  }

  /** Writes the JSON report (head fields, summary, then every diagnostic) atomically to `path`. */
  async writeTo(path: string, summary: ReportSummary, head: Record<string, unknown>): Promise<void> {
    await this.drain();
    const temp = join(dirname(path), `.${process.pid}.agentshelf-report.tmp`);
    const out = createWriteStream(temp);
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    const body = { ...head, summary };
    await write(`${JSON.stringify(body, null, 2).slice(0, -2)},\n  "diagnostics": [`);
    // The temporary file already holds one JSON diagnostic per line: copy the lines, do not parse them again.
    let first = true;
    for await (const line of this.lines()) {
      if (line.startsWith(UNLISTED)) continue;
      await write(`${first ? '\n' : ',\n'}    ${line}`);
      first = false;
    }
    await write(`${first ? '' : '\n  '}]\n}\n`);
    out.end();
    await once(out, 'close');
    await rename(temp, path);
  }

  async dispose(): Promise<void> {
    if (this.stream) {
      this.stream.end();
      await once(this.stream, 'close').catch(() => undefined);
      this.stream = undefined;
    }
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }

  private flushBuffer(): void {
    if (this.buffered.length === 0) return;
    const text = `${this.buffered.join('\n')}\n`;
    this.buffered = [];
    this.stream?.write(text);
  }

  private async drain(): Promise<void> {
    this.flushBuffer();
    if (this.stream && this.stream.writableNeedDrain) await once(this.stream, 'drain');
    if (this.stream) await new Promise<void>((resolve, reject) => this.stream!.write('', (e) => (e ? reject(e) : resolve())));
  }
}

/** Removes the temporary report folders of runs that died (killed before they could remove their own). */
async function removeDeadRunsFolders(): Promise<void> {
  const names = await readdir(tmpdir()).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(REPORT_DIR_PREFIX)) continue;
    const pid = Number(/^agentshelf-report-(\d+)-/.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    await rm(join(tmpdir(), name), { recursive: true, force: true }).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
