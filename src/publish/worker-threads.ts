import { existsSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker module `name` (without extension) that sits beside `moduleUrl`. Compiled (dist/), that
 * is `name.js`. Run from the TypeScript sources (the tests), Node 20 cannot load a .ts worker, so a small
 * bootstrap registers tsx (a devDependency) and imports `name.ts`.
 */
export function startWorker(moduleUrl: string, name: string, options: WorkerOptions): Worker {
  const limited: WorkerOptions = { ...options, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, ...options.resourceLimits } };
  const compiled = new URL(`./${name}.js`, moduleUrl);
  if (existsSync(compiled)) return new Worker(compiled, limited);
  const source = new URL(`./${name}.ts`, moduleUrl).href;
  return new Worker(FROM_SOURCE, { ...limited, argv: [...(options.argv ?? []), source] });
}

/**
 * A worker's young generation. V8's default lets each isolate's reach 48 MB; at 24 MB the peak RSS of a
 * million-variant build fell by about 40 MB with the run time within noise (bench/README.md).
 */
const YOUNG_GENERATION_MB = 24;

const FROM_SOURCE = new URL('./worker-from-source.mjs', import.meta.url);

/**
 * Whether the worker module can be started. It cannot when agentshelf has been bundled into a single file
 * by an application's bundler: the build then runs on one thread, with the same outputs.
 */
export function canStartWorker(moduleUrl: string, name: string): boolean {
  return existsSync(new URL(`./${name}.js`, moduleUrl)) || (existsSync(new URL(`./${name}.ts`, moduleUrl)) && existsSync(FROM_SOURCE));
}
