import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Application } from 'typedoc';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

// docs/api is generated from the public entry points' types and comments (typedoc.config.mjs). Regenerating
// it must give the committed pages, so the API docs cannot drift from the code.
describe('the API docs in docs/api', () => {
  let out: string | undefined;
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('are what TypeDoc generates from the code today (run `npm run docs:api` after changing the public API)', async () => {
    out = await mkdtemp(join(tmpdir(), 'agentshelf-api-docs-'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const app = await Application.bootstrapWithPlugins({ options: join(ROOT, 'typedoc.config.mjs'), out });
      const project = await app.convert();
      expect(project, 'TypeDoc could not convert the entry points').toBeDefined();
      app.validate(project!);
      expect(app.logger.hasErrors() || app.logger.hasWarnings(), 'TypeDoc reported problems (run `npm run docs:api` to see them)').toBe(false);
      await app.generateOutputs(project!);
    } finally {
      process.chdir(cwd);
    }
    const generated = await tree(out);
    const committed = await tree(join(ROOT, 'docs/api'));
    expect([...committed.keys()].sort()).toEqual([...generated.keys()].sort());
    for (const [path, text] of generated) expect(committed.get(path), `docs/api/${path}`).toBe(text);
  }, 120_000);
});
