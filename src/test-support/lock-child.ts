// A separate process that takes the lock (waiting its turn), logs "<pid> in" and "<pid> out" around a short
// hold, and releases it: lock.test.ts starts several at once to prove holders never overlap across processes.
import { appendFileSync } from 'node:fs';
import { acquireLock } from '../publish/lock.js';

const [path, log] = process.argv.slice(2) as [string, string];
const lock = await acquireLock(path, { waitMs: 20_000 });
appendFileSync(log, `${process.pid} in\n`);
await new Promise((resolve) => setTimeout(resolve, 50));
appendFileSync(log, `${process.pid} out\n`);
await lock.release();
