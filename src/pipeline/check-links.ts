import type { ResolvedConfig } from '../model/resolved-config.js';
import { checkLinks } from '../publish/links/check-links.js';
import type { RunReport } from '../publish/run-report.js';
import { linkCacheFile, publishedFolder } from './published-folder.js';
import { runWithReport, type RunResult } from './run-result.js';

/** Checks every product and image URL a published folder names. */
export async function checkPublishedLinks(options: { out: string; config: ResolvedConfig; now?: Date }): Promise<RunResult> {
  const out = await publishedFolder(options.out);
  const now = (options.now ?? new Date()).toISOString();
  return runWithReport({}, async (report) => {
    await checkLinksInto(report, { root: out, config: options.config, now });
    const ok = report.severities.error === 0;
    return { ok, ...(ok ? {} : { failure: { code: 'E_LINKS', message: `${report.severities.error} link(s) are broken.` } }), published: false, out, now };
  });
}

/** Checks the links of the outputs under `root` and puts the findings and counts into the report (build and check-links). */
export async function checkLinksInto(report: RunReport, input: { root: string; config: ResolvedConfig; now: string }): Promise<void> {
  const links = await checkLinks({ root: input.root, links: input.config.links, cacheFile: linkCacheFile(input.config), now: Date.parse(input.now) });
  for (const d of links.diagnostics) report.report(d);
  report.setLinks({ urls: links.urls, checked: links.checked, fromCache: links.fromCache, notChecked: links.notChecked });
}
