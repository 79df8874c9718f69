import type { CommandModule } from 'yargs';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { InjectResult } from '../../publish/inject/index.js';
import { EXIT_CODES_HELP, EXIT_OK } from '../exit-codes.js';
import { colors, type Colors } from '../output.js';

interface Args {
  site: string;
  outputs?: string;
  map?: string;
  dryRun: boolean;
  quiet: boolean;
}

/** Findings printed under the summary; the rest are counted. */
const SHOWN = 20;

export function injectCommand(setExit: (code: number) => void): CommandModule<object, Args> {
  return {
    command: 'inject',
    describe: "Put each product's published JSON-LD into its page of a static site, and the site's into the home page",
    builder: (y) =>
      y
        .option('site', { type: 'string', demandOption: true, describe: 'The folder of the static site (its .html pages are edited in place)' })
        .option('outputs', { type: 'string', describe: 'The folder agentshelf build published (default: --site, for a build written into the site root)' })
        .option('map', { type: 'string', describe: 'A JSON file of page path (relative to --site) to product id, for pages not found otherwise' })
        .option('dry-run', { type: 'boolean', default: false, describe: 'Say what would change, write nothing' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but failures' })
        .example('$0 inject --site public', 'after agentshelf build -o public: every product page gets its JSON-LD')
        .example('$0 inject --site dist --outputs dist/agentshelf --map pages.json --dry-run', 'a build in a subfolder, some pages mapped by hand; write nothing')
        .epilogue(EXIT_CODES_HELP) as never,
    handler: async (args) => {
      const { injectJsonLd, readPageMap } = await import('../../publish/inject/index.js');
      const map = args.map !== undefined ? await readPageMap(args.map) : undefined;
      const result = await injectJsonLd({ site: args.site, ...(args.outputs !== undefined ? { outputs: args.outputs } : {}), ...(map ? { map } : {}), dryRun: args.dryRun });
      if (!args.quiet) process.stderr.write(formatInjectSummary(result, { dryRun: args.dryRun, c: colors() }));
      setExit(EXIT_OK);
    },
  };
}

export function formatInjectSummary(result: InjectResult, options: { dryRun: boolean; c: Colors }): string {
  const { c } = options;
  const would = options.dryRun ? ' (dry run: nothing written)' : '';
  const lines = [
    `${c.bold('agentshelf inject')}: ${result.pages} pages · ${result.injected} injected · ${result.replaced} replaced · ${result.unchanged} unchanged · ${result.unmatched} unmatched${would}`,
  ];
  const shown = [...result.diagnostics].sort((a, b) => rank(a) - rank(b)).slice(0, SHOWN);
  for (const d of shown) {
    const where = [d.origin?.file, d.productId && `product ${d.productId}`].filter(Boolean).join(', ');
    const label = d.severity === 'error' ? c.red(d.severity) : d.severity === 'warning' ? c.yellow(d.severity) : c.dim(d.severity);
    lines.push(`  ${label} ${d.ruleId}: ${d.message}${where ? c.dim(` (${where})`) : ''}`);
  }
  if (result.diagnostics.length > shown.length) lines.push(c.dim(`  … and ${result.diagnostics.length - shown.length} more findings`));
  return `${lines.join('\n')}\n`;
}

function rank(d: Diagnostic): number {
  return d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2;
}
