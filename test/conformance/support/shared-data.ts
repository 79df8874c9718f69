// Helpers for conformance suites that read the official files in ../shared/data.
// Those files sit beside the checkout on every developer machine and CI runner,
// but are never shipped (see ../shared/README.md, "In tests"): a suite that needs
// them must run when CI=true, and outside CI it may skip but must say why.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

// This file lives at <root>/test/conformance/support/, so the project root is
// three levels up. Resolving from the file (not process.cwd()) keeps the path
// right when vitest is started from another directory.
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Absolute path of `<project root>/../shared/data`. */
export const SHARED_DATA_DIR = path.resolve(PROJECT_ROOT, '..', 'shared', 'data');

export function sharedDataAvailable(): boolean {
  try {
    return statSync(SHARED_DATA_DIR).isDirectory();
  } catch {
    return false;
  }
}

export type ConformanceMode = 'run' | 'fail' | 'skip';

/**
 * What a conformance suite does for a given data availability and environment.
 * Split out of describeConformance so the CI rule can be tested without hiding
 * the real data folder.
 */
export function conformanceMode(dataAvailable: boolean, env: NodeJS.ProcessEnv = process.env): ConformanceMode {
  if (dataAvailable) return 'run';
  // GitHub Actions and most CI services set CI=true; the README makes the suite mandatory there.
  return env.CI === 'true' ? 'fail' : 'skip';
}

// One warning per suite name, however many times a file is collected in a run.
const warnedSuites = new Set<string>();

/**
 * `describe(name, fn)` when ../shared/data exists. Without it, fail in CI and
 * skip (with one console.warn explaining why) elsewhere.
 */
export function describeConformance(name: string, fn: () => void): void {
  switch (conformanceMode(sharedDataAvailable())) {
    case 'run':
      describe(name, fn);
      return;
    case 'fail':
      describe(name, () => {
        it('requires ../shared/data', () => {
          throw new Error(
            `conformance suite "${name}" cannot run: ../shared/data not found at ${SHARED_DATA_DIR}; ` +
              'it is required in CI (CI=true). Check out the shared data beside the project.',
          );
        });
      });
      return;
    case 'skip':
      if (!warnedSuites.has(name)) {
        warnedSuites.add(name);
        console.warn(`conformance suite "${name}" skipped: ../shared/data not found at ${SHARED_DATA_DIR}; it runs in CI`);
      }
      // fn is deliberately not collected: a suite body that reads shared files
      // while collecting would otherwise crash the very run we mean to skip.
      describe.skip(name, () => {
        it('needs ../shared/data', () => {});
      });
      return;
  }
}
