import { readFileSync } from 'node:fs';

/**
 * agentshelf's version, from its package.json: one folder above both src/ and dist/. Written into every
 * manifest and report, so a published folder says which release made it. Bundled into one file by an
 * application, package.json is not beside the code; the version is then unknown rather than made up.
 */
function readVersion(): string {
  try {
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const { name, version } = JSON.parse(text) as { name?: string; version?: string };
    return name === 'agentshelf' && typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export const AGENTSHELF_VERSION = readVersion();
