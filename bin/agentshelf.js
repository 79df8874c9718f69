#!/usr/bin/env node
import { dropOutputOnClosedPipe } from '../dist/cli/closed-pipe.js';
import { main } from '../dist/cli/main.js';

dropOutputOnClosedPipe(process.stdout);
dropOutputOnClosedPipe(process.stderr);
process.exitCode = await main();
