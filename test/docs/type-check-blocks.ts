import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './markdown-blocks.js';

/** The languages whose blocks are compiled, with the file extension each is written as. */
const EXTENSIONS: Readonly<Record<string, string>> = { ts: '.ts', typescript: '.ts', js: '.js', javascript: '.js', mjs: '.mjs' };

export function isScriptBlock(block: CodeBlock): boolean {
  return block.lang in EXTENSIONS;
}

/**
 * The options of a strict user project on Node: ESM resolved the way Node resolves it (so "exports" decides
 * what 'agentshelf/serve' is), @types/node for the globals, and other packages' .d.ts trusted as shipped.
 * JavaScript examples are checked too (checkJs): a misspelt export is as wrong in a vite.config.js.
 */
function compilerOptions(root: string): ts.CompilerOptions {
  return {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    typeRoots: [join(root, 'node_modules/@types')],
    strict: true,
    skipLibCheck: true,
    allowJs: true,
    checkJs: true,
    esModuleInterop: true,
    noEmit: true,
  };
}

/** A block as a module file: its preludes, its code, and `export {}` so top-level await is allowed in any block. */
export function blockSource(block: CodeBlock): { text: string; preludeLines: number } {
  const prelude = block.annotations.preludes.join('\n');
  const preludeLines = prelude === '' ? 0 : prelude.split('\n').length;
  return { text: `${prelude === '' ? '' : `${prelude}\n`}${block.code}\nexport {};\n`, preludeLines };
}

export function blockFileName(block: CodeBlock): string {
  return `${block.file.replace(/[^A-Za-z0-9]+/g, '-')}-${block.line}${EXTENSIONS[block.lang] ?? '.ts'}`;
}

/**
 * "Implicitly has an 'any' type" and its kin. A framework's config file in JavaScript has no annotations, and
 * its readers would not add them; in a .js block these say nothing about the API, so they are not reported.
 * A wrong export name or a wrong option still is: checkJs checks every call into agentshelf's typed API.
 */
const IMPLICIT_ANY = new Set([7005, 7006, 7008, 7019, 7031, 7034]);

export interface TypeCheckResult {
  /** Problems by block, each as `README.md:312: TS2554 Expected 2 arguments, but got 1.` */
  byBlock: Map<CodeBlock, string[]>;
  /** Problems tied to no block (compiler options, a .d.ts of the package). */
  other: string[];
}

/**
 * Type-checks every block in one program, from files written into `projectDir` (an ESM project in which
 * 'agentshelf' is installed: see linkPackageInto). Positions are mapped back to the Markdown file and line.
 */
export function typeCheckBlocks(blocks: readonly CodeBlock[], options: { root: string; projectDir: string }): TypeCheckResult {
  const dir = join(options.projectDir, 'blocks');
  mkdirSync(dir, { recursive: true });
  const files = new Map<string, { block: CodeBlock; preludeLines: number }>();
  for (const block of blocks) {
    const path = join(dir, blockFileName(block));
    const { text, preludeLines } = blockSource(block);
    writeFileSync(path, text);
    files.set(ts.sys.resolvePath(path), { block, preludeLines });
  }
  const program = ts.createProgram([...files.keys()], compilerOptions(options.root));
  const byBlock = new Map<CodeBlock, string[]>(blocks.map((block) => [block, []]));
  const other: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const text = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    const source = diagnostic.file && files.get(ts.sys.resolvePath(diagnostic.file.fileName));
    if (!source || !diagnostic.file || diagnostic.start === undefined) {
      other.push(diagnostic.file ? `${diagnostic.file.fileName}: ${text}` : text);
      continue;
    }
    if (IMPLICIT_ANY.has(diagnostic.code) && /\.m?js$/.test(diagnostic.file.fileName)) continue;
    const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    // A problem in a prelude is reported at the annotation, one in the code at its own line of the Markdown file.
    const at = line < source.preludeLines ? source.block.annotations.line : source.block.line + line - source.preludeLines;
    byBlock.get(source.block)!.push(`${source.block.file}:${at}: ${text}`);
  }
  return { byBlock, other };
}
