import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';
import { assertBuilt, linkPackageInto } from './built-package.js';
import { extractBlocks } from './markdown-blocks.js';
import { runBlock } from './run-block.js';
import { typeCheckBlocks } from './type-check-blocks.js';

/** The harness itself must fail on a broken example, at the example's line of the Markdown file. */

const DOC = [
  '## Good', // 1
  '```ts', // 2
  "import { buildCatalog } from 'agentshelf';", // 3
  'console.log(typeof buildCatalog);', // 4
  '```', // 5
  '<!-- docs-test: prelude declare const value: unknown;', // 6
  'declare const dir: string; -->', // 7
  '```ts', // 8
  "import { noSuchExport } from 'agentshelf';", // 9
  'console.log(noSuchExport, value, dir);', // 10
  "const n: number = 'text';", // 11
  '```', // 12
  '```js', // 13
  "import { agentshelf } from 'agentshelf/vite';", // 14
  "import { nothingLikeThis } from 'agentshelf/serve';", // 15
  "export default { plugins: [agentshelf({ config: 'a.json' })] };", // 16
  '```', // 17
  '<!-- docs-test: prelude declare const x: NoSuchType; -->', // 18
  '```ts', // 19
  'x;', // 20
  '```', // 21
].join('\n');

describe('typeCheckBlocks and runBlock', () => {
  let project = '';
  beforeAll(async () => {
    assertBuilt(ROOT);
    await mkdir(join(ROOT, '.vitest-tmp'), { recursive: true });
    project = await mkdtemp(join(ROOT, '.vitest-tmp', 'docs-harness-'));
    await linkPackageInto(ROOT, project);
  });
  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('reports each problem at its line of the Markdown file, preludes at their annotation', () => {
    const blocks = extractBlocks(DOC, 'doc.md');
    const { byBlock, other } = typeCheckBlocks(blocks, { root: ROOT, projectDir: project });
    expect(other).toEqual([]);
    const codes = blocks.map((block) => byBlock.get(block)!.map((problem) => problem.replace(/^(\S+: TS\d+).*$/s, '$1')));
    expect(codes).toEqual([[], ['doc.md:9: TS2305', 'doc.md:11: TS2322'], ['doc.md:15: TS2305'], ['doc.md:18: TS2304']]);
  });

  it('runs a block in a temp copy of its folder, and reports its exit code', async () => {
    const [writes, fails] = extractBlocks(
      [
        '<!-- docs-test: run cwd=examples/cron -->',
        '```ts',
        "import { readFileSync, writeFileSync } from 'node:fs';",
        "import * as agentshelf from 'agentshelf';",
        "const lines: string[] = readFileSync('crontab', 'utf8').split('\\n');",
        "writeFileSync('out.txt', `${lines.length} lines, ${Object.keys(agentshelf).length} exports`);",
        '```',
        '<!-- docs-test: run -->',
        '```js',
        "throw new Error('broken example');",
        '```',
      ].join('\n'),
      'doc.md',
    );
    const ran = await runBlock(writes!, { root: ROOT, workDir: project });
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(existsSync(join(ran.cwd, 'out.txt'))).toBe(true);
    expect(existsSync(join(ROOT, 'examples/cron/out.txt'))).toBe(false);
    const failed = await runBlock(fails!, { root: ROOT, workDir: project });
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain('broken example');
  });

  it('refuses a run folder outside the repository', async () => {
    const [block] = extractBlocks(['<!-- docs-test: run cwd=../elsewhere -->', '```ts', '```'].join('\n'), 'doc.md');
    await expect(runBlock(block!, { root: ROOT, workDir: project })).rejects.toThrow('doc.md:1: run cwd=../elsewhere is not a folder of the repository');
  });
});
