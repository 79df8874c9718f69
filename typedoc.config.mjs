// API docs for the public entry points (README "Library"), generated into docs/api by `npm run docs:api`; a test
// regenerates them and fails when the committed pages differ, so they cannot drift from the code.
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions & import('typedoc-plugin-markdown').PluginOptions>} */
const config = {
  entryPoints: ['src/index.ts', 'src/serve/index.ts', 'src/serve/node/index.ts', 'src/integrations/vite.ts', 'src/integrations/eleventy.ts', 'src/integrations/astro.ts'],
  tsconfig: 'tsconfig.build.json',
  plugin: ['typedoc-plugin-markdown'],
  out: 'docs/api',
  readme: 'none',
  name: 'agentshelf',
  // Source links would name line numbers, which change with every edit; the pages name the entry point instead.
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  hideGenerator: true,
  // The model types are generated from schemas/*.json by json-schema-to-typescript, which keeps JSON Schema keywords as tags.
  blockTags: [...OptionDefaults.blockTags, '@minItems', '@maxItems'],
  // Aliases json-schema-to-typescript generates inside the config and product types (`Decimal`, `Endpoints1`):
  // their documentation is the property that uses them.
  intentionallyNotExported: ['Country', 'DayRange', 'Decimal', 'Endpoints', 'Endpoints1', 'Url'],
  validation: { notExported: true, invalidLink: true, notDocumented: false },
  treatWarningsAsErrors: true,
  entryFileName: 'README.md',
  hidePageHeader: true,
  hideBreadcrumbs: true,
  useCodeBlocks: true,
  parametersFormat: 'table',
  interfacePropertiesFormat: 'table',
  sanitizeComments: true,
};

export default config;
