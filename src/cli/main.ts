import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { AGENTSHELF_VERSION } from '../pipeline/version.js';
import { buildCommand } from './commands/build.js';
import { checkLinksCommand } from './commands/check-links.js';
import { initCommand } from './commands/init.js';
import { injectCommand } from './commands/inject.js';
import { rulesCommand } from './commands/rules.js';
import { serveCommand } from './commands/serve.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';
import { EXIT_CODES_HELP, EXIT_USAGE, exitCodeForError } from './exit-codes.js';
import { colors } from './output.js';
import { ERROR_CODES, type ErrorCode } from '../model/errors.js';

const EPILOGUE = `${EXIT_CODES_HELP}

Docs: README.md · config schema: schemas/config.schema.json`;

/**
 * The command table. Each command calls one library function, loaded when the command runs (so --help and
 * --version load no pipeline or channel code); exit codes are decided in exit-codes.ts.
 */
export async function main(argv: string[] = hideBin(process.argv)): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const cli = yargs(argv)
    .scriptName('agentshelf')
    .usage('$0 <command> [options]\n\nOne canonical catalog, validated and written to every surface AI shopping agents read.')
    .command(initCommand(setExit))
    .command(buildCommand(setExit))
    .command(validateCommand(setExit))
    .command(verifyCommand(setExit))
    .command(checkLinksCommand(setExit))
    .command(injectCommand(setExit))
    .command(rulesCommand(setExit))
    .command(serveCommand(setExit))
    .demandCommand(1, 'Name a command: init, build, validate, verify, check-links, inject, serve or rules.')
    .strict()
    .epilogue(EPILOGUE)
    .version(AGENTSHELF_VERSION)
    // main() returns the exit code; bin/agentshelf.js sets it. Help and version must not exit the process
    // themselves, so main() can run in process (the tests do).
    .exitProcess(false)
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, process.stdout.columns || 100))
    .fail((message, error) => {
      if (error) throw error;
      throw Object.assign(new Error(message), { usage: true });
    });
  try {
    await cli.parseAsync();
    return exitCode;
  } catch (error) {
    const c = colors();
    if ((error as { usage?: boolean }).usage) {
      process.stderr.write(`${c.red('agentshelf:')} ${(error as Error).message}\nRun agentshelf --help for usage.\n`);
      return EXIT_USAGE;
    }
    const code = exitCodeForError(error);
    const known = (error as { code?: string }).code;
    process.stderr.write(`${c.red('agentshelf:')} ${(error as Error).message}${known ? c.dim(` [${known}]`) : ''}\n`);
    const advice = known !== undefined && Object.hasOwn(ERROR_CODES, known) ? ERROR_CODES[known as ErrorCode].todo : undefined;
    if (advice) process.stderr.write(`${c.dim(`  what to do: ${advice} (docs/errors.md#${known!.toLowerCase()})`)}\n`);
    if (!known) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return code;
  }
}
