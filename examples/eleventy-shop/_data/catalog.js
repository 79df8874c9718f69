// The catalog agentshelf reads is the one the pages show.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

export default JSON.parse(readFileSync(new URL('../catalog.json', import.meta.url), 'utf8'));
