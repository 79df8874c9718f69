import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';
import { assertBuilt, entryPoints } from './built-package.js';

describe('the built package', () => {
  it('names every file of "exports" and "bin", wildcards left out', () => {
    const points = entryPoints(ROOT);
    expect(points).toEqual(expect.arrayContaining(['dist/index.d.ts', 'dist/index.js', 'bin/agentshelf.js', 'package.json']));
    expect(points.filter((point) => point.includes('*'))).toEqual([]);
  });

  it('says to run the build when dist/ is missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agentshelf-unbuilt-'));
    try {
      await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'x', exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } } }));
      expect(() => assertBuilt(root)).toThrow('dist/ is missing or incomplete (dist/index.d.ts, dist/index.js not found): run `npm run build` before these tests');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
