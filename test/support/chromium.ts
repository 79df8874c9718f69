import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

/** Debian's Chromium, installed by .ci/run (apt-get install -y chromium); never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless, sandbox-less (root in CI) Chromium on a machine with no outside network. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let warned = false;

/** Runs browser tests where Chromium exists; in CI its absence is a failure, elsewhere a skip that says why. */
export function describeWithChromium(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM)) {
    describe(name, fn);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it(`needs Chromium at ${CHROMIUM}`, () => {
        throw new Error(`${CHROMIUM} is missing; .ci/run must apt-get install -y chromium`);
      });
    });
    return;
  }
  if (!warned) {
    console.warn(`browser tests "${name}" skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium); they run in CI`);
    warned = true;
  }
  describe.skip(name, fn);
}
