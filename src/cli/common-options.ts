import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import type { LoadedConfig } from '../config/load-config.js';
import { AgentshelfError } from '../model/errors.js';
import type { InputSpec } from '../sources/read-inputs.js';
import { formatNames } from '../sources/formats.js';
import { registerImporters } from '../sources/importers/index.js';

export const DEFAULT_CONFIG = 'agentshelf.config.json';
export const DEFAULT_REPORT = 'agentshelf-report.json';
/** More threads than this cannot help: a build has about a dozen channels to spread (pipeline/lane-plan.ts). */
const MAX_THREADS = 64;

export interface CatalogArgs {
  config?: string;
  input?: string[];
  format?: string;
  channels?: string[];
  strict: boolean;
  json: boolean;
  report: string;
  now?: string;
  quiet: boolean;
  threads?: number;
  force: boolean;
  state?: string;
  reportInfo: 'summary' | 'all';
}

/** Info findings the JSON report lists per rule under --report-info summary (the default). */
export const INFO_LISTED_PER_RULE = 100;

/** The options every catalog command shares. */
export function catalogOptions<T>(y: Argv<T>) {
  return y
    .option('config', { alias: 'c', type: 'string', describe: `Shop config file (default: ./${DEFAULT_CONFIG})` })
    .option('input', { alias: 'i', type: 'string', array: true, describe: 'Catalog file(s); replaces the config\'s "inputs"' })
    .option('format', {
      type: 'string',
      describe: `Input format, when it cannot be told from the name, URL or content: ${knownFormats()}`,
    })
    .option('channels', {
      type: 'string',
      describe: 'Comma-separated channels to run (default: all)',
      coerce: (value: string | string[]) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean),
    })
    .option('strict', { type: 'boolean', default: false, describe: 'Fail the run (exit 1, publish nothing) on any error finding' })
    .option('json', { type: 'boolean', default: false, describe: 'Print the full JSON report on stdout' })
    .option('report', { type: 'string', default: DEFAULT_REPORT, describe: 'Where to write the JSON report (never inside --out)' })
    .option('now', { type: 'string', describe: 'The instant sale windows are judged against (ISO 8601); default: the config\'s "now", else the current time' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Print nothing but errors' })
    .option('threads', {
      type: 'number',
      describe: 'Threads to spread the channels over, 1 to 64; the outputs and report are the same on any number (default: the machine\'s cores)',
      coerce: (value: number) => {
        if (!Number.isInteger(value) || value < 1 || value > MAX_THREADS) throw new Error(`--threads must be a whole number from 1 to ${MAX_THREADS}, not ${String(value)}.`);
        return value;
      },
    })
    .option('force', { type: 'boolean', default: false, describe: 'Publish even when the publish gate would refuse (far fewer variants or far more invalid products than the last published run)' })
    .option('state', { type: 'string', describe: 'Folder of the run state the publish gate compares with (default: beside the output folder)' })
    .option('report-info', {
      choices: ['summary', 'all'] as const,
      default: 'summary' as const,
      describe: `Info findings in the JSON report: summary lists ${INFO_LISTED_PER_RULE} per rule and counts the rest; all lists every one`,
    });
}

function knownFormats(): string {
  registerImporters();
  return formatNames().join(', ');
}

/** The config a command names, else ./agentshelf.config.json. The loader (Ajv and the schema) is loaded here, not at start-up. */
export async function loadConfigArg(path: string | undefined): Promise<LoadedConfig> {
  const file = path ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  if (file !== undefined) return (await import('../config/load-config.js')).loadConfigFile(file);
  throw new AgentshelfError('E_CONFIG_NOT_FOUND', `No config file: pass --config FILE or create ./${DEFAULT_CONFIG} (see the README).`);
}

export function inputsArg(args: CatalogArgs): InputSpec[] | undefined {
  if (!args.input || args.input.length === 0) {
    if (args.format !== undefined) throw new AgentshelfError('E_USAGE', '--format applies to the files given with --input; for the config\'s inputs, set "format" on each input in the config.');
    return undefined;
  }
  // URLs are read over HTTP as they are; paths are made absolute.
  return args.input.map((path) => ({ path: /^https?:\/\//i.test(path) ? path : resolve(path), ...(args.format ? { format: args.format } : {}) }));
}

export function nowArg(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new AgentshelfError('E_USAGE', `--now must be an ISO 8601 date-time, not "${value}".`);
  return date;
}
