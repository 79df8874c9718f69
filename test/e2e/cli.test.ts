import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, DEMO_CONFIG, ROOT, runCli, tempDir } from '../support/run-cli.js';

// The exit-code cases run in process (src/cli/main.test.ts); these start the real binary, as a user or cron does.
describe('the agentshelf binary', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
  });
  afterAll(() => dir.remove());

  it('shows examples and exit codes, and exits 2 on a usage error', async () => {
    const help = await runCli(['build', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Examples:/);
    expect(help.stdout).toMatch(/Exit codes:/);
    const usage = await runCli(['build', '--bogus']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^agentshelf: Unknown argument/);
  });

  it.each(['--version', '--help', 'build --help'])('%s loads no pipeline, channel or publishing code', async (command) => {
    const record = join(dir.path, `imports-${command.replace(/\W/g, '')}.txt`);
    const result = await runCli(command.split(' '), { env: { AGENTSHELF_RECORD_IMPORTS: record }, node: ['--import', join(ROOT, 'test/support/record-imports.mjs')] });
    expect(result.code, result.stderr).toBe(0);
    const loaded = [...new Set(readFileSync(record, 'utf8').split('\n'))].filter((url) => url.includes('/dist/')).map((url) => url.slice(url.indexOf('/dist/') + 6));
    expect(loaded).toContain('cli/main.js');
    expect(loaded.filter((path) => /^(channels|formats|enrich|publish|validate|config)\//.test(path) || (path.startsWith('pipeline/') && path !== 'pipeline/version.js'))).toEqual([]);
  });

  // 137 KB of JSON report is more than a pipe holds, so the reader closing after one byte makes a write fail.
  it.each([
    ['validate --json', ['validate', '-c', DEMO_CONFIG, '--json', '--report-info', 'all'], 0],
    ['rules', ['rules'], 0],
  ])('%s piped into head ends quietly with its own exit code', (_, args, code) => {
    const quoted = [BIN, ...args].map((a) => `'${a}'`).join(' ');
    const result = spawnSync('bash', ['-c', `set -o pipefail; '${process.execPath}' ${quoted} | head -c 1 >/dev/null`], { cwd: dir.path, encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/EPIPE|Error|at /);
    expect(result.status).toBe(code);
  });
});
