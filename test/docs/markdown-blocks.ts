/**
 * The fenced code blocks of the project's Markdown, with where each one is and what its annotations say, so
 * that every example in README.md and docs/ can be compiled and run by the test suite (issue 14).
 *
 * Annotations are HTML comments right before a block (blank lines between are allowed, prose is not), so
 * readers never see them. One directive per comment; a block may have several comments:
 *
 *   <!-- docs-test: prelude <code> -->     code put before the block when it is type-checked and run: the
 *                                           names the example uses but does not define, e.g.
 *                                           `declare const config: import('agentshelf').ResolvedConfig;`.
 *                                           TypeScript for ts blocks, JavaScript for js blocks. May span lines.
 *   <!-- docs-test: run [cwd=<folder>] -->  also run the block with node, in a temp copy of <folder> (a folder
 *                                           of the repository; default: an empty folder), with agentshelf
 *                                           installed there. It must exit 0.
 *   <!-- docs-test: config -->              a json block is an agentshelf config (detected anyway when it has
 *   <!-- docs-test: config-fragment -->     "shop" or a "$schema" naming config.schema.json); a fragment is
 *   <!-- docs-test: product -->             members of a config object ("defaults": {…}). product and
 *   <!-- docs-test: diagnostic -->          diagnostic are detected from "variants" and "ruleId".
 *   <!-- docs-test: skip <why> -->          the block is not checked at all; the reason is required, and the
 *                                           test lists every skipped block.
 *
 * A comment starting `docs-test:` with any other directive, or one not followed by a code block, is an error,
 * so a typo cannot turn a check off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export type JsonKind = 'config' | 'config-fragment' | 'product' | 'diagnostic';

export interface Annotations {
  /** Line of the first annotation, where problems in a prelude are reported. */
  line: number;
  skip?: string;
  preludes: string[];
  run?: { cwd?: string };
  json?: JsonKind;
}

export interface CodeBlock {
  /** Repository-relative path of the Markdown file, with "/" separators. */
  file: string;
  /** 1-based line of the block's first line of code (the line after the opening fence). */
  line: number;
  /** The info string's first word, lower-cased; "" for a block without one. */
  lang: string;
  code: string;
  /** The nearest "## " heading above the block, without the hashes. */
  section: string;
  annotations: Annotations;
}

const DIRECTIVE = /^<!--\s*docs-test:\s*([a-z-]+)\b([\s\S]*?)-->\s*$/;
const JSON_KINDS: readonly string[] = ['config', 'config-fragment', 'product', 'diagnostic'] satisfies JsonKind[];

/** Every fenced block of one Markdown text; `file` is used in positions and error messages. */
export function extractBlocks(markdown: string, file: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let section = '';
  let pending: Annotations | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (/^<!--\s*docs-test:/.test(trimmed)) {
      // A comment may span lines: gather up to its end.
      let text = trimmed;
      const start = i;
      while (!text.includes('-->') && i + 1 < lines.length) text += `\n${lines[++i]!}`;
      pending = applyDirective(pending ?? { line: start + 1, preludes: [] }, text, `${file}:${start + 1}`);
      continue;
    }
    const fence = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (fence) {
      const [, indent = '', marker = '', info = ''] = fence;
      const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      const body: string[] = [];
      const first = i + 1;
      while (++i < lines.length && !close.test(lines[i]!)) body.push(lines[i]!.replace(new RegExp(`^ {0,${indent.length}}`), ''));
      blocks.push({ file, line: first + 1, lang: info.toLowerCase(), code: body.join('\n'), section, annotations: pending ?? { line: first, preludes: [] } });
      pending = undefined;
      continue;
    }
    if (trimmed === '') continue;
    if (pending) throw new Error(`${file}:${pending.line}: a docs-test annotation must come right before a code block`);
    const heading = /^##\s+(.*?)\s*#*$/.exec(line);
    if (heading) section = heading[1]!;
  }
  if (pending) throw new Error(`${file}:${pending.line}: a docs-test annotation must come right before a code block`);
  return blocks;
}

/** Folders of docs/ written by generators from code (rule metadata, TypeDoc): their code is the code's. */
export const GENERATED_DOCS = ['docs/api/', 'docs/rules/'];

/** README.md and every Markdown file under docs/, repository-relative; `generated` includes GENERATED_DOCS. */
export function markdownFiles(root: string, options: { generated: boolean }): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(join(root, 'docs'));
  const docs = found.filter((file) => options.generated || !GENERATED_DOCS.some((folder) => file.startsWith(folder)));
  return ['README.md', ...docs.sort()];
}

/** Reads a repository file and extracts its blocks. */
export function blocksOfFile(root: string, file: string): CodeBlock[] {
  return extractBlocks(readFileSync(join(root, file), 'utf8'), file);
}

function applyDirective(annotations: Annotations, comment: string, where: string): Annotations {
  const match = DIRECTIVE.exec(comment);
  if (!match) throw new Error(`${where}: not a docs-test annotation: ${comment}`);
  const [, directive = '', rest = ''] = match;
  const argument = rest.trim();
  if (directive === 'prelude') {
    if (argument === '') throw new Error(`${where}: "prelude" needs the code to put before the block`);
    return { ...annotations, preludes: [...annotations.preludes, argument] };
  }
  if (directive === 'skip') {
    if (argument === '') throw new Error(`${where}: "skip" needs a reason`);
    return { ...annotations, skip: argument };
  }
  if (directive === 'run') {
    const cwd = /^cwd=(\S+)$/.exec(argument);
    if (argument !== '' && !cwd) throw new Error(`${where}: "run" takes only cwd=<folder>, not "${argument}"`);
    return { ...annotations, run: cwd ? { cwd: cwd[1]! } : {} };
  }
  if (JSON_KINDS.includes(directive)) {
    if (argument !== '') throw new Error(`${where}: "${directive}" takes no argument`);
    return { ...annotations, json: directive as JsonKind };
  }
  throw new Error(`${where}: unknown docs-test directive "${directive}" (prelude, run, skip, ${JSON_KINDS.join(', ')})`);
}

/** Where a position inside a block is in its Markdown file, as `file:line`. */
export function blockPosition(block: CodeBlock, lineInCode = 0): string {
  return `${block.file}:${block.line + lineInCode}`;
}
