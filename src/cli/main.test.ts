import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_CONFIG, DEMO_NOW, ROOT, tempDir } from '../../test/support/run-cli.js';
import { main } from './main.js';

const BROKEN_CONFIG = join(ROOT, 'test/fixtures/broken-shop.config.json');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() in this process, with what it writes to stdout and stderr captured (yargs prints help with console.log). */
async function run(args: string[]): Promise<Run> {
  const captured = { stdout: '', stderr: '' };
  const into = (stream: 'stdout' | 'stderr') => (chunk: unknown, ...rest: unknown[]) => {
    captured[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    // A stream.write callback, when given, must still be called or a pipeline waits for it.
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(into('stdout') as never),
    vi.spyOn(process.stderr, 'write').mockImplementation(into('stderr') as never),
    vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void (captured.stdout += `${parts.join(' ')}\n`)),
    vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void (captured.stderr += `${parts.join(' ')}\n`)),
  ];
  try {
    const code = await main(args);
    return { code, ...captured };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

// Every exit-code case of the CLI, run in process: a case costs a function call, not a Node start-up.
describe('agentshelf exit codes', () => {
  let dir: { path: string; remove(): Promise<void> };
  beforeAll(async () => {
    dir = await tempDir();
    writeFileSync(join(dir.path, 'bad.config.json'), JSON.stringify({ shop: { name: 'X', url: 'https://x.example/', currency: 'usd', country: 'US', language: 'en' } }));
    mkdirSync(join(dir.path, 'site'));
    writeFileSync(join(dir.path, 'site/index.html'), '<h1>my site</h1>');
    writeFileSync(join(dir.path, 'empty.ndjson'), '');
  });
  afterAll(() => dir.remove());

  const at = (name: string) => join(dir.path, name);
  const report = (name: string) => ['--report', at(name)];
  const catalog = (...args: string[]) => [...args, '--threads', '1', '--now', DEMO_NOW];

  it.each<[string, number, () => string[], RegExp?]>([
    // 0: success.
    ['--version', 0, () => ['--version']],
    ['--help', 0, () => ['--help']],
    ['validate of the demo shop', 0, () => catalog('validate', '-c', DEMO_CONFIG, ...report('v.json'))],
    ['build of the demo shop', 0, () => catalog('build', '-c', DEMO_CONFIG, '-o', at('demo'), ...report('b.json'))],
    ['build of a catalog with broken records: the good ones are published', 0, () => catalog('build', '-c', BROKEN_CONFIG, '-o', at('broken'), ...report('broken.json'))],
    ['inject of the published JSON-LD into a site', 0, () => ['inject', '--site', at('site'), '--outputs', at('demo'), '--dry-run']],
    ['verify of a published folder', 0, () => ['verify', '-o', at('demo'), '--now', DEMO_NOW, ...report('verify.json')]],
    ['rules', 0, () => ['rules']],
    ['rules of one area', 0, () => ['rules', 'google']],
    ['rules of one id', 0, () => ['rules', 'price/too-precise']],
    // 1: the run failed.
    ['validate --strict of broken records', 1, () => catalog('validate', '-c', BROKEN_CONFIG, '--strict', ...report('s.json')), /--strict/],
    ['build of an empty catalog', 1, () => catalog('build', '-c', DEMO_CONFIG, '-i', at('empty.ndjson'), '-o', at('empty'), ...report('e.json')), /No product could be published/],
    ['a missing input file', 1, () => catalog('validate', '-c', DEMO_CONFIG, '-i', at('missing.ndjson'), ...report('m.json')), /E_INPUT_NOT_FOUND/],
    ['inject into a site folder that is not there', 1, () => ['inject', '--site', at('nowhere'), '--outputs', at('demo')], /E_INPUT_NOT_FOUND/],
    ['replacing a folder agentshelf did not write', 1, () => catalog('build', '-c', DEMO_CONFIG, '-o', at('site'), ...report('n.json')), /E_OUT_NOT_OURS/],
    // 2: usage.
    ['no command', 2, () => [], /Name a command/],
    ['an unknown command', 2, () => ['publish'], /Unknown argument/],
    ['an unknown option', 2, () => ['build', '--bogus'], /Unknown argument/],
    ['a missing config', 2, () => ['build', '--config', at('no-such-config.json')], /E_CONFIG_NOT_FOUND|config/],
    ['an invalid config, naming what is wrong', 2, () => ['validate', '-c', at('bad.config.json')], /\/shop\/currency/],
    ['an unknown channel', 2, () => ['validate', '-c', DEMO_CONFIG, '--channels', 'jsonld,fax'], /fax/],
    ['an unknown format', 2, () => ['validate', '-c', DEMO_CONFIG, '-i', DEMO_CONFIG, '--format', 'xlsx'], /xlsx/],
    ['a bad --now', 2, () => ['validate', '-c', DEMO_CONFIG, '--now', 'tomorrow'], /--now/],
    ['a report inside the published folder', 2, () => ['build', '-c', DEMO_CONFIG, '-o', at('pub'), '--report', at('pub/report.json')], /report/],
    ['inject without --site', 2, () => ['inject'], /site/],
    ['a rule that does not exist, with the closest one', 2, () => ['rules', 'gogle/title-to-long'], /Did you mean "google\/title-too-long"/],
    ['inject with a --map that is not a JSON object', 2, () => ['inject', '--site', at('site'), '--outputs', at('demo'), '--map', at('empty.ndjson')], /--map/],
    ['verify of a folder that is not there', 2, () => ['verify', '-o', at('nowhere')], /No output folder/],
    ['check-links of a folder that is not there', 2, () => ['check-links', '-o', at('nowhere'), '-c', DEMO_CONFIG], /No output folder/],
  ])('%s exits %i', async (_, expected, args, message) => {
    const result = await run(args());
    expect(result.code, result.stderr).toBe(expected);
    if (message) expect(result.stderr).toMatch(message);
    if (expected === 2) expect(result.stderr).toMatch(/^agentshelf: /m);
  });

  it('shows examples and the exit codes in help', async () => {
    for (const args of [['--help'], ['build', '--help'], ['validate', '--help'], ['verify', '--help'], ['init', '--help'], ['inject', '--help']]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Exit codes:/);
      if (args.length > 1) expect(result.stdout).toMatch(/Examples:/);
    }
  });

  it('prints the JSON report on stdout with --json and the summary on stderr', async () => {
    const result = await run(catalog('validate', '-c', DEMO_CONFIG, '--json', ...report('json.json')));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.products.read).toBeGreaterThanOrEqual(40);
    expect(result.stderr).toContain('agentshelf validate');
  });

  it('prints only failures with --quiet', async () => {
    const quiet = await run(catalog('validate', '-c', DEMO_CONFIG, '-q', ...report('q.json')));
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    const failing = await run(catalog('validate', '-c', BROKEN_CONFIG, '-q', '--strict', ...report('qs.json')));
    expect(failing.code).toBe(1);
    expect(failing.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('lists every rule, also as JSON', async () => {
    expect((await run(['rules'])).stdout).toContain('schema/decimal');
    const rules = JSON.parse((await run(['rules', '--json'])).stdout) as Array<{ id: string; url: string }>;
    expect(rules.map((r) => r.id)).toContain('google/id-too-long');
    for (const rule of rules) expect(rule.url).toMatch(/^https:\/\//);
  });

  it('explains one rule: meaning, source, example, fix and its page', async () => {
    const { stdout } = await run(['rules', 'price/too-precise']);
    expect(stdout).toContain("A price has more decimals than its currency's ISO 4217 minor unit allows");
    expect(stdout).toMatch(/source +https:\/\/support\.google\.com\/merchants\/answer\/6324371/);
    expect(stdout).toMatch(/Example\n {2}input +"price": "12\.999"/);
    expect(stdout).toMatch(/How to fix\n {2}Round the price/);
    expect(stdout).toContain('docs/rules/price/too-precise.md');
    const area = (await run(['rules', 'google'])).stdout.trim().split('\n');
    expect(area.length).toBeGreaterThan(5);
    for (const line of area) expect(line).toMatch(/^google\//);
    expect(JSON.parse((await run(['rules', 'price/too-precise', '--json'])).stdout)).toMatchObject({ id: 'price/too-precise', example: { input: expect.any(String) } });
  });

  it('writes the version of package.json into the report', async () => {
    await run(catalog('validate', '-c', DEMO_CONFIG, ...report('version.json')));
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(JSON.parse(readFileSync(at('version.json'), 'utf8')).agentshelf).toBe(version);
    expect((await run(['--version'])).stdout.trim()).toBe(version);
  });
});
