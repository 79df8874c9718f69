// node --import ./test/support/record-imports.mjs …: appends the URL of every module the process loads to the
// file named by AGENTSHELF_RECORD_IMPORTS, so a test can tell what a command loaded.
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);
