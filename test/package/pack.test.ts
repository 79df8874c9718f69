import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';
import { assertBuilt, entryPoints, readPackageJson } from '../docs/built-package.js';
import { blocksOfFile, markdownFiles } from '../docs/markdown-blocks.js';
import { relativeLinks } from '../docs/markdown-links.js';
import { blockAsModule, runNode } from '../docs/run-block.js';

/**
 * The package as npm publishes it (issue 14): `npm pack` holds everything the README and docs link to and
 * everything the code reads at run time, and the tarball, installed into an empty project, runs the README's
 * library example.
 *
 * What is packed, and why ("files" in package.json): bin/ and dist/ (the code), schemas/ and templates/ (read
 * at run time), docs/ and examples/ (the README links into both, and a reader of node_modules/agentshelf/
 * README.md follows those links; the example configs and catalogs are what the README's commands and the
 * library example run on), without the examples' build outputs. Not packed: bench/ and test/, which are about
 * how the project measures and tests itself and only make sense in a checkout (bench/README.md explains
 * scripts in bench/, test/corpus/SOURCES.json lists the test corpus); links to them are repository links.
 */
const REPOSITORY_ONLY = ['bench/', 'test/'];

/** Packing, and an install from the npm cache with 15 dependencies, on a 2-core machine. */
const INSTALL_TIMEOUT_MS = 240_000;

const run = promisify(execFile);

/**
 * The environment for npm in the empty project: without what `npm test` tells its children about this
 * repository (npm_package_*, npm_config_local_prefix…), so nothing can steer an install back into it. The
 * cache and registry settings stay: the install reads the cache `npm ci` filled.
 */
const projectEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(package_|lifecycle_|command$|config_local_prefix$)/.test(key)));

