import { existsSync, readFileSync } from 'node:fs';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Agentshelf from '../../src/index.js';

/**
 * The package as a user gets it: its "exports" and "bin" resolved to the built files in dist/. Examples are
 * checked against these, never against src/, because a user's `import … from 'agentshelf'` reads the .d.ts
 * files the build wrote and runs the .js beside them.
 */

interface PackageJson {
  name: string;
  bin?: string | Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  files?: string[];
  scripts?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export function readPackageJson(root: string): PackageJson {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;
}

/** Every file an "exports" condition or "bin" names (wildcard entries such as "./schemas/*" left out), without "./". */
export function entryPoints(root: string): string[] {
  const pkg = readPackageJson(root);
  const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const bins = typeof pkg.bin === 'string' ? [pkg.bin] : Object.values(pkg.bin ?? {});
  return [...new Set([...targets, ...bins])].filter((target) => !target.includes('*')).map((target) => target.replace(/^\.\//, ''));
}

/** Fails with the fix in the message when the build's output is missing: these tests run after `npm run build`. */
export function assertBuilt(root: string): void {
  const missing = entryPoints(root).filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) throw new Error(`dist/ is missing or incomplete (${missing.join(', ')} not found): run \`npm run build\` before these tests (npm test does).`);
}

/**
 * Makes `dir` an empty ESM project in which `import … from 'agentshelf'` resolves to this repository as an
 * installed package would: through package.json "exports" to dist/. A symlink, so no copy goes stale.
 */
export async function linkPackageInto(root: string, dir: string): Promise<void> {
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: 'docs-example', private: true, type: 'module' }, null, 2)}\n`);
  await symlink(root, join(dir, 'node_modules', readPackageJson(root).name), 'dir');
}

/** The built package's root module, loaded as a user's code loads it. */
export async function importBuiltPackage(root: string): Promise<typeof Agentshelf> {
  assertBuilt(root);
  return (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof Agentshelf;
}
