import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { blockPosition, type CodeBlock } from './markdown-blocks.js';

/**
 * The commands of shell-like blocks (shell sessions, crontab lines, systemd units) that can be checked without
 * running them: every `agentshelf …` invocation is parsed by the real CLI, and every `npm run <script>` must
 * name a script of package.json.
 */

/** Languages whose lines are commands. `ini` blocks are systemd units here (ExecStart=…). */
export const SHELL_LANGS = ['sh', 'bash', 'shell', 'console', 'zsh', 'cron', 'crontab', 'ini'];

export interface Command {
  /** `file:line` of the command in its Markdown file. */
  at: string;
  /** The words of the command, from the program on: ['agentshelf', 'build', '-c', …] or ['npm', 'run', 'lint']. */
  words: string[];
}

/** Every agentshelf and npm command of a block; `npx [flags] agentshelf …` counts as agentshelf. */
export function commandsOf(block: CodeBlock): Command[] {
  const commands: Command[] = [];
  const lines = block.code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // A line ending in a backslash continues on the next.
    let line = lines[i]!;
    const first = i;
    while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i]!}`;
    for (const segment of segments(line.replace(/^\s*\$\s+/, ''))) {
      const words = programWords(segment);
      if (words[0] === 'agentshelf' || words[0] === 'npm') commands.push({ at: blockPosition(block, first), words });
    }
  }
  return commands;
}

/**
 * A line's commands as word lists: quotes respected, a `#` word starts a comment, and `&&`, `||`, `;`, `|`
 * separate commands. Redirections end a command's arguments.
 */
function segments(line: string): string[][] {
  const out: string[][] = [[]];
  const words = line.match(/(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s;|&"'])+|&&|\|\||[;|&]/g) ?? [];
  let redirected = false;
  for (const word of words) {
    if (word.startsWith('#')) break;
    if (['&&', '||', ';', '|', '&'].includes(word)) {
      out.push([]);
      redirected = false;
      continue;
    }
    if (/^\d*[<>]/.test(word)) redirected = true;
    if (!redirected) out.at(-1)!.push(word.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_, double?: string, single?: string) => double ?? single ?? ''));
  }
  return out.filter((segment) => segment.length > 0);
}

/**
 * The words from the program on: environment assignments (VAR=value) are dropped, a systemd `ExecStart=` and a
 * path before the program are taken off, and `npx [--no-install|-y…] agentshelf` becomes `agentshelf`.
 */
function programWords(segment: string[]): string[] {
  const words = [...segment];
  while (words.length > 0 && /^[A-Za-z_]+=/.test(words[0]!)) {
    const value = words[0]!.replace(/^[A-Za-z_]+=/, '');
    if (/(^|\/)(npx|npm|agentshelf)$/.test(value)) words[0] = value;
    else words.shift();
  }
  if (words.length === 0) return [];
  words[0] = words[0]!.replace(/^.*\//, '');
  if (words[0] === 'npx') {
    let i = 1;
    while (i < words.length && words[i]!.startsWith('-')) i++;
    return words[i] === 'agentshelf' ? words.slice(i) : [];
  }
  return words;
}

export interface ParseResult {
  argv: string[];
  /** main()'s exit code: 0 when the line parses, 2 for a usage error. */
  code: number;
  /** The commands whose handler the parse reached (none run). */
  reached: string[];
  stderr: string;
}

/**
 * Parses agentshelf argument lists with the built CLI's own command table (dist/cli/main.js), in a child
 * process that swaps every command's handler for a recorder (cli-parse-only.mjs), in an empty temp folder.
 */
export async function parseWithCli(argvs: string[][], root: string): Promise<ParseResult[]> {
  if (argvs.length === 0) return [];
  const cwd = await mkdtemp(join(tmpdir(), 'agentshelf-cli-parse-'));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'test/docs/cli-parse-only.mjs'), JSON.stringify(argvs)], { cwd, timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
    return JSON.parse(stdout) as ParseResult[];
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
}

/** Why an agentshelf command line is wrong, or undefined when the CLI parses it and reaches its command. */
export function cliProblem(command: Command, result: ParseResult): string | undefined {
  const line = command.words.join(' ');
  if (result.code !== 0) {
    // The CLI's message, on one line, without its "Run agentshelf --help" hint.
    const message = result.stderr.split('\n').map((part) => part.trim()).filter((part) => part !== '' && !part.includes('--help for usage'));
    return `${command.at}: \`${line}\` is refused by the CLI: ${message.join(' ')}`;
  }
  const asksHelp = result.argv.some((word) => ['--help', '-h', '--version'].includes(word));
  if (!asksHelp && result.reached.length === 0) return `${command.at}: \`${line}\` names no command the CLI runs`;
  return undefined;
}

/** Why an npm command is wrong: `npm run X` needs a script X. */
export function npmProblem(command: Command, scripts: Readonly<Record<string, string>>): string | undefined {
  const [, verb, script] = command.words;
  if ((verb === 'run' || verb === 'run-script') && script !== undefined && !(script in scripts)) return `${command.at}: \`npm run ${script}\`: package.json has no script "${script}"`;
  return undefined;
}
