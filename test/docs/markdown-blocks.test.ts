import { describe, expect, it } from 'vitest';
import { extractBlocks } from './markdown-blocks.js';

const md = (...lines: string[]) => lines.join('\n');

describe('extractBlocks', () => {
  it('finds each fenced block with its language, first code line and section', () => {
    const blocks = extractBlocks(
      md('# Title', '', '## Library', '', '```ts', 'const a = 1;', '```', '', '## Other', '~~~~json', '```', '{}', '~~~~', '```', 'plain', '```'),
      'README.md',
    );
    expect(blocks.map(({ line, lang, code, section }) => ({ line, lang, code, section }))).toEqual([
      { line: 6, lang: 'ts', code: 'const a = 1;', section: 'Library' },
      // A longer fence of the other character holds a ``` line as code.
      { line: 11, lang: 'json', code: '```\n{}', section: 'Other' },
      { line: 15, lang: '', code: 'plain', section: 'Other' },
    ]);
  });

  it('reads the annotations right before a block, blank lines between allowed', () => {
    const [block] = extractBlocks(
      md('Text.', '', '<!-- docs-test: prelude declare const config: unknown; -->', '<!-- docs-test: prelude', 'declare function load(): Promise<unknown[]>;', '-->', '', '<!-- docs-test: run cwd=examples/demo-shop -->', '```ts', 'x', '```'),
      'a.md',
    );
    expect(block!.annotations).toEqual({ line: 3, preludes: ['declare const config: unknown;', 'declare function load(): Promise<unknown[]>;'], run: { cwd: 'examples/demo-shop' } });
  });

  it('gives each block only its own annotations', () => {
    const blocks = extractBlocks(md('<!-- docs-test: config-fragment -->', '```json', '"a": 1', '```', '```json', '{}', '```'), 'a.md');
    expect(blocks.map((block) => block.annotations.json)).toEqual(['config-fragment', undefined]);
  });

  it.each([
    ['an unknown directive', md('<!-- docs-test: skp typo -->', '```ts', '```'), 'a.md:1: unknown docs-test directive "skp"'],
    ['a skip without its reason', md('<!-- docs-test: skip -->', '```ts', '```'), 'a.md:1: "skip" needs a reason'],
    ['a prelude without code', md('<!-- docs-test: prelude -->', '```ts', '```'), 'a.md:1: "prelude" needs the code'],
    ['run with something else than cwd=', md('<!-- docs-test: run fast -->', '```ts', '```'), 'a.md:1: "run" takes only cwd=<folder>'],
    ['an annotation before prose', md('<!-- docs-test: skip why -->', 'Some text.', '```ts', '```'), 'a.md:1: a docs-test annotation must come right before a code block'],
    ['an annotation at the end', md('Text', '<!-- docs-test: config -->'), 'a.md:2: a docs-test annotation must come right before a code block'],
  ])('refuses %s, so a typo cannot turn a check off', (_, text, message) => {
    expect(() => extractBlocks(text, 'a.md')).toThrow(message);
  });
});
