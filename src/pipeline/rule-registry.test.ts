import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../model/rule.js';
import { renderRulePages } from './rule-docs.js';
import { ALL_RULES, CATALOG_RULES } from './rule-registry.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(SRC, '..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'meta' in v && 'diagnostic' in v;

describe('the rule registry', () => {
  it('has unique, well-formed ids with a description and an https source', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.meta.description.length, rule.meta.id).toBeGreaterThan(20);
      expect(rule.meta.url, rule.meta.id).toMatch(/^https:\/\//);
    }
  });

  it('holds every rule defined in a rules file, and nothing else', async () => {
    // Rules live in a rules/ folder (one family or rule per file) or in a channel's rules.ts.
    const files = walk(SRC).filter((f) => /\/rules(\/[^/]+)?\.ts$/.test(f) && !f.endsWith('.test.ts') && !f.includes('/cli/'));
    expect(files.length).toBeGreaterThan(10);
    const defined = new Set<Rule>();
    for (const file of files) {
      const module = (await import(file)) as Record<string, unknown>;
      const rules = Object.values(module).filter(isRule);
      expect(rules.length, relative(ROOT, file)).toBeGreaterThan(0);
      for (const rule of rules) defined.add(rule);
    }
    const registered = new Set(ALL_RULES);
    expect([...defined].filter((r) => !registered.has(r)).map((r) => r.meta.id)).toEqual([]);
    expect([...registered].filter((r) => !defined.has(r)).map((r) => r.meta.id)).toEqual([]);
  });

  it('has a test naming every rule', () => {
    const tests = walk(ROOT === '' ? '.' : SRC)
      .concat(walk(join(ROOT, 'test')))
      .filter((f) => f.endsWith('.test.ts') && !f.endsWith('rule-registry.test.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const untested = ALL_RULES.map((r) => r.meta.id).filter((id) => !tests.includes(`'${id}'`) && !tests.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });

  it('gives every rule an example (input and finding) and a fix', () => {
    for (const rule of ALL_RULES) {
      const { id, example, fix, fixByPointer } = rule.meta;
      expect(example?.input.trim().length ?? 0, `${id}: example.input`).toBeGreaterThan(3);
      expect(example?.finding.trim().length ?? 0, `${id}: example.finding`).toBeGreaterThan(10);
      expect((fix ?? Object.values(fixByPointer ?? {})[0] ?? '').length, `${id}: fix`).toBeGreaterThan(10);
    }
  });

  it('has a page for every rule in docs/rules/, generated from the metadata', () => {
    const dir = join(ROOT, 'docs/rules');
    const pages = renderRulePages({ rules: ALL_RULES, catalogRuleIds: new Set(CATALOG_RULES.map((r) => r.meta.id)) });
    if (process.env.UPDATE_DOCS) {
      rmSync(dir, { recursive: true, force: true });
      for (const [path, text] of pages) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
    }
    const committed = walk(dir).map((f) => relative(dir, f)).sort();
    expect(committed, 'pages in docs/rules/ (regenerate with UPDATE_DOCS=1)').toEqual([...pages.keys()].sort());
    for (const [path, text] of pages) expect(readFileSync(join(dir, path), 'utf8'), `docs/rules/${path}`).toBe(text);
  });

  it('links every diagnostic to its rule\'s page', () => {
    for (const rule of ALL_RULES) {
      const d = rule.diagnostic({ productId: 'p' }, { message: 'm' });
      expect(d.docs).toBe(`https://github.com/agentshelf/agentshelf/blob/main/docs/rules/${rule.meta.id}.md`);
    }
  });
});
