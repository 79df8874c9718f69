import { existsSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker module `name` (without extension) that sits beside `moduleUrl`. Compiled (dist/), that
 * is `name.js`. Run from the TypeScript sources (the tests), Node 20 cannot load a .ts worker, so a small
 * bootstrap registers tsx (a devDependency) and imports `name.ts`.
 */
export function startWorker(moduleUrl: string, name: string, options: WorkerOptions): Worker {
  const compiled = new URL(`./${name}.js`, moduleUrl);
  if (existsSync(compiled)) return new Worker(compiled, options);
  const source = new URL(`./${name}.ts`, moduleUrl).href;
  return new Worker(new URL('./worker-from-source.mjs', import.meta.url), { ...options, argv: [...(options.argv ?? []), source] });
}
