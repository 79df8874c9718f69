import { readFileSync } from 'node:fs';

/**
 * A tiny line-based template language for the text files agentshelf writes (templates/ at the package root).
 *
 * - `{{name}}` or `{{name:filter}}` inserts a string value through one of the dialect's escapers (the default
 *   filter is `text`), so data is always escaped for where it lands: Markdown link text, a URL, a comment.
 * - `{{name:block}}`, alone on its line, inserts a `Block`: lines a serializer in code already made safe. An
 *   empty block removes its line.
 * - `{{#name}}` and `{{/name}}`, each alone on its line, keep the lines between them only when `name` is a
 *   non-empty block or string (sections that would be empty disappear with their heading). No nesting.
 * - A line `{{! … }}` is a comment for whoever edits the template; it never reaches the output.
 *
 * Output is normalized: runs of blank lines become one, the text starts with no blank line and ends with
 * exactly one "\n". Nothing else is interpreted, so templates read like the files they produce.
 */

/** Lines that are already safe for the target format, built by a serializer (never raw data). */
export class Block {
  readonly lines: readonly string[];
  constructor(lines: readonly string[]) {
    this.lines = lines;
  }
  get empty(): boolean {
    return this.lines.length === 0;
  }
}

export const EMPTY_BLOCK = new Block([]);

export type Slot = string | Block;
export type Values = Readonly<Record<string, Slot | undefined>>;

/** Escapers by filter name; `text` is required and is the default. */
export type Dialect = Readonly<Record<string, (value: string) => string>> & { text: (value: string) => string };

type Part = { kind: 'literal'; text: string } | { kind: 'value'; name: string; filter: string };
type Line =
  | { kind: 'parts'; parts: Part[] }
  | { kind: 'block'; name: string }
  | { kind: 'open'; name: string }
  | { kind: 'close'; name: string };

const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9]*)(?::([a-z]+))?\}\}/g;
const WHOLE_LINE = /^\{\{([#/]?)([A-Za-z][A-Za-z0-9]*)(:block)?\}\}$/;
const COMMENT_LINE = /^\{\{!.*\}\}$/;

export interface Template {
  readonly name: string;
  /** The placeholder names the template uses, for tests that check every one is filled. */
  readonly names: ReadonlySet<string>;
  render(values: Values): string;
}

/** Parses template text once; `render` is then a walk over the parsed lines. Throws on a malformed template. */
export function compileTemplate(name: string, source: string, dialect: Dialect): Template {
  const lines: Line[] = [];
  const names = new Set<string>();
  let open: string | undefined;
  for (const [index, raw] of source.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n').entries()) {
    const where = `${name}:${index + 1}`;
    if (COMMENT_LINE.test(raw)) continue;
    const whole = WHOLE_LINE.exec(raw);
    if (whole) {
      const [, sigil, key, block] = whole as unknown as [string, string, string, string | undefined];
      names.add(key);
      if (sigil === '#') {
        if (open) throw new Error(`${where}: sections do not nest ({{#${key}}} inside {{#${open}}})`);
        open = key;
        lines.push({ kind: 'open', name: key });
        continue;
      }
      if (sigil === '/') {
        if (open !== key) throw new Error(`${where}: {{/${key}}} closes no open section`);
        open = undefined;
        lines.push({ kind: 'close', name: key });
        continue;
      }
      if (block) {
        lines.push({ kind: 'block', name: key });
        continue;
      }
    }
    const parts: Part[] = [];
    let last = 0;
    for (const match of raw.matchAll(PLACEHOLDER)) {
      const [text, key, filter = 'text'] = match as unknown as [string, string, string | undefined];
      if (filter === 'block') throw new Error(`${where}: {{${key}:block}} must be alone on its line`);
      if (!(filter in dialect)) throw new Error(`${where}: unknown filter "${filter}"`);
      if (match.index > last) parts.push({ kind: 'literal', text: raw.slice(last, match.index) });
      parts.push({ kind: 'value', name: key, filter });
      names.add(key);
      last = match.index + text.length;
    }
    if (last < raw.length) parts.push({ kind: 'literal', text: raw.slice(last) });
    const leftover = parts.some((p) => p.kind === 'literal' && p.text.includes('{{'));
    if (leftover) throw new Error(`${where}: malformed placeholder in ${JSON.stringify(raw)}`);
    lines.push({ kind: 'parts', parts });
  }
  if (open) throw new Error(`${name}: {{#${open}}} is never closed`);

  return {
    name,
    names,
    render(values) {
      const out: string[] = [];
      let skipping = false;
      for (const line of lines) {
        if (line.kind === 'open') {
          skipping = isEmpty(values[line.name]);
          continue;
        }
        if (line.kind === 'close') {
          skipping = false;
          continue;
        }
        if (skipping) continue;
        if (line.kind === 'block') {
          const value = values[line.name];
          if (!(value instanceof Block)) throw new Error(`${name}: {{${line.name}:block}} needs a Block`);
          out.push(...value.lines);
          continue;
        }
        let text = '';
        for (const part of line.parts) {
          if (part.kind === 'literal') {
            text += part.text;
            continue;
          }
          const value = values[part.name];
          if (typeof value !== 'string') throw new Error(`${name}: {{${part.name}}} needs a string`);
          text += dialect[part.filter]!(value);
        }
        out.push(text);
      }
      return normalizeBlankLines(out);
    },
  };
}

function isEmpty(value: Slot | undefined): boolean {
  return value === undefined || value === '' || (value instanceof Block && value.empty);
}

function normalizeBlankLines(lines: string[]): string {
  const kept: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    if (blank && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(blank ? '' : line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return `${kept.join('\n')}\n`;
}

/**
 * Reads a template shipped in templates/ at the package root. src/ and dist/ sit at the same depth, so the
 * same relative URL works from both. Called at module load only: channels do no file I/O during a run.
 */
export function loadTemplate(file: string, dialect: Dialect): Template {
  const url = new URL(`../../templates/${file}`, import.meta.url);
  return compileTemplate(file, readFileSync(url, 'utf8'), dialect);
}
