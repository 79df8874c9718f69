import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The boundary findings for a file at `path` (relative to the repository) holding `code`. */
async function boundaryFindings(path: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${path}` });
  return result!.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

// The linter's layer rules (eslint.config.js) are what keeps the pipeline's layers in order; this proves they bite.
describe('the import boundaries', () => {
  it.each([
    ['the model importing the config', 'src/model/probe.ts', "import { resolveConfig } from '../config/resolve-config.js';\nexport const x = resolveConfig;"],
    ['a source importing enrich', 'src/sources/probe.ts', "import { priceRanges } from '../enrich/price-ranges.js';\nexport const x = priceRanges;"],
    ['publishing importing the pipeline', 'src/publish/probe.ts', "import { buildCatalog } from '../pipeline/build.js';\nexport const x = buildCatalog;"],
    ['a channel importing another channel', 'src/channels/meta/probe.ts', "import { googleChannel } from '../google/index.js';\nexport const x = googleChannel;"],
    ['a channel importing the registry', 'src/channels/meta/probe.ts', "import { CHANNELS } from '../registry.js';\nexport const x = CHANNELS;"],
    ['the channel kit importing a channel', 'src/channels/probe.ts', "import { googleChannel } from './google/index.js';\nexport const x = googleChannel;"],
    ['product code importing test support', 'src/enrich/probe.ts', "import { TEST_NOW } from '../test-support/catalog-fixtures.js';\nexport const x = TEST_NOW;"],
  ])('refuses %s', async (_, path, code) => {
    expect(await boundaryFindings(path, code)).toHaveLength(1);
  });

  it.each([
    ['a channel importing the kit, formats, enrich and the model', 'src/channels/meta/probe.ts', "import { siteUrl } from '../site-links.js';\nimport { tsvField } from '../../formats/tsv.js';\nimport { priceRanges } from '../../enrich/price-ranges.js';\nimport { formatMoney } from '../../model/money.js';\nexport const x = [siteUrl, tsvField, priceRanges, formatMoney];"],
    ['the registry importing every channel', 'src/channels/registry.ts', "import { googleChannel } from './google/index.js';\nexport const x = googleChannel;"],
    ['the pipeline importing publishing and channels', 'src/pipeline/probe.ts', "import { CHANNELS } from '../channels/registry.js';\nimport { readScan } from '../publish/read-outputs.js';\nexport const x = [CHANNELS, readScan];"],
  ])('allows %s', async (_, path, code) => {
    expect(await boundaryFindings(path, code)).toEqual([]);
  });
});
