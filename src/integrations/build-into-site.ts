import { resolve } from 'node:path';
import { loadConfigFile } from '../config/load-config.js';
import { AgentshelfError } from '../model/errors.js';
import { buildCatalog } from '../pipeline/build.js';
import { injectJsonLd, type InjectResult } from '../publish/inject/index.js';

/** What every framework integration takes: the shop's config, and where agentshelf writes its report. */
export interface IntegrationOptions {
  /** Path to agentshelf.config.json; a relative path resolves against the framework project's root. */
  config: string;
  /** The instant sale windows are judged at; the config's `now`, else the time of the build. */
  now?: Date;
  /** Print nothing on success (failures still fail the framework's build). */
  quiet?: boolean;
  /** Where lines go; console.log when absent (each framework passes its own logger). */
  log?: (line: string) => void;
  /** Also write the JSON run report there (every diagnostic); none when absent. */
  report?: string;
}

export interface BuildIntoSiteOptions extends IntegrationOptions {
  /** The framework's output folder: a built site, which the outputs go into at its root. */
  site: string;
}

export interface BuildIntoSiteResult {
  /** Always true: a build that does not publish throws. */
  ok: true;
  /** The site folder, absolute. */
  site: string;
  products: { published: number; leftOut: number };
  variants: { published: number };
  /** Findings of the build by severity (in the JSON report when `report` is set). */
  diagnostics: { error: number; warning: number; info: number };
  /** How the JSON-LD went into the site's pages. */
  inject: InjectResult;
}

/** Error findings named in the message of a failed build, so the framework's log says what went wrong. */
const ERRORS_SHOWN = 5;

/**
 * Runs agentshelf as the last step of a framework's build: builds the catalog into the built site's root
 * (keeping every file of the site, as `agentshelf build --site`), then puts each product's JSON-LD into the
 * page that shows it (`agentshelf inject`). A run that publishes nothing throws, so the framework's build fails
 * loudly instead of deploying a site without its feeds.
 */
export async function buildIntoSite(options: BuildIntoSiteOptions): Promise<BuildIntoSiteResult> {
  const site = resolve(options.site);
  const log = options.quiet ? () => undefined : (options.log ?? ((line: string) => console.log(line)));
  const { config } = await loadConfigFile(options.config);
  const result = await buildCatalog({ config, out: site, site: true, ...(options.now ? { now: options.now } : {}) });
  try {
    if (options.report) await result.writeReport(options.report);
    if (!result.published) {
      const errors: string[] = [];
      for await (const d of result.diagnostics()) {
        if (d.severity !== 'error') continue;
        errors.push(`  ${d.ruleId}${d.productId ? ` (${d.productId})` : ''}: ${d.message}`);
        if (errors.length === ERRORS_SHOWN) break;
      }
      const why = result.failure ? `${result.failure.message} [${result.failure.code}]` : 'the build did not publish.';
      throw new AgentshelfError('E_PUBLISH_REFUSED', [`agentshelf published nothing into ${site}: ${why}`, ...errors].join('\n'));
    }
    const { summary } = result;
    const inject = await injectJsonLd({ site });
    const severities = summary.diagnostics;
    log(
      `agentshelf: ${summary.products.published} products (${summary.variants.published} variants) published into ${site}; ` +
        `JSON-LD in ${inject.injected + inject.replaced + inject.unchanged} of ${inject.pages} pages` +
        (severities.error + severities.warning > 0 ? `; ${severities.error} errors, ${severities.warning} warnings` : ''),
    );
    for (const d of inject.diagnostics) if (d.severity !== 'info') log(`agentshelf: ${d.ruleId}${d.origin?.file ? ` ${d.origin.file}` : ''}: ${d.message}`);
    return {
      ok: true,
      site,
      products: { published: summary.products.published, leftOut: summary.products.leftOut },
      variants: { published: summary.variants.published },
      diagnostics: { error: severities.error, warning: severities.warning, info: severities.info },
      inject,
    };
  } finally {
    await result.dispose();
  }
}
