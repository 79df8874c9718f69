import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';
import { assertBuilt, linkPackageInto, readPackageJson } from './built-package.js';
import { checkJsonBlock, JSON_LANGS } from './json-blocks.js';
import { blocksOfFile, markdownFiles, type CodeBlock } from './markdown-blocks.js';
import { runBlock } from './run-block.js';
import { cliProblem, commandsOf, npmProblem, parseWithCli, SHELL_LANGS } from './shell-commands.js';
import { isScriptBlock, typeCheckBlocks, type TypeCheckResult } from './type-check-blocks.js';

/**
 * Every code block of README.md and docs/ (not docs/api/ and docs/rules/, which are generated from the code)
 * is compiled against the built package, run when it says so, validated when it is a config, a product or a
 * diagnostic, and parsed by the real CLI when it is an agentshelf command, so an example cannot drift from the
 * API (issue 14). The annotations are described in markdown-blocks.ts and the README's Development section.
 */

const blocks = markdownFiles(ROOT, { generated: false }).flatMap((file) => blocksOfFile(ROOT, file));
const checked = blocks.filter((block) => block.annotations.skip === undefined);
const scripts = checked.filter(isScriptBlock);
const runnable = scripts.filter((block) => block.annotations.run !== undefined);
const json = checked.filter((block) => JSON_LANGS.includes(block.lang));
const shell = checked.filter((block) => SHELL_LANGS.includes(block.lang));

/**
 * Skipping must stay the exception: a block that cannot be checked alone can almost always get a prelude.
 * Raise this only with a reason in the skip annotation that a reviewer agrees with.
 */
const MAX_SKIPPED = 3;

const name = (block: CodeBlock) => `${block.file}:${block.line} (${block.lang})`;

describe('the code blocks of README.md and docs/', () => {
  let project = '';
  let compiled: TypeCheckResult;

  beforeAll(async () => {
    assertBuilt(ROOT);
    // Under the repository, so framework imports in the examples ('vite', 'astro/config') resolve to the
    // repository's devDependencies, as they would in a shop's project that has the framework installed.
    await mkdir(join(ROOT, '.vitest-tmp'), { recursive: true });
    project = await mkdtemp(join(ROOT, '.vitest-tmp', 'docs-blocks-'));
    await linkPackageInto(ROOT, project);
    compiled = typeCheckBlocks(scripts, { root: ROOT, projectDir: project });
  });
  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('has examples to check, and skips few, each with its reason', () => {
    const skipped = blocks.filter((block) => block.annotations.skip !== undefined);
    const unchecked = checked.filter((block) => !isScriptBlock(block) && !JSON_LANGS.includes(block.lang) && !SHELL_LANGS.includes(block.lang));
    console.info(
      [
        `docs code blocks: ${blocks.length} in ${new Set(blocks.map((block) => block.file)).size} files`,
        `  type-checked: ${scripts.length} (run: ${runnable.length}), json: ${json.length}, shell: ${shell.length}`,
        `  not code (no checker for the language): ${unchecked.map((block) => `${block.file}:${block.line} ${block.lang || 'plain'}`).join(', ') || 'none'}`,
        `  skipped: ${skipped.map((block) => `${block.file}:${block.line} (${block.annotations.skip})`).join('; ') || 'none'}`,
      ].join('\n'),
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(skipped.length, `skipped: ${skipped.map(name).join(', ')}; at most ${MAX_SKIPPED} may be`).toBeLessThanOrEqual(MAX_SKIPPED);
  });

  it('compile with no problem outside the blocks themselves', () => {
    expect(compiled.other).toEqual([]);
  });

  it.each(scripts.map((block) => [name(block), block] as const))('%s type-checks against the built package', (_, block) => {
    expect(compiled.byBlock.get(block), `${name(block)} must compile as a user's code would`).toEqual([]);
  });

  it.runIf(runnable.length > 0).each(runnable.map((block) => [name(block), block] as const))(
    '%s runs to exit 0',
    async (_, block) => {
      const result = await runBlock(block, { root: ROOT, workDir: project });
      expect(result.code, `${name(block)} ran in ${result.cwd}:\n${result.stderr}`).toBe(0);
    },
    180_000,
  );

  it.runIf(json.length > 0).each(json.map((block) => [name(block), block] as const))('%s is valid JSON of its kind', async (_, block) => {
    expect(await checkJsonBlock(block, ROOT)).toEqual([]);
  });

  it('every agentshelf command in a shell block is one the CLI accepts', async () => {
    const commands = shell.flatMap(commandsOf).filter((command) => command.words[0] === 'agentshelf');
    expect(commands.length).toBeGreaterThan(0);
    const results = await parseWithCli(commands.map((command) => command.words.slice(1)), ROOT);
    expect(commands.map((command, i) => cliProblem(command, results[i]!)).filter(Boolean)).toEqual([]);
  });

  it('every `npm run` in a shell block names a script of package.json', () => {
    const scriptsOfPackage = readPackageJson(ROOT).scripts ?? {};
    const commands = shell.flatMap(commandsOf).filter((command) => command.words[0] === 'npm');
    expect(commands.map((command) => npmProblem(command, scriptsOfPackage)).filter(Boolean)).toEqual([]);
  });
});
