// Holds the shipped Google product taxonomy table (src/enrich/taxonomy/google-taxonomy-data.ts) against the official
// file in ../shared (https://www.google.com/basepages/producttype/taxonomy-with-ids.en-US.txt, version 2021-09-21):
// the same ids, each with the same path, in the same order, and the same version.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import {
  GOOGLE_TAXONOMY_VERSION,
  findCategoryById,
  listGoogleCategories,
} from '../../src/enrich/taxonomy/google-taxonomy.js';
import { SHARED_DATA_DIR, describeConformance } from './support/shared-data.js';

const OFFICIAL_FILE = path.join(SHARED_DATA_DIR, 'google-product-taxonomy', 'taxonomy-with-ids.en-US.txt');
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The copy in ../shared comes from a mirror (see its SOURCE.txt) that read Google's UTF-8 as Windows-1251 and saved
 * that as UTF-8 (`Piñatas` became `PiГ±atas`). The product ships Google's spelling, so a name is compared after
 * undoing that, and only when the undoing is exact: every character back to one Windows-1251 byte, the bytes valid
 * UTF-8. Written here apart from the build script's version, so one bug cannot pass both.
 */
function undoWindows1251Mojibake(text: string): string {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const decoder = new TextDecoder('windows-1251');
  const byteOf = new Map<string, number>();
  for (let byte = 0x80; byte < 0x100; byte++) byteOf.set(decoder.decode(new Uint8Array([byte])), byte);
  const bytes: number[] = [];
  for (const char of text) {
    const byte = char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : byteOf.get(char);
    if (byte === undefined) return text;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return text;
  }
}

interface OfficialTaxonomy {
  version: string | undefined;
  rows: { id: number; path: string; rawPath: string }[];
}

function readOfficial(): OfficialTaxonomy {
  const lines = readFileSync(OFFICIAL_FILE, 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const version = /^# Google_Product_Taxonomy_Version: (\S+)$/.exec(lines[0] ?? '')?.[1];
  const rows = lines.slice(1).map((line) => {
    const match = /^(\d+) - (.+)$/.exec(line);
    if (!match) throw new Error(`unexpected line in the official file: ${line}`);
    return { id: Number(match[1]), path: undoWindows1251Mojibake(match[2]!), rawPath: match[2]! };
  });
  return { version, rows };
}

describeConformance('Google product taxonomy: shipped table vs the official file', () => {
  let official: OfficialTaxonomy;
  beforeAll(() => {
    official = readOfficial();
  });

  it('is the same version', () => {
    expect(official.version).toBe('2021-09-21');
    expect(GOOGLE_TAXONOMY_VERSION).toBe(official.version);
  });

  it('has the same 5,595 categories', () => {
    expect(official.rows).toHaveLength(5595);
    expect(listGoogleCategories()).toHaveLength(official.rows.length);
  });

  it('gives every official id the official path', () => {
    const wrong = official.rows
      .filter((row) => findCategoryById(row.id)?.path !== row.path)
      .map((row) => `${row.id}: expected ${row.path}, got ${findCategoryById(row.id)?.path ?? 'nothing'}`);
    expect(wrong).toEqual([]);
  });

  it('has no id the official file lacks, and keeps its order', () => {
    expect(listGoogleCategories().map((category) => category.id)).toEqual(official.rows.map((row) => row.id));
  });

  it('repairs exactly the mis-encoded names of the mirror, to Google’s spelling', () => {
    const repaired = official.rows.filter((row) => row.path !== row.rawPath);
    // The file's nine names with accents (Google's spelling, checked against the published file).
    expect(repaired.map((row) => row.path.split(' > ').at(-1))).toEqual([
      'Corsage & Boutonnière Pins',
      'Corsages & Boutonnières',
      'Piñatas',
      'Madroño',
      'Prepared Meals & Entrées',
      'Nutritional Food Purées',
      'Crêpe & Blini Pans',
      'Sauté Pans',
      'Fencing Jackets & Lamés',
    ]);
    // Everything else is plain ASCII, compared byte for byte.
    expect(official.rows.filter((row) => /[^\x00-\x7f]/.test(row.path) && row.path === row.rawPath)).toEqual([]);
  });

  it('is what scripts/build-google-taxonomy.mjs makes of the official file (the committed file is not stale)', () => {
    // Throws, failing the test, when the script exits 1.
    execFileSync(process.execPath, ['scripts/build-google-taxonomy.mjs', OFFICIAL_FILE, '--check'], {
      cwd: PROJECT_ROOT,
      stdio: 'pipe',
    });
  });
});
