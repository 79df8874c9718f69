// Parses agentshelf command lines with the built CLI (dist/cli/main.js: its own command table, options,
// choices, conflicts and strict mode) without running a command: every command module's handler is swapped
// for one that records it was reached. yargs validates before it calls a handler, so a line that reaches its
// handler is one the CLI accepts. Called by shell-commands.ts with a JSON array of argument lists; prints a
// JSON array of { argv, code, reached, stderr }.
import yargs from 'yargs';

const prototype = Object.getPrototypeOf(yargs([]));
if (typeof prototype.command !== 'function') throw new Error('cli-parse-only: yargs has no Argv.prototype.command to intercept; the parse-only check needs updating');
const reached = [];
const command = prototype.command;
prototype.command = function (module, ...rest) {
  // The CLI registers command modules ({ command, builder, handler }); the positional form's handler is rest[2].
  if (module !== null && typeof module === 'object' && typeof module.handler === 'function') {
    return command.call(this, { ...module, handler: () => void reached.push(String(module.command)) }, ...rest);
  }
  if (typeof rest[2] === 'function') rest[2] = () => void reached.push(String(module));
  return command.call(this, module, ...rest);
};

const { main } = await import(new URL('../../dist/cli/main.js', import.meta.url).href);
const write = { stdout: process.stdout.write, stderr: process.stderr.write };
const results = [];
for (const argv of JSON.parse(process.argv[2] ?? '[]')) {
  reached.length = 0;
  let stderr = '';
  // --help text goes to stdout and errors to stderr; keep stdout for the JSON answer.
  process.stdout.write = () => true;
  process.stderr.write = (chunk) => {
    stderr += String(chunk);
    return true;
  };
  let code;
  try {
    code = await main(argv);
  } finally {
    process.stdout.write = write.stdout;
    process.stderr.write = write.stderr;
  }
  results.push({ argv, code, reached: [...reached], stderr });
}
process.stdout.write(JSON.stringify(results));
