import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { linkPackageInto } from './built-package.js';
import { blockFileName, blockSource } from './type-check-blocks.js';
import type { CodeBlock } from './markdown-blocks.js';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The temp folder the block ran in. */
  cwd: string;
}

/** A run that takes longer than this is killed: the examples build the 49-product demo at most. */
const RUN_TIMEOUT_MS = 120_000;

/** The block as the .mjs file a user would run: TypeScript transpiled alone, as tsx or a bundler does. */
export function blockAsModule(block: CodeBlock): string {
  const { text } = blockSource(block);
  if (block.lang !== 'ts' && block.lang !== 'typescript') return text;
  return ts.transpileModule(text, { fileName: blockFileName(block), compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
}

/** The repository folder a run annotation names, checked to be one. */
export function runFolder(block: CodeBlock, root: string): string | undefined {
  const cwd = block.annotations.run?.cwd;
  if (cwd === undefined) return undefined;
  const folder = resolve(root, cwd);
  if (relative(root, folder).startsWith('..') || !existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`${block.file}:${block.annotations.line}: run cwd=${cwd} is not a folder of the repository`);
  }
  return folder;
}

/**
 * Runs a block with node in a fresh copy of its run folder under `workDir`, with agentshelf installed there,
 * so whatever the example writes lands in the copy and the repository stays as it was.
 */
export async function runBlock(block: CodeBlock, options: { root: string; workDir: string }): Promise<RunResult> {
  const folder = runFolder(block, options.root);
  const cwd = join(options.workDir, `${blockFileName(block).replace(/\.\w+$/, '')}-${folder ? basename(folder) : 'empty'}`);
  if (folder) await cp(folder, cwd, { recursive: true, filter: (source) => basename(source) !== 'node_modules' });
  else await mkdir(cwd, { recursive: true });
  await linkPackageInto(options.root, cwd);
  await writeFile(join(cwd, 'docs-example.mjs'), blockAsModule(block));
  return { ...(await runNode(['docs-example.mjs'], cwd)), cwd };
}

/** Runs node with `args` in `cwd`, killing it after RUN_TIMEOUT_MS. */
export function runNode(args: string[], cwd: string, timeoutMs = RUN_TIMEOUT_MS): Promise<Omit<RunResult, 'cwd'>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      stderr += `\n(killed after ${timeoutMs} ms)`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', fail);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}
