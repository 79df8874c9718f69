import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CONFIG, ROOT, runCli, tempDir } from '../support/run-cli.js';

/** The agentshelf arguments of the command line in a scheduling example. */
function commandIn(file: string): string[] {
  const line = readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .find((l) => !l.trimStart().startsWith('#') && /npx .*agentshelf build /.test(l));
  if (!line) throw new Error(`${file} has no agentshelf build line`);
  return line.slice(line.indexOf('agentshelf build ') + 'agentshelf '.length).trim().split(/\s+/);
}

// The README, the crontab and the systemd unit tell merchants what to run unattended: each runs here, on the
// demo shop (its config and folders swapped in), and does what its comments say.
describe('the scheduling examples run as written', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  it.each(['README.md', 'examples/cron/crontab', 'examples/systemd/agentshelf.service'])('%s', async (file) => {
    const args = commandIn(file).map((arg) => (arg === 'agentshelf.config.json' ? DEMO_CONFIG : arg.startsWith('/var/log/agentshelf/') ? join(dir.path, 'report.json') : arg));
    expect(args).toEqual(expect.arrayContaining(['build', '--wait', '-q']));
    const out = join(dir.path, file.replace(/\W/g, '-'));
    const first = await runCli([...args, '-o', out]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    const again = await runCli([...args, '-o', out]);
    expect(again.code, again.stderr).toBe(0);
  });
});
