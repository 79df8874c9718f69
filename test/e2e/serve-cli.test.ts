import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, DEMO_CONFIG, DEMO_NOW, ROOT, runCli, tempDir } from '../support/run-cli.js';

describe('agentshelf serve, the command', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
    const built = await runCli(['build', '-c', DEMO_CONFIG, '-o', join(dir.path, 'public'), '--now', DEMO_NOW, '-q', '--report', join(dir.path, 'r.json')]);
    expect(built.code, built.stderr).toBe(0);
  }, 60_000);
  afterAll(() => dir.remove());

  it('serves until SIGTERM, then stops cleanly with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--dir', join(dir.path, 'public'), '--port', '0'], { cwd: ROOT });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        stderr += d;
        const match = / on (http:\/\/\S+) /.exec(stderr);
        if (match) resolve(match[1]!);
      });
      child.on('close', () => reject(new Error(stderr)));
    });
    const profile = await request(`${url}/.well-known/ucp`);
    expect(profile.statusCode).toBe(200);
    expect(JSON.parse(await profile.body.text()).ucp.version).toBe('2026-08-25');
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
    expect(stderr).toMatch(/SIGTERM, stopping/);
  });

  it.each([
    ['a folder that is not a published build', ['--dir', ROOT], 1, /has no agentshelf\.json/],
    ['a port that is not one', ['--dir', '.', '--port', '70000'], 2, /--port must be a port number/],
    ['no --dir', [], 2, /Missing required argument: dir/],
  ])('answers %s with a plain message', async (_, args, code, message) => {
    const result = await runCli(['serve', ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
  });
});
