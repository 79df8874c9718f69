import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CHANNELS, selectChannels } from '../channels/registry.js';
import { AgentshelfError } from '../model/errors.js';
import { abortPublish, beginPublish, commitPublish, MANIFEST_FILE, type PublishTarget } from '../publish/atomic-publish.js';
import { carryOver, type CarryOverResult } from '../publish/carry-over.js';
import { emptyChanges, type ChangeReport } from '../publish/changes.js';
import { FILE_LIST, parseFileListLine, writeFileList } from '../publish/file-list.js';
import { readLiveFolder } from '../publish/live-folder.js';
import { buildManifest } from '../publish/manifest.js';
import { outputMatcher } from '../publish/output-patterns.js';
import { FactTable } from '../publish/parity/fact-table.js';
import { checkParity } from '../publish/parity/parity-check.js';
import { canScanInWorker, scanInWorker } from '../publish/parity/scan-in-worker.js';
import type { RunReport } from '../publish/run-report.js';
import { cachePathOf, readRunState, statePathOf, writeRunState, type RunState } from '../publish/run-state.js';
import { installRenderCache } from '../publish/render-cache.js';
import { mergeWritten, StagingFolder } from '../publish/staging.js';
import { describeChanges, newlyInvalid } from './describe-changes.js';
import { checkLinksInto } from './check-links.js';
import { interrupted } from './interruptible.js';
import { runInstant, type BuildOptions } from './options.js';
import { publishGate } from './publish-gate.js';
import { reportOptionsOf } from './report-options.js';
import { lanePlanOf, parityWorkerChannels, runChannels, type ChannelsRan } from './run-channels.js';
import { runWithReport, type RunResult } from './run-result.js';
import { AGENTSHELF_VERSION } from './version.js';

/**
 * Builds every selected channel into a staging folder and publishes it atomically: the previous outputs
 * stay in place unless the whole run succeeds and the publish gate lets it through. Files whose content does
 * not change are kept as the published files; a run of some channels keeps the others' outputs; files
 * agentshelf did not write are kept.
 */
export async function buildCatalog(options: BuildOptions): Promise<RunResult> {
  const outDir = options.out ?? options.config.out;
  if (!outDir) throw new AgentshelfError('E_USAGE', 'No output folder: pass --out DIR or set "out" in the config.');
  const out = resolve(outDir);
  const now = runInstant(options);
  return runWithReport(reportOptionsOf(options), async (report) => {
    let target: PublishTarget | undefined;
    // A signal stops the catalog loop at once (interruptible); the staging folder and the lock go in the catch.
    try {
      target = await beginPublish(out, { ...(options.waitMs !== undefined ? { waitMs: options.waitMs } : {}), ...(options.signal ? { signal: options.signal } : {}), site: options.site === true });
      if (options.signal?.aborted) throw interrupted(options.signal);
      const published = await readLiveFolder(out);
      const statePath = statePathOf(out, options.stateDir);
      const previous = await readRunState(statePath);
      const staging = new StagingFolder(target.staging, { ...(published ? { live: published.live } : {}), spool: { dir: target.spool, writer: 'main' } });
      // The model's facts, for parity: also in a run without offer channels, which may keep others' offer outputs.
      const reference = new FactTable();
      const running = new Set(selectChannels(options.channels).map((c) => c.id));
      const kept = new Set((published?.manifest.channels ?? []).map((c) => c.id).filter((id) => !running.has(id) && CHANNELS.some((c) => c.id === id)));
      const memo = options.cache === false ? undefined : { dir: cachePathOf(out, options.stateDir), spool: target.spool };
      const ran = await runChannels({ options, out: staging, report, now, reference, kept, ...(memo ? { memo } : {}) });
      // What this run does not replace is carried over first, so that parity holds the whole folder to the model.
      // A site folder that does not exist yet holds no file of the site: the build creates it, as without --site.
      const ours = options.site && existsSync(out) ? await listedFiles(out) : undefined;
      const carried =
        published || ours
          ? await carryOver({
              live: out,
              staging,
              ranOutput: outputMatcher(ran.channels.flatMap((c) => c.outputs)),
              anyOutput: outputMatcher(CHANNELS.flatMap((c) => c.outputs)),
              ...(ours ? { isForeign: (path: string) => !ours.has(path) } : {}),
            })
          : NOTHING_CARRIED;
      if (carried.conflicts.length > 0) throw siteConflict(out, carried.conflicts);
      const changes = emptyChanges();
      if (ran.memo) changes.rendering = ran.memo;
      const parityFindings = await checkStagedParity(report, { options, root: target.staging, now, reference });
      reference.clear();
      if (published) await describeChanges({ live: out, staging: target.staging, items: new Map(report.summary().channels.map((c) => [c.id, c.items])), now: Date.parse(now), into: changes });
      newlyInvalid(changes, ran.invalid, previous);
      if (options.checkLinks) await checkLinksInto(report, { root: target.staging, config: options.config, now });
      const failure = publishGate({ parityFindings, strict: options.strict === true, report, ...(previous ? { previous } : {}), limits: options.config.publish, force: options.force === true });
      if (failure) {
        report.setChanges(changes);
        await abortPublish(target);
        return { ok: false, failure, published: false, out, now };
      }
      await finishStaging({ staging, spool: target.spool, ran, published, carried, report, changes });
      if (options.signal?.aborted) throw interrupted(options.signal);
      // What this run rendered becomes the cache once its outputs are complete; a run that fails or is killed before leaves the last cache.
      if (memo) await installRenderCache(memo.spool, memo.dir, lanePlanOf(options).length);
      await commitPublish(target);
      await writeRunState(statePath, stateOf(out, now, report, ran.invalid));
      return { ok: true, published: true, out, now };
    } catch (error) {
      if (target) await abortPublish(target).catch(() => undefined);
      if (options.signal?.aborted && !(error instanceof AgentshelfError && error.code === 'E_INTERRUPTED')) throw interrupted(options.signal);
      throw error;
    }
  });
}