describe('the package as published', () => {
  let work = '';
  let tarball = '';
  let packed = new Set<string>();

  beforeAll(async () => {
    assertBuilt(ROOT);
    work = await mkdtemp(join(tmpdir(), 'agentshelf-pack-'));
    // --ignore-scripts: "prepare" would build again; npm test has just built dist/.
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, maxBuffer: 64 << 20 });
    const [info] = JSON.parse(stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
    tarball = join(work, info!.filename);
    packed = new Set(info!.files.map((file) => file.path));
  }, INSTALL_TIMEOUT_MS);
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  const isPacked = (path: string) => packed.has(path) || [...packed].some((file) => file.startsWith(`${path}/`));

  it('holds LICENSE, README.md, package.json and every "exports" and "bin" entry point', () => {
    const missing = ['LICENSE', 'README.md', 'package.json', ...entryPoints(ROOT)].filter((path) => !packed.has(path));
    expect(missing).toEqual([]);
    // "./schemas/*" exports the folder: every schema of the repository is in it.
    expect(readdirSync(join(ROOT, 'schemas')).map((name) => `schemas/${name}`).filter((path) => !packed.has(path))).toEqual([]);
  });

  it('holds every file the code reads at run time', () => {
    const read = runTimeReads();
    // The scan must see the reads we know of, or it proves nothing.
    expect(read).toEqual(expect.arrayContaining(['package.json', 'schemas/config.schema.json', 'schemas/product.schema.json', 'templates/llms.md']));
    expect(read.filter((path) => !packed.has(path))).toEqual([]);
  });

  it('holds every file README.md and docs/ link to, and those links that are not to the package go to the repository', () => {
    const links = markdownFiles(ROOT, { generated: true }).flatMap((file) => relativeLinks(readFileSync(join(ROOT, file), 'utf8'), file));
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => !existsSync(join(ROOT, link.target))).map((link) => `${link.at}: ${link.target} does not exist`)).toEqual([]);
    const forUsers = links.filter((link) => !REPOSITORY_ONLY.some((folder) => `${link.target}/`.startsWith(folder)));
    expect(forUsers.filter((link) => !isPacked(link.target)).map((link) => `${link.at}: ${link.target} is not in the package`)).toEqual([]);
  });

  it('holds no build output or other file git ignores, besides dist/', async () => {
    const candidates = [...packed].filter((path) => !path.startsWith('dist/'));
    const ignored = await run('git', ['check-ignore', '--no-index', ...candidates], { cwd: ROOT }).then(
      ({ stdout }) => stdout.split('\n').filter(Boolean),
      // Exit 1: nothing is ignored. Anything else (no git, not a checkout) fails the test with its message.
      (error: { code?: number; stdout?: string }) => (error.code === 1 ? [] : Promise.reject(error as Error)),
    );
    expect(ignored).toEqual([]);
  });

  it(
    "installs into an empty project, without the optional framework peers, and runs the README's library example there",
    async () => {
      const started = Date.now();
      const project = join(work, 'project');
      await mkdir(project);
      await run('npm', ['init', '-y'], { cwd: project, env: projectEnv });
      // The frameworks are optional peers: npm installs none of them, and the library must not need them.
      await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, env: projectEnv, maxBuffer: 64 << 20 });
      const peers = Object.keys(readPackageJson(ROOT).peerDependencies ?? {});
      expect(peers.length).toBeGreaterThan(0);
      for (const peer of peers) expect(existsSync(join(project, 'node_modules', peer)), `${peer} installed`).toBe(false);

      // The first TypeScript block of the README's "Library" section, run on an example shipped in the package.
      const example = blocksOfFile(ROOT, 'README.md').find((block) => block.section === 'Library' && (block.lang === 'ts' || block.lang === 'typescript'));
      expect(example, 'README.md has a ts block under "## Library"').toBeDefined();
      const shop = example!.annotations.run?.cwd ?? 'examples/demo-shop';
      const installed = join(project, 'node_modules/agentshelf', shop);
      expect(existsSync(installed), `${shop} is in the package`).toBe(true);
      const cwd = join(project, posix.basename(shop));
      await cp(installed, cwd, { recursive: true });
      const before = new Set(filesUnder(cwd));
      await writeFile(join(cwd, 'library-example.mjs'), blockAsModule(example!));
      const result = await runNode(['library-example.mjs'], cwd);
      expect(result.code, `README.md:${example!.line} in ${cwd}:\n${result.stderr}`).toBe(0);
      // Whatever folder the example builds into, it published there: a manifest that was not there before.
      expect(filesUnder(cwd).filter((path) => !before.has(path) && posix.basename(path) === 'agentshelf.json')).not.toEqual([]);
      console.info(`pack test: install and library example took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    },
    INSTALL_TIMEOUT_MS,
  );
});

/**
 * Every repository file the built code names with `new URL('<path>', import.meta.url)`, the way it reads its
 * schemas, templates and package.json. A `${…}` in the path stands for any one path segment's worth of text;
 * a path that names no file of the repository (the worker bootstrap used only when running from src/) is
 * skipped, since the code checks that one exists before using it.
 */
function runTimeReads(): string[] {
  const found = new Set<string>();
  for (const file of filesUnder(join(ROOT, 'dist')).filter((path) => path.endsWith('.js'))) {
    const source = readFileSync(join(ROOT, 'dist', file), 'utf8');
    for (const match of source.matchAll(/new URL\(\s*(['"`])(.*?)\1\s*,\s*import\.meta\.url\s*\)/g)) {
      const path = posix.join('dist', posix.dirname(file), match[2]!);
      if (path.startsWith('..')) continue;
      if (!path.includes('${')) {
        if (existsSync(join(ROOT, path))) found.add(path);
        continue;
      }
      const fixed = path.split('${')[0]!;
      const base = fixed.slice(0, fixed.lastIndexOf('/') + 1);
      const pattern = new RegExp(`^${path.split(/\$\{[^}]*\}/).map(escapeRegExp).join('[^/]*')}$`);
      if (!existsSync(join(ROOT, base))) continue;
      for (const candidate of filesUnder(join(ROOT, base)).map((name) => posix.join(base, name))) if (pattern.test(candidate)) found.add(candidate);
    }
  }
  return [...found].sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every file under a folder, relative to it with "/" separators; node_modules and .git left out. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}
