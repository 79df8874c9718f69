// Loads a worker from its TypeScript source (its URL is the last argument), for runs from src/ (the tests).
// Never used from dist/, where the compiled worker is started directly (worker-threads.ts).
import { register } from 'tsx/esm/api';

register();
await import(process.argv[process.argv.length - 1]);