const NOTHING_CARRIED: CarryOverResult = { kept: 0, removed: 0, notOurs: [], conflicts: [] };

/** The files the last build wrote into a site, from its file list: every other file there is the site's own. */
async function listedFiles(out: string): Promise<Set<string>> {
  const text = await readFile(join(out, FILE_LIST), 'utf8').catch(() => '');
  const paths = new Set<string>([MANIFEST_FILE, FILE_LIST]);
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      paths.add(parseFileListLine(line).path);
    } catch {
      // A damaged list names fewer files as ours: those are then kept as the site's, never overwritten.
    }
  }
  return paths;
}

function siteConflict(out: string, paths: string[]): AgentshelfError {
  const shown = paths.slice(0, 10).join(', ') + (paths.length > 10 ? ` and ${paths.length - 10} more` : '');
  const robots = paths.includes('robots.txt') ? ' For robots.txt, set robots.mergeWith to the site\'s file (agentshelf merges its section into it) or leave the robots channel out (--channels).' : '';
  return new AgentshelfError('E_OUT_NOT_OURS', `${out} has files of its own where agentshelf writes: ${shown}. They are kept and nothing was published; move or rename them, or leave out the channels that write them.${robots}`);
}

/** Completes the staging folder: the file list and the manifest (both kept as the published ones when they do not change). */
async function finishStaging(input: {
  staging: StagingFolder;
  spool: string;
  ran: ChannelsRan;
  published: Awaited<ReturnType<typeof readLiveFolder>>;
  carried: CarryOverResult;
  report: RunReport;
  changes: ChangeReport;
}): Promise<void> {
  const { staging, ran, published, carried, report, changes } = input;
  const ranIds = new Set(ran.channels.map((c) => c.id));
  staging.flushSpool();
  const list = staging.open(FILE_LIST);
  const listed = await writeFileList(input.spool, list);
  await list.close();
  // The main thread's outputs and the worker lanes' (they came back when the lanes closed), the carried files and the list.
  const withLane = () => (ran.written ? mergeWritten(staging.written(), ran.written) : staging.written());
  const manifest = buildManifest({
    channels: ran.channels,
    keptChannels: published?.manifest.channels.filter((c) => !ranIds.has(c.id) && CHANNELS.some((known) => known.id === c.id)) ?? [],
    written: withLane(),
    summary: report.summary(),
    version: AGENTSHELF_VERSION,
    listed,
    notOurs: carried.notOurs,
  });
  staging.writeFile(MANIFEST_FILE, manifest);
  // Every file of ours in the folder: the listed outputs, the list and the manifest. Carried files count as kept.
  const unchanged = withLane().unchanged;
  changes.files = { written: listed + 2 - unchanged, unchanged: unchanged - carried.kept, removed: carried.removed, kept: carried.kept, notOurs: carried.notOurs.length };
  report.setChanges(changes);
}

function stateOf(out: string, now: string, report: RunReport, invalid: ChannelsRan['invalid']): RunState {
  const { counts } = report;
  return {
    format: 1,
    out,
    publishedAt: now,
    products: { read: counts.products.read, published: counts.products.published, leftOut: counts.products.leftOut },
    variants: { read: counts.variants.read, published: counts.variants.published },
    invalid,
  };
}

/**
 * Reads the staged offer outputs back and compares them with the model's facts; with several threads the
 * outputs the worker lanes wrote are read in a worker. Returns the number of findings, which are in the report.
 */
async function checkStagedParity(report: RunReport, input: { options: BuildOptions; root: string; now: string; reference: FactTable }): Promise<number> {
  const { reference, root } = input;
  const now = Date.parse(input.now);
  const inWorker = parityWorkerChannels(lanePlanOf(input.options));
  const elsewhere = inWorker.size > 0 && canScanInWorker() ? { elsewhere: scanInWorker({ reference, root, now, channels: inWorker }) } : {};
  const parity = await checkParity({ root, now, reference, ...elsewhere });
  for (const d of parity.diagnostics) report.report(d);
  report.setParity({ outputs: parity.outputs, comparisons: parity.comparisons, findings: parity.diagnostics.length });
  return parity.diagnostics.length;
}
